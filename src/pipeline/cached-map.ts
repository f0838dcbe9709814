import { createHash } from 'node:crypto';
import type { SpooledDocument } from '../export/mention-files.js';
import type { ResultCache } from '../store/cache.js';
import { toolVersion } from '../store/code-version.js';
import type { DocumentError, SourceFile, StageTimings } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { Pipeline } from './config.js';
import type { Discovered } from './discover.js';
import { docIdOf } from './doc-id.js';
import type { MapAhead, Miss } from './map-ahead.js';
import type { Mapper } from './mapper.js';
import { readPosting } from './read-posting.js';
import { loadReduceSide } from './reduce-loader.js';

/** Where the documents' results came from, for the manifest. */
export interface WorkTally {
  fromCache: number;
  computed: number;
  /** Documents computed per place: "local threads" or a worker's host and pid. */
  computedBy: Record<string, number>;
  /** The taxonomy, exports and report: computed, or published from an earlier identical run's. */
  reduce: 'cache' | 'computed';
}

/** A document's reply, and what it adds to the reduce key (see ReduceKey): its cache key, its error, or nothing. */
export type Mapped = { reply: WorkerReply | DocumentError; memo: { key: string; file: SourceFile } | DocumentError | undefined };

/**
 * What a cached result depends on besides the file's bytes: the tool version (and its map code) and
 * the per-document configuration (options and data files). 16 hex digits of it prefix each key.
 */
export function cacheScope(pipeline: Pipeline): string {
  return createHash('sha256').update(`${toolVersion()}\0${pipeline.documentHash}`).digest('hex').slice(0, 16);
}

/**
 * A failure worth remembering is one the same bytes would meet again (a corrupt or empty file).
 * A timeout, a dead worker or our own bug may go another way next time: never cached.
 */
function cacheable(reply: WorkerReply): boolean {
  return reply.ok || (reply.error.stage !== 'worker' && reply.error.code !== 'internal');
}

/** A reply computed (or cached) for the same bytes under another path, made this file's. */
function asFile(reply: WorkerReply, file: SourceFile): WorkerReply {
  if (!reply.ok) return reply.error.path === file.relPath ? reply : { ok: false, error: { ...reply.error, path: file.relPath } };
  const r = reply.result;
  if (r.relPath === file.relPath && r.path === file.path) return reply;
  const docId = docIdOf(file.relPath);
  const spooled = r.relPath === file.relPath ? r.spooled : JSON.stringify({ ...(JSON.parse(r.spooled) as SpooledDocument), docId });
  return { ok: true, result: { ...r, path: file.path, relPath: file.relPath, docId, spooled } };
}

export interface CachedMapOptions {
  mapper: Mapper;
  cache: ResultCache | undefined;
  scope: string;
  maxFileBytes: number;
  /** Counts where each result came from. */
  tally: WorkTally;
  /** Sums the workers' time per stage. */
  stageMs: StageTimings;
  /** Documents already sent to the mapper ahead of their turn. */
  ahead?: MapAhead;
}

/**
 * The map step of a batch: each file's reply from the cache, or from the mapper (and then into the
 * cache at once, the batch in one commit), with what it adds to the reduce key.
 */
export function cachedMap(options: CachedMapOptions): (items: Discovered[]) => Promise<Mapped[]> {
  const { mapper, cache, scope, tally, stageMs } = options;
  return async (items) => {
    const read = items.map((d) => ('file' in d ? readPosting(d.file, options.maxFileBytes) : d));
    const out: Mapped[] = [];
    const misses: (Miss & { index: number })[] = [];
    for (const [index, r] of read.entries()) {
      if ('error' in r) {
        out[index] = { reply: r.error, memo: r.error };
        continue;
      }
      const key = scope + r.contentHash;
      const hit = cache?.get(key);
      if (hit !== undefined) {
        tally.fromCache++;
        out[index] = { reply: asFile(JSON.parse(hit) as WorkerReply, r.file), memo: { key, file: r.file } };
      } else misses.push({ index, file: r.file, key });
    }
    if (misses.length) {
      const computed = await mapOrTake(mapper, options.ahead, misses);
      // The workers are past their start: the main thread, idle meanwhile, loads what the reduce needs.
      void loadReduceSide();
      const rows: [string, string][] = [];
      for (const [i, { reply, by }] of computed.entries()) {
        const miss = misses[i];
        tally.computed++;
        tally.computedBy[by] = (tally.computedBy[by] ?? 0) + 1;
        if (reply.ok) for (const [stage, ms] of Object.entries(reply.result.timings)) stageMs[stage as keyof StageTimings] += ms;
        const kept = cache !== undefined && cacheable(reply);
        if (kept) rows.push([miss.key, JSON.stringify(reply)]);
        out[miss.index] = { reply: asFile(reply, miss.file), memo: kept ? { key: miss.key, file: miss.file } : undefined };
      }
      cache?.put(rows);
    }
    return out;
  };
}

/** The misses' results: those sent ahead taken from there, the others mapped now (one task). */
async function mapOrTake(mapper: Mapper, ahead: MapAhead | undefined, misses: Miss[]): Promise<{ reply: WorkerReply; by: string }[]> {
  const early = misses.map((m) => ahead?.take(m));
  const rest = misses.filter((_, i) => early[i] === undefined);
  const late = rest.length ? mapper.map(rest.map((m) => m.file)) : Promise.resolve([]);
  const [taken, mapped] = await Promise.all([Promise.all(early), late]);
  let next = 0;
  return taken.map((t) => t ?? mapped[next++]);
}
