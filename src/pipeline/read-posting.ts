import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { ComptaxError } from '../errors.js';
import { tooLarge, unreadable } from '../ingest/read-errors.js';
import type { DocumentError, SourceFile } from '../types.js';

export type ReadPosting = { file: SourceFile & { bytes: Uint8Array }; contentHash: string } | { error: DocumentError };

/**
 * Reads a posting on the main thread, so that its content hash can be looked up in the cache and
 * its bytes sent to a worker (a thread or another machine) that then needs no file system. A file
 * that cannot be read fails here exactly as ingest would fail it.
 *
 * Synchronous on purpose: a posting is small (at most ingest.maxFileBytes) and in the page cache
 * more often than not, and the four thread-pool round trips of fs/promises (open, stat, read,
 * close) cost the main thread 0.17 ms per file, twice the reading itself — the largest part of a
 * cache hit, paid by every cached document of a resumed run.
 */
export function readPosting(file: SourceFile, maxBytes: number): ReadPosting {
  const fail = (e: ComptaxError): ReadPosting => ({ error: { path: file.relPath, stage: 'ingest', code: e.code, message: e.message } });
  let fd: number;
  try {
    fd = openSync(file.path, 'r');
  } catch (e) {
    return fail(unreadable(e));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return fail(new ComptaxError('unreadable', 'not a regular file'));
    if (info.size > maxBytes) return fail(tooLarge(info.size, maxBytes));
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) return fail(tooLarge(bytes.length, maxBytes));
    return { file: { ...file, bytes }, contentHash: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    return fail(unreadable(e));
  } finally {
    closeSync(fd);
  }
}
