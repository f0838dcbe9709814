import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ResultCache } from '../store/cache.js';
import { fullCodeVersion } from '../store/code-version.js';
import type { DocumentError, SourceFile } from '../types.js';
import type { Pipeline } from './config.js';
import type { Discovered } from './discover.js';
import type { MapAhead } from './map-ahead.js';
import { readPosting } from './read-posting.js';
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
 * hashes each file up to the first one whose result is not cached, telling the scout the keys of the
 * cached ones (so that the run's loop need not read them again). Then the run computes, and this
 * pass hands the walk over to the scout, which goes on reading ahead of the loop and sends the
 * documents to compute to the mapper as it finds them (see MapAhead).
 */
export async function keyOfCachedRun(
  files: AsyncIterable<Discovered[]>,
  options: { cache: ResultCache; scope: string; maxFileBytes: number; key: ReduceKey; scout: MapAhead; tick: () => void },
): Promise<{ key: string; fromCache: number } | { scouting: Promise<void> }> {
  const walk = files[Symbol.asyncIterator]();
  let fromCache = 0;
  let ordinal = 0;
  for (;;) {
    const next = await walk.next();
    if (next.done) break;
    const read = next.value.map((d) => ('file' in d ? readPosting(d.file, options.maxFileBytes) : d));
    for (const [i, r] of read.entries()) {
      const place = ordinal++;
      if ('error' in r) options.key.addError(r.error);
      else {
        const resultKey = options.scope + r.contentHash;
        if (!options.cache.has(resultKey)) {
          for (const [j, later] of read.slice(i).entries()) options.scout.look(place + j, later);
          return { scouting: options.scout.run(walk, place + read.length - i) };
        }
        options.key.addResult(resultKey, r.file);
        options.scout.remember(place, r.file, resultKey);
        fromCache++;
      }
      options.tick();
    }
  }
  return { key: options.key.digest()!, fromCache };
}
