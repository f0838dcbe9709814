import { ComptaxError } from '../errors.js';

/** What the bytes are, judged by content alone (the file name is never trusted). */
export type Detected = { kind: 'pdf' } | { kind: 'zip' } | { kind: 'text' };

interface Signature {
  magic: number[];
  offset?: number;
  what: string;
}

// Formats we recognise only to refuse them with a message naming what was found.
const REFUSED: Signature[] = [
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'OLE2' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'RTF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'TIFF image' },
  { magic: [0x57, 0x45, 0x42, 0x50], offset: 8, what: 'WebP image' },
  { magic: [0x1f, 0x8b], what: 'gzip archive' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'RAR archive' },
  { magic: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257, what: 'tar archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'ELF executable' },
  { magic: [0x00, 0x61, 0x73, 0x6d], what: 'WebAssembly module' },
];

function startsWith(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** Finds an ASCII string in the first `limit` bytes. */
export function findAscii(bytes: Uint8Array, needle: string, limit = bytes.length, from = 0): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function utf16leContains(bytes: Uint8Array, s: string): boolean {
  const encoded = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) encoded[i * 2] = s.charCodeAt(i);
  outer: for (let i = 0; i + encoded.length <= bytes.length; i++) {
    for (let j = 0; j < encoded.length; j++) if (bytes[i + j] !== encoded[j]) continue outer;
    return true;
  }
  return false;
}

/** An OLE2 compound file names its streams in UTF-16: that tells Word from Excel or PowerPoint. */
function describeOle2(bytes: Uint8Array): string {
  if (utf16leContains(bytes, 'WordDocument')) return 'legacy Word .doc (OLE2 container)';
  if (utf16leContains(bytes, 'Workbook') || utf16leContains(bytes, 'Book')) return 'legacy Excel .xls (OLE2 container)';
  if (utf16leContains(bytes, 'PowerPoint Document')) return 'legacy PowerPoint .ppt (OLE2 container)';
  return 'OLE2 compound file (legacy Office document?)';
}

export function detectFormat(bytes: Uint8Array): Detected {
  if (bytes.length === 0) throw new ComptaxError('empty', 'empty file');
  // PDF readers accept the header anywhere in the first kilobyte; so do we.
  if (findAscii(bytes, '%PDF-', 1024) >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  for (const sig of REFUSED) {
    if (!startsWith(bytes, sig.magic, sig.offset)) continue;
    const what = sig.what === 'OLE2' ? describeOle2(bytes) : sig.what;
    throw new ComptaxError('unsupported-format', `unsupported format: ${what}`);
  }
  return { kind: 'text' };
}
