import { createHash } from 'node:crypto';
import type { SpooledDocument } from '../export/mention-files.js';
import type { ResultCache } from '../store/cache.js';
import { toolVersion } from '../store/code-version.js';
import type { DocumentError, SourceFile, StageTimings } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { Pipeline } from './config.js';
import type { Discovered } from './discover.js';
import { docIdOf } from './doc-id.js';
import { cacheable, type MapAhead, type Miss, type Settled } from './map-ahead.js';
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
 * What compromise's answers (see guessVerb) depend on besides the word pair: the code and the
 * dependency versions, not the configuration. 16 hex digits, as cacheScope.
 */
export function guessScope(): string {
  return createHash('sha256').update(`guesses\0${toolVersion()}`).digest('hex').slice(0, 16);
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
 * cache at once, the batch in one commit), with what it adds to the reduce key. What the scout (see
 * MapAhead) learnt of a document is taken by the document's place in the walk: its cache key (the
 * file is not read again) or the result of its mapping, sent ahead.
 */
export function cachedMap(options: CachedMapOptions): (items: Discovered[]) => Promise<Mapped[]> {
  const { mapper, cache, scope, tally, stageMs, ahead } = options;
  // Batches come in the walk's order: the place of the next document in it.
  let ordinal = 0;
  return async (items) => {
    const first = ordinal;
    ordinal += items.length;
    const out: Mapped[] = [];
    const fromCache = (index: number, file: SourceFile, key: string, hit: string) => {
      tally.fromCache++;
      out[index] = { reply: asFile(JSON.parse(hit) as WorkerReply, file), memo: { key, file } };
    };
    const computed = (index: number, file: SourceFile, key: string, { reply, by }: { reply: WorkerReply; by: string }, stored: boolean) => {
      tally.computed++;
      tally.computedBy[by] = (tally.computedBy[by] ?? 0) + 1;
      if (reply.ok) for (const [stage, ms] of Object.entries(reply.result.timings)) stageMs[stage as keyof StageTimings] += ms;
      out[index] = { reply: asFile(reply, file), memo: stored ? { key, file } : undefined };
    };
    /** Reads the document and takes its result from the cache; else it is a miss, to map. */
    const lookUp = (index: number, d: Discovered): (Miss & { index: number }) | undefined => {
      const r = 'file' in d ? readPosting(d.file, options.maxFileBytes) : d;
      if ('error' in r) {
        out[index] = { reply: r.error, memo: r.error };
        return undefined;
      }
      const key = scope + r.contentHash;
      const hit = cache?.get(key);
      if (hit === undefined) return { index, file: r.file, key };
      fromCache(index, r.file, key, hit);
      return undefined;
    };
    const misses: (Miss & { index: number })[] = [];
    const sent: { index: number; file: SourceFile; key: string; result: Promise<Settled> }[] = [];
    for (const [index, d] of items.entries()) {
      const scouted = 'file' in d ? ahead?.take(first + index, d.file) : undefined;
      if (scouted && 'file' in d) {
        // Sent ahead, or known to be cached: the file is not read again.
        if (scouted.result) {
          sent.push({ index, file: d.file, key: scouted.key, result: scouted.result });
          continue;
        }
        const hit = cache?.get(scouted.key);
        if (hit !== undefined) {
          fromCache(index, d.file, scouted.key, hit);
          continue;
        }
      }
      const miss = lookUp(index, d);
      if (miss) misses.push(miss);
    }
    if (!misses.length && !sent.length) return out;
    const mapping = misses.length ? mapper.map(misses.map((m) => m.file)) : undefined;
    // The workers are past their start: the main thread, idle meanwhile, loads what the reduce needs.
    void loadReduceSide();
    // Those sent ahead: the scout stored them in the cache; a result it let go is read back from there.
    const late: (Miss & { index: number })[] = [];
    for (const { index, file, key, result } of sent) {
      const settled = await result;
      const reply = settled.reply ?? parsed(cache?.get(key));
      if (reply) computed(index, file, key, { reply, by: settled.by }, settled.stored);
      else {
        // Gone from the cache meanwhile (found damaged): computed again.
        const miss = lookUp(index, { file });
        if (miss) late.push(miss);
      }
    }
    const replies = [...((await mapping) ?? []), ...(late.length ? await mapper.map(late.map((m) => m.file)) : [])];
    const rows: [string, string][] = [];
    for (const [i, miss] of [...misses, ...late].entries()) {
      const kept = cache !== undefined && cacheable(replies[i].reply);
      if (kept) rows.push([miss.key, JSON.stringify(replies[i].reply)]);
      computed(miss.index, miss.file, miss.key, replies[i], kept);
    }
    cache?.put(rows);
    return out;
  };
}

function parsed(json: string | undefined): WorkerReply | undefined {
  return json === undefined ? undefined : (JSON.parse(json) as WorkerReply);
}
