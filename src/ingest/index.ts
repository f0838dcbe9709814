import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ComptaxError } from '../errors.js';
import type { RawDocument, SourceFile, Warning } from '../types.js';
import { decodeText } from './decode.js';
import { detectFormat } from './detect.js';
import { checkUnpackedSize, docxToBlocks } from './docx.js';
import { htmlToBlocks, looksLikeHtml } from './html.js';
import { looksLikeMarkdown, markdownToBlocks } from './markdown.js';
import type { IngestConfig } from './options.js';
import { pdfToBlocks } from './pdf.js';
import { tooLarge, unreadable } from './read-errors.js';
import { readColumns } from './columns.js';
import { textToBlocks } from './text.js';
import { describeZip, listZip } from './zip.js';

export type { IngestConfig } from './options.js';


// Synchronous on purpose: a worker handles one document at a time, and async reads would each wait
// for a turn in libuv's thread pool, which the main thread's discovery and output writes also use.
function readLimited(path: string, max: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw unreadable(e);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new ComptaxError('unreadable', 'not a regular file');
    if (info.size > max) throw tooLarge(info.size, max);
    // Read at most one byte past the limit, in case the file grew since it was opened.
    const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
    let read = 0;
    for (let n = 1; n > 0 && read < buffer.length; read += n) n = readSync(fd, buffer, read, buffer.length - read, read);
    if (read > max) throw tooLarge(read, max);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, read);
  } catch (e) {
    throw e instanceof ComptaxError ? e : unreadable(e);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one posting file, refusing it before reading when it is over the size limit; or takes the
 * bytes the caller already read (a distributed run's worker has no file, only its content).
 */
export async function ingestFile(file: SourceFile, config: IngestConfig): Promise<RawDocument> {
  const bytes = file.bytes ?? readLimited(file.path, config.maxFileBytes);
  return ingestBytes(bytes, config);
}

function emptyCheck(doc: RawDocument, what: string): RawDocument {
  if (!doc.blocks.some((b) => b.text.trim())) throw new ComptaxError('empty', `empty ${what}: no text`);
  return doc;
}

const headingSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The configuration's section headings as a set, made once per loaded configuration (it is the same for every document). */
function headingSet(config: IngestConfig): ReadonlySet<string> {
  let set = headingSets.get(config.headings);
  if (!set) headingSets.set(config.headings, (set = new Set(config.headings)));
  return set;
}

/** Turns a posting's bytes into blocks, choosing the reader by what the bytes are. */
export async function ingestBytes(bytes: Uint8Array, config: IngestConfig): Promise<RawDocument> {
  if (bytes.length > config.maxFileBytes) throw tooLarge(bytes.length, config.maxFileBytes);
  const detected = detectFormat(bytes);
  if (detected.kind === 'pdf') {
    const pdf = await pdfToBlocks(bytes, headingSet(config));
    return emptyCheck({ format: 'pdf', pages: pdf.pages, blocks: pdf.blocks, warnings: pdf.warnings }, 'PDF');
  }
  if (detected.kind === 'zip') {
    const entries = listZip(bytes);
    if (!entries.some((e) => e.name === 'word/document.xml')) {
      if (entries.length === 0) throw new ComptaxError('empty', 'empty zip archive');
      throw new ComptaxError('unsupported-format', `unsupported format: ${describeZip(entries)}`);
    }
    checkUnpackedSize(bytes, entries, config.maxDocxUnpackedBytes);
    const docx = await docxToBlocks(bytes);
    return emptyCheck({ format: 'docx', blocks: docx.blocks, warnings: docx.warnings }, 'DOCX');
  }
  const decoded = decodeText(bytes);
  const warnings: Warning[] = [];
  if (decoded.nulsRemoved) warnings.push({ stage: 'ingest', code: 'nul-bytes', message: `removed ${decoded.nulsRemoved} NUL character(s)` });
  if (!decoded.text.trim()) throw new ComptaxError('empty', 'empty file: only whitespace');
  if (looksLikeHtml(decoded.text)) {
    return emptyCheck({ format: 'html', encoding: decoded.encoding, blocks: htmlToBlocks(decoded.text), warnings }, 'HTML document');
  }
  if (looksLikeMarkdown(decoded.text)) {
    return emptyCheck({ format: 'markdown', encoding: decoded.encoding, blocks: markdownToBlocks(decoded.text), warnings }, 'Markdown document');
  }
  const laid = readColumns(decoded.text);
  if (laid.runs > 0) warnings.push({ stage: 'ingest', code: 'text-columns', message: `read ${laid.runs} passage(s) laid out in two columns, left column first` });
  return emptyCheck({ format: 'text', encoding: decoded.encoding, blocks: textToBlocks(laid.text), warnings }, 'text file');
}
