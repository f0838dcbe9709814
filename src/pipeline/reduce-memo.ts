import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ResultCache } from '../store/cache.js';
import { fullCodeVersion } from '../store/code-version.js';
import type { DocumentError, SourceFile } from '../types.js';
import type { Pipeline } from './config.js';
import type { Discovered } from './discover.js';
import type { Miss } from './map-ahead.js';
import { readPosting, type ReadPosting } from './read-posting.js';
import type { RunSummary } from './run.js';

/** What a memoized reduce gives back besides its files: the counts of the run's summary. */
export type ReduceRecord = Pick<RunSummary, 'documents' | 'ok' | 'failed' | 'duplicates' | 'mentions' | 'competencies' | 'fixes'> & {
  /** The manifest's `reference` (the bundled vocabulary's version is known only once it is loaded). */
  referenceLabel?: string;
};

/**
 * The key of a run's reduce: everything its outputs depend on. The whole code and the pipeline
 * (options and every data file it names), the reference and previous taxonomy files, then each
 * document in the order the run takes them: its result's cache key (content, per-document
 * configuration, code) with its path, or its error. Any change in any of them gives another key.
 */
export class ReduceKey {
  /** False once a document's result is not one the cache can give back (a timeout, a crash). */
  private complete = true;

  private constructor(private readonly hash: Hash) {}

  /** The key before any document: code, pipeline, reference and previous taxonomy. */
  static of(pipeline: Pipeline, referenceFile: string | undefined, previousFile: string | undefined): ReduceKey {
    const fileHash = (file: string | undefined) =>
      file === undefined || file === 'none' ? String(file) : createHash('sha256').update(readFileSync(file)).digest('hex');
    return new ReduceKey(
      createHash('sha256').update([fullCodeVersion(), pipeline.hash, `reference:${fileHash(referenceFile)}`, `previous:${fileHash(previousFile)}`].join('\0')),
    );
  }

  /** A copy to go on with, this one staying as it is. */
  fork(): ReduceKey {
    return new ReduceKey(this.hash.copy());
  }

  /** A document whose result is (or now goes) in the cache under `key`. */
  addResult(key: string, file: SourceFile): void {
    this.hash.update(`\0${key}\0${file.relPath}\0${file.path}`);
  }

  /** A document that failed before the map step (discovery, reading): the failure is the result. */
  addError(error: DocumentError): void {
    this.hash.update(`\0${JSON.stringify(error)}`);
  }

  /** A document whose result is not cached: no later run can match this one's reduce. */
  addUncached(): void {
    this.complete = false;
  }

  /** The key, or undefined when a document's result was not cached. */
  digest(): string | undefined {
    const key = this.hash.digest('hex');
    return this.complete ? key : undefined;
  }
}

/**
 * The documents' side of the key of a run that would take every result from the cache: reads and
 * hashes each file up to the first one whose result is not cached. Then the run computes, and this
 * pass cost the reading of the files before it; it gives back that file's batch and the next
 * `lookAhead - 1` batches' misses, read, for the mapper to start on at once (see MapAhead).
 */
export async function keyOfCachedRun(
  files: AsyncIterable<Discovered[]>,
  options: { cache: ResultCache; scope: string; maxFileBytes: number; key: ReduceKey; lookAhead: number; tick: () => void },
): Promise<{ key: string; fromCache: number } | { misses: Miss[][] }> {
  let fromCache = 0;
  const misses: Miss[][] = [];
  for await (const batch of files) {
    const read = batch.map((d) => ('file' in d ? readPosting(d.file, options.maxFileBytes) : d));
    if (misses.length) {
      misses.push(missesOf(read, options));
      if (misses.length === options.lookAhead) break;
      continue;
    }
    for (const [i, r] of read.entries()) {
      if ('error' in r) options.key.addError(r.error);
      else {
        const resultKey = options.scope + r.contentHash;
        if (!options.cache.has(resultKey)) {
          misses.push(missesOf(read.slice(i), options));
          break;
        }
        options.key.addResult(resultKey, r.file);
        fromCache++;
      }
      options.tick();
    }
    if (misses.length === options.lookAhead) break;
  }
  return misses.length ? { misses } : { key: options.key.digest()!, fromCache };
}

function missesOf(read: ReadPosting[], options: { cache: ResultCache; scope: string }): Miss[] {
  const out: Miss[] = [];
  for (const r of read) {
    if ('error' in r) continue;
    const key = options.scope + r.contentHash;
    if (!options.cache.has(key)) out.push({ file: r.file, key });
  }
  return out;
}
