import type mammothApi from 'mammoth';
import { ComptaxError } from '../errors.js';
import type { Block, Warning } from '../types.js';
import { htmlToBlocks } from './html.js';
import { tabTables, textToBlocks } from './text.js';
import { measureUnpacked, type ZipEntry } from './zip.js';

/**
 * Refuses a DOCX whose unpacked size is over the limit before anything is unpacked for reading:
 * first by the sizes its central directory declares, then (since headers can lie) by inflating
 * it as a stream that keeps nothing and stops at the limit.
 */
export function checkUnpackedSize(bytes: Uint8Array, entries: ZipEntry[], maxBytes: number): void {
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxBytes) {
    throw new ComptaxError('zip-bomb', `DOCX unpacks to more than ${maxBytes} bytes (declared ${declared} bytes in ${entries.length} entries): refused as a zip bomb`);
  }
  const real = measureUnpacked(bytes, maxBytes);
  if (real > maxBytes) {
    throw new ComptaxError('zip-bomb', `DOCX unpacks to more than ${maxBytes} bytes (its headers declare ${declared}): refused as a zip bomb`);
  }
}

// Job titles are often set in Word's Title style, which mammoth leaves as a plain paragraph.
// LibreOffice opens a text file as one "Preformatted Text" paragraph per line (blank lines as empty
// ones): such a DOCX is that text file, and is read as one, wrapped lines, lists and tab tables alike.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='Preformatted Text'] => pre:fresh"];

function isTextFile(html: string): boolean {
  return html.includes('<pre>') && html.replace(/<pre>[\s\S]*?<\/pre>/g, '').trim() === '';
}

/** DOCX through mammoth's HTML, so headings, nested lists and tables come out as structure. */
export async function docxToBlocks(bytes: Uint8Array): Promise<{ blocks: Block[]; warnings: Warning[] }> {
  // mammoth loads on the first DOCX, as pdf.js does on the first PDF.
  const { default: mammoth } = await import('mammoth');
  let result: Awaited<ReturnType<typeof mammothApi.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) }, { styleMap: STYLE_MAP });
  } catch (e) {
    // A TypeError is mammoth tripping over XML it did not expect, not a message for users.
    const detail = e instanceof TypeError ? 'malformed document XML' : (e as Error).message.split('\n')[0];
    throw new ComptaxError('corrupt', `corrupt DOCX: ${detail}`);
  }
  const warnings: Warning[] = [];
  const errors = result.messages.filter((m) => m.type === 'error');
  if (errors.length) warnings.push({ stage: 'ingest', code: 'docx-messages', message: `mammoth: ${errors.length} error(s), first: ${errors[0].message}` });
  if (isTextFile(result.value)) {
    // Raw text ends every paragraph with a blank line: one line break per paragraph gives the text back.
    const raw = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return { blocks: textToBlocks(raw.value.split('\n\n').join('\n')), warnings };
  }
  return { blocks: tabTables(htmlToBlocks(result.value)), warnings };
}
