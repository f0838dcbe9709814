import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ComptaxError } from '../errors.js';

export interface ZipEntry {
  name: string;
  /** Declared size once unpacked. */
  size: number;
  compressedSize: number;
}

/**
 * Lists a zip's entries from its central directory without inflating anything: fflate calls the
 * filter with each entry's declared sizes and we decline every entry.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.push({ name: file.name, size: file.originalSize, compressedSize: file.size });
        return false;
      },
    });
  } catch (e) {
    throw new ComptaxError('corrupt', `corrupt zip archive: ${(e as Error).message}`);
  }
  return entries;
}

/** Names what a zip that is not a DOCX holds, for the refusal message. */
export function describeZip(entries: ZipEntry[]): string {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return 'Excel workbook (.xlsx)';
  if (names.has('ppt/presentation.xml')) return 'PowerPoint presentation (.pptx)';
  if (names.has('mimetype') && names.has('content.xml')) return 'OpenDocument file (.odt/.ods)';
  if (names.has('META-INF/container.xml')) return 'EPUB e-book';
  return `zip archive of ${entries.length} file${entries.length === 1 ? '' : 's'} (not a DOCX)`;
}

class OverLimit extends Error {}

/**
 * Inflates every entry as a stream, keeping nothing, and stops as soon as the output passes
 * `maxBytes`: a zip whose headers understate its sizes is caught without ever holding its content.
 * Returns the real unpacked size.
 */
export function measureUnpacked(bytes: Uint8Array, maxBytes: number): number {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > maxBytes) throw new OverLimit();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (e) {
    if (e instanceof OverLimit) return total;
    throw new ComptaxError('corrupt', `corrupt zip archive: ${(e as Error).message}`);
  }
  return total;
}
