import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ComptaxError } from '../errors.js';

export interface DecodedText {
  text: string;
  /** Name of the encoding the bytes were read as (lower case, WHATWG/iconv style). */
  encoding: string;
  /** NUL characters dropped from the decoded text. */
  nulsRemoved: number;
}

const SAMPLE = 64 * 1024;

/** Share of the two commonest values among the bytes at even (0) or odd (1) offsets. */
function topTwoShare(bytes: Uint8Array, n: number, parity: 0 | 1): number {
  const counts = new Uint32Array(256);
  for (let i = parity; i < n; i += 2) counts[bytes[i]]++;
  let first = 0;
  let second = 0;
  for (const c of counts) {
    if (c > first) [first, second] = [c, first];
    else if (c > second) second = c;
  }
  return (first + second) / (n / 2);
}

/**
 * BOM-less UTF-16: one byte of each pair is nearly constant (zero for Latin text, 0x04 for
 * Cyrillic…) while the other varies. chardet often names such files as something else, so we
 * look at the two byte positions ourselves.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return undefined;
  const even = topTwoShare(bytes, n, 0);
  const odd = topTwoShare(bytes, n, 1);
  const guess = odd > 0.9 && even < 0.6 ? 'utf-16le' : even > 0.9 && odd < 0.6 ? 'utf-16be' : undefined;
  if (!guess) return undefined;
  // Confirm: real UTF-16 text decodes to few control characters and no lone surrogates.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, n), guess);
  const odd16 = (text.match(/[\u0000-\u0008\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g) ?? []).length;
  return odd16 <= text.length * 0.01 ? guess : undefined;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes that never occur in text (C0 controls other than tab, line feeds and form feed; NUL counted apart). */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nuls++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) controls++;
  }
  // A few stray NULs are damage in a text file; many of them mean binary data.
  const nulWeight = nuls / n > 0.01 ? nuls : 0;
  return (controls + nulWeight) / n;
}

// Legacy encodings we accept from chardet; anything else it proposes for non-UTF-8 bytes is
// more likely a misreading than the truth, and windows-1252 is the safest reading then.
const LEGACY = new Set([
  'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256',
  'iso-8859-1', 'iso-8859-2', 'iso-8859-5', 'iso-8859-7', 'iso-8859-9', 'iso-8859-15', 'koi8-r',
  'shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr',
]);

function hasC1Bytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80 && bytes[i] <= 0x9f) return true;
  return false;
}

function guessLegacy(bytes: Uint8Array): string {
  const candidates = chardet.analyse(bytes.subarray(0, SAMPLE));
  let chosen = 'windows-1252';
  for (const c of candidates) {
    const name = c.name.toLowerCase();
    if (LEGACY.has(name) && iconv.encodingExists(name)) {
      chosen = name;
      break;
    }
  }
  // chardet names the Latin family loosely; the C1 range (curly quotes, dashes, €) settles it.
  if (chosen === 'iso-8859-1' || chosen === 'windows-1252') return hasC1Bytes(bytes) ? 'windows-1252' : 'iso-8859-1';
  return chosen;
}

/** A saved web page names its charset in a meta tag; believe it when the bytes are not UTF-8. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  const name = m?.[1].toLowerCase();
  if (!name || name === 'utf-8' || name === 'utf8' || !iconv.encodingExists(name)) return undefined;
  // Browsers read a page labelled Latin-1 as Windows-1252; so do we.
  return name === 'iso-8859-1' || name === 'latin1' ? 'windows-1252' : name;
}

function normalise(raw: string, encoding: string): DecodedText {
  let nulsRemoved = 0;
  const text = raw
    .replace(/\u0000/g, () => {
      nulsRemoved++;
      return '';
    })
    .replace(/\r\n?/g, '\n');
  return { text, encoding, nulsRemoved };
}

/** Decodes a text file whatever its encoding; refuses bytes that are not text at all. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return normalise(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + bom.skip, bytes.length - bom.skip), bom.encoding), bom.encoding);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return normalise(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), utf16), utf16);
  if (controlRatio(bytes) > 0.05) throw new ComptaxError('unsupported-format', 'unsupported format: binary data (not text, PDF or DOCX)');
  if (isUtf8(bytes)) return normalise(new TextDecoder('utf-8').decode(bytes), 'utf-8');
  const encoding = declaredCharset(bytes) ?? guessLegacy(bytes);
  return normalise(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding), encoding);
}
