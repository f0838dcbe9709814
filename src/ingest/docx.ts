import mammoth from 'mammoth';
import { ComptaxError } from '../errors.js';
import type { Block, Warning } from '../types.js';
import { htmlToBlocks } from './html.js';
import type { ZipEntry } from './zip.js';

/** Refuses a DOCX whose declared unpacked size is over the limit, before anything is inflated. */
export function checkUnpackedSize(entries: ZipEntry[], maxBytes: number): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (total > maxBytes) {
      throw new ComptaxError('zip-bomb', `DOCX unpacks to more than ${maxBytes} bytes (declared ${total}+ bytes, ${entries.length} entries): refused as a zip bomb`);
    }
  }
}

/** DOCX through mammoth's HTML, so headings, nested lists and tables come out as structure. */
export async function docxToBlocks(bytes: Uint8Array): Promise<{ blocks: Block[]; warnings: Warning[] }> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
  } catch (e) {
    throw new ComptaxError('corrupt', `corrupt DOCX: ${(e as Error).message.split('\n')[0]}`);
  }
  const warnings: Warning[] = [];
  const errors = result.messages.filter((m) => m.type === 'error');
  if (errors.length) warnings.push({ stage: 'ingest', code: 'docx-messages', message: `mammoth: ${errors.length} error(s), first: ${errors[0].message}` });
  return { blocks: htmlToBlocks(result.value), warnings };
}
