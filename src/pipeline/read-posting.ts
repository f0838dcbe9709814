import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { ComptaxError } from '../errors.js';
import { tooLarge, unreadable } from '../ingest/index.js';
import type { DocumentError, SourceFile } from '../types.js';

export type ReadPosting = { file: SourceFile & { bytes: Uint8Array }; contentHash: string } | { error: DocumentError };

/**
 * Reads a posting on the main thread, so that its content hash can be looked up in the cache and
 * its bytes sent to a worker (a thread or another machine) that then needs no file system. A file
 * that cannot be read fails here exactly as ingest would fail it.
 */
export async function readPosting(file: SourceFile, maxBytes: number): Promise<ReadPosting> {
  const fail = (e: ComptaxError): ReadPosting => ({ error: { path: file.relPath, stage: 'ingest', code: e.code, message: e.message } });
  let handle;
  try {
    handle = await open(file.path, 'r');
  } catch (e) {
    return fail(unreadable(e));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail(new ComptaxError('unreadable', 'not a regular file'));
    if (info.size > maxBytes) return fail(tooLarge(info.size, maxBytes));
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return fail(tooLarge(bytes.length, maxBytes));
    return { file: { ...file, bytes }, contentHash: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    return fail(unreadable(e));
  } finally {
    await handle.close();
  }
}
