import { createHash } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCsv } from '../export/csv.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS } from '../export/columns.js';
import type { SpooledDocument } from '../export/mention-files.js';
import type { PreviousTaxonomy, ReferenceIndex } from '../taxonomy/index.js';
import { ResultCache } from '../store/cache.js';
import { toolVersion } from '../store/code-version.js';
import { createStaging, prepareOutput, publish, removeStaging } from '../store/output-dir.js';
import type { DocumentError, DocumentResult, MentionKind, SourceFile, StageTimings, VariantStat } from '../types.js';
import { VERSION } from '../version.js';
import type { WorkerReply } from '../worker.js';
import type { Pipeline } from './config.js';
import { discover, type Discovered } from './discover.js';
import { docIdOf } from './doc-id.js';
import { DuplicateIndex } from './fingerprint.js';
import { buildManifest } from './manifest.js';
import { batches, forEachOrdered } from './ordered.js';
import { createPool } from './pool.js';
import { createProgress } from './progress.js';
import { displayUrl, type QueueTarget } from './queue-target.js';
import { readPosting, type ReadPosting } from './read-posting.js';
import { keyOfCachedRun, ReduceKey, type ReduceRecord } from './reduce-memo.js';
import { Spool } from './spool.js';

export interface RunOptions {
  inputs: string[];
  out: string;
  pipeline: Pipeline;
  workers?: number;
  referenceFile?: string;
  previousFile?: string;
  progress?: boolean;
  /** Another worker module, for tests of the pool's failure handling. */
  workerFile?: URL;
  /** The per-document result cache (SQLite file); none when absent. */
  cacheFile?: string;
  /** A distributed run: documents go to `comptax worker` processes through this Redis queue. */
  queue?: QueueTarget;
  /** Where one-line warnings go (a damaged cache). */
  warn?: (message: string) => void;
}

/** Where the documents' results came from, for the manifest. */
export interface WorkTally {
  fromCache: number;
  computed: number;
  /** Documents computed per place: "local threads" or a worker's host and pid. */
  computedBy: Record<string, number>;
  /** The taxonomy, exports and report: computed, or published from an earlier identical run's. */
  reduce: 'cache' | 'computed';
}

/** Runs the map step on documents whose bytes were read: one reply per file, in order. */
export interface Mapper {
  map(files: SourceFile[]): Promise<{ reply: WorkerReply; by: string }[]>;
  /** Gets ready for documents about to come (threads take seconds to load their models). */
  warm?(): void;
  /** What to show beside the bar (a queue's waiting and active jobs). */
  status?(): string;
  close(): Promise<void>;
}

export interface RunSummary {
  documents: number;
  ok: number;
  failed: number;
  duplicates: number;
  mentions: number;
  competencies: number;
  /** Documents whose result came from the cache. */
  fromCache: number;
  /** Cleaning fixes by rule id over every document read (duplicates included, as in documents.csv). */
  fixes: Record<string, number>;
  seconds: number;
  /** 0: every document processed; 3: finished, but some failed. */
  exitCode: 0 | 3;
}


const EXAMPLES_PER_VARIANT = 3;
/** Documents sent to a worker in one task. */
const BATCH_SIZE = 8;
/** Documents on a Redis queue at once: enough to keep many worker processes busy, few enough to bound Redis memory. */
const QUEUE_IN_FLIGHT = 512;

function variantKey(kind: string, normalized: string): string {
  return `${kind}\u0000${normalized}`;
}

/**
 * What a cached result depends on besides the file's bytes: the tool version (and its map code) and
 * the per-document configuration (options and data files). 16 hex digits of it prefix each key.
 */
function cacheScope(pipeline: Pipeline): string {
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

/** A document's reply, and what it adds to the reduce key (see ReduceKey): its cache key, its error, or nothing. */
type Mapped = { reply: WorkerReply | DocumentError; memo: { key: string; file: SourceFile } | DocumentError | undefined };

/** Worker threads, started on the first document not in the cache: a rerun starts none. */
function localMapper(start: () => ReturnType<typeof createPool>): Mapper {
  let pool: ReturnType<typeof createPool> | undefined;
  return {
    map: async (files) => (await (pool ??= start()).processBatch(files)).map((reply) => ({ reply, by: 'local threads' })),
    warm: () => void (pool ??= start()),
    close: async () => pool?.close(),
  };
}

let reduceSide: Promise<typeof import('./reduce-side.js')> | undefined;
/** The reduce side's modules, loaded once; the first call may come early and leave them loading. */
function loadReduceSide(): Promise<typeof import('./reduce-side.js')> {
  if (!reduceSide) {
    reduceSide = import('./reduce-side.js');
    // Awaited later; a failure must not end the process before then as an unhandled rejection.
    reduceSide.catch(() => undefined);
  }
  return reduceSide;
}

/** map (workers) → reduce (duplicates, taxonomy) → export. */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const { pipeline } = options;
  const workers = Math.max(1, options.workers ?? availableParallelism());
  // A reference file is read first, so that a bad one stops the run before any work; the bundled
  // vocabulary is loaded only for the reduce, once the workers (each holding its own copy) are gone.
  const given = options.referenceFile ? await (await loadReduceSide()).resolveReference(options.referenceFile, pipeline.taxonomy) : undefined;
  const reference = async () => (options.referenceFile ? given : (await loadReduceSide()).resolveReference(undefined, pipeline.taxonomy));
  const previous = options.previousFile ? await (await loadReduceSide()).loadPreviousTaxonomy(options.previousFile) : undefined;
  const outDir = await prepareOutput(options.out);
  const scope = cacheScope(pipeline);
  const stages = { ingest: pipeline.ingest, clean: pipeline.clean, segment: pipeline.segment, extract: pipeline.extract };
  // Connected first: an unreachable Redis fails the run before anything is touched.
  const mapper: Mapper = options.queue
    ? await (await import('./queue.js')).connectQueue(options.queue, { stages, documentHash: scope })
    : localMapper(() =>
        createPool({
          workers,
          timeoutMs: pipeline.options.run.documentTimeoutMs,
          heapMb: pipeline.options.run.workerHeapMb,
          stages,
          workerFile: options.workerFile,
        }),
      );
  let mapperOpen = true;
  const closeMapper = async () => {
    if (mapperOpen) await mapper.close();
    mapperOpen = false;
  };
  const warn = options.warn ?? ((m: string) => process.stderr.write(`comptax: warning: ${m}\n`));
  let cache: ResultCache | undefined;
  let staging: string | undefined;
  try {
    cache = options.cacheFile ? new ResultCache(resolve(options.cacheFile), { warn }) : undefined;
    staging = await createStaging(outDir);
    const reduceKey = cache ? ReduceKey.of(pipeline, options.referenceFile, options.previousFile) : undefined;
    return await mapAndReduce(options, { outDir, staging, mapper, closeMapper, cache, scope, reduceKey, workers, previous, reference, t0 });
  } finally {
    cache?.close();
    await closeMapper();
    if (staging) await removeStaging(staging);
  }
}

interface RunContext {
  outDir: string;
  staging: string;
  mapper: Mapper;
  closeMapper: () => Promise<void>;
  cache: ResultCache | undefined;
  scope: string;
  /** The key of the reduce, when there is a cache to keep it in. */
  reduceKey: ReduceKey | undefined;
  workers: number;
  previous: PreviousTaxonomy | undefined;
  reference: () => Promise<ReferenceIndex | undefined>;
  t0: number;
}

async function mapAndReduce(options: RunOptions, context: RunContext): Promise<RunSummary> {
  const { pipeline } = options;
  const { outDir, staging, mapper, cache, scope, workers, previous } = context;
  const tally: WorkTally = { fromCache: 0, computed: 0, computedBy: {}, reduce: 'computed' };
  // A cache kept among the inputs is never taken for a posting.
  const cacheReal = cache && join(realpathSync(dirname(cache.path)), basename(cache.path));
  const cacheFiles = cacheReal ? ['', '-wal', '-shm'].map((suffix) => `${cacheReal}${suffix}`) : [];
  const walk = { skip: [outDir, ...cacheFiles], exclude: pipeline.options.run.exclude };

  const progress = createProgress(options.progress ?? true, { status: mapper.status });
  // A bar needs a true total: one extra walk of the folders (readdir only), when a bar is shown.
  let total = 0;
  if (progress.shown) for await (const _ of discover(options.inputs, walk)) total++;

  const tMap = performance.now();
  if (!cache) mapper.warm?.();
  progress.start(total);
  // A run whose every result is in the cache may have been run before: then its reduce outputs are too.
  if (cache && context.reduceKey) {
    const found = await keyOfCachedRun(batches(discover(options.inputs, walk), BATCH_SIZE), {
      cache,
      scope,
      maxFileBytes: pipeline.ingest.maxFileBytes,
      key: context.reduceKey.fork(),
      tick: () => progress.tick(),
    });
    // A document to compute: the threads start now, while the cached ones before it are read again.
    if (!found) mapper.warm?.();
    const tRestore = performance.now();
    const record = found && cache.restoreReduce(found.key, staging);
    if (found && record) {
      progress.stop();
      const { referenceLabel, ...counts } = JSON.parse(record) as ReduceRecord;
      const summary: RunSummary = { ...counts, fromCache: found.fromCache, seconds: 0, exitCode: counts.failed > 0 ? 3 : 0 };
      const timings = { mapMs: tRestore - tMap, stageMs: { ingest: 0, clean: 0, segment: 0, extract: 0 }, taxonomyMs: 0, exportMs: performance.now() - tRestore };
      return publishRun(options, context, { summary, tally: { fromCache: found.fromCache, computed: 0, computedBy: {}, reduce: 'cache' }, timings, referenceLabel });
    }
    progress.start(total);
  }

  const documents = openCsv(join(staging, 'documents.csv'), DOCUMENT_COLUMNS);
  const errors = openCsv(join(staging, 'errors.csv'), ERROR_COLUMNS);
  const spool = new Spool<SpooledDocument>(join(staging, 'mentions.ndjson.tmp'));
  const variants = new Map<string, VariantStat>();
  const duplicates = new DuplicateIndex(pipeline.options.run.nearDuplicateThreshold, pipeline.options.run.nearDuplicateMinWords);
  const stageMs: StageTimings = { ingest: 0, clean: 0, segment: 0, extract: 0 };
  const summary: RunSummary = { documents: 0, ok: 0, failed: 0, duplicates: 0, mentions: 0, competencies: 0, fromCache: 0, fixes: {}, seconds: 0, exitCode: 0 };
  const reduceKey = context.reduceKey?.fork();

  /**
   * Each file's reply from the cache, or from the mapper (and then into the cache at once), with
   * what it adds to the reduce key: its cache key, its error, or nothing when it is not cached.
   */
  const work = async (items: Discovered[]): Promise<Mapped[]> => {
    const read: ReadPosting[] = await Promise.all(
      items.map((d) => ('file' in d ? readPosting(d.file, pipeline.ingest.maxFileBytes) : d)),
    );
    const out: Mapped[] = [];
    const misses: { index: number; file: SourceFile; key: string }[] = [];
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
      const computed = await mapper.map(misses.map((m) => m.file));
      // The workers are past their start: the main thread, idle meanwhile, loads what the reduce needs.
      void loadReduceSide();
      for (const [i, { reply, by }] of computed.entries()) {
        const miss = misses[i];
        tally.computed++;
        tally.computedBy[by] = (tally.computedBy[by] ?? 0) + 1;
        if (reply.ok) for (const [stage, ms] of Object.entries(reply.result.timings)) stageMs[stage as keyof StageTimings] += ms;
        const kept = cache !== undefined && cacheable(reply);
        if (kept) cache.put(miss.key, JSON.stringify(reply));
        out[miss.index] = { reply: asFile(reply, miss.file), memo: kept ? { key: miss.key, file: miss.file } : undefined };
      }
    }
    return out;
  };

  const fail = async (error: DocumentError) => {
    summary.failed++;
    await errors.write({ ...error });
    await documents.write({ doc_id: docIdOf(error.path), path: error.path, status: 'failed' });
  };

  const accept = async (r: DocumentResult) => {
    const { of: duplicateOf, similarity } = duplicates.add(r.docId, r.contentHash, r, r.title);
    const n = r.counts;
    await documents.write({
      doc_id: r.docId,
      path: r.relPath,
      format: r.format,
      status: duplicateOf ? 'duplicate' : 'ok',
      language: r.language,
      title: r.title,
      pages: r.pages,
      chars: r.chars,
      duplicate_of: duplicateOf,
      duplicate_similarity: duplicateOf ? similarity.toFixed(2) : '',
      n_duties: n.duty,
      n_skills: n.skill,
      n_knowledge: n.knowledge,
      n_qualifications: n.qualification,
      n_fixes: r.nFixes,
      encoding: r.encoding,
      company: r.company,
      roles: r.roles.join(' | '),
      warnings: r.warnings.map((w) => `${w.code}: ${w.message}`).join(' | '),
    });
    for (const [rule, n] of Object.entries(r.fixesByRule)) summary.fixes[rule] = (summary.fixes[rule] ?? 0) + n;
    // A re-posted or re-formatted posting is counted once: its mentions stay out of the taxonomy.
    if (duplicateOf) {
      summary.duplicates++;
      return;
    }
    summary.ok++;
    const { variants: triples } = r;
    for (let i = 0; i < triples.length; i += 3) {
      const kind = triples[i] as MentionKind;
      const normalized = triples[i + 1];
      const key = variantKey(kind, normalized);
      let v = variants.get(key);
      if (!v) variants.set(key, (v = { kind, normalized, count: 0, examples: [] }));
      v.count++;
      if (v.examples.length < EXAMPLES_PER_VARIANT) v.examples.push({ docId: r.docId, text: triples[i + 2], before: r.context[(i / 3) * 2], after: r.context[(i / 3) * 2 + 1] });
    }
    summary.mentions += triples.length / 3;
    await spool.append(r.spooled);
  };

  const window = options.queue ? QUEUE_IN_FLIGHT / BATCH_SIZE : workers * 2;
  try {
    // Two batches per worker in flight: a worker finds its next batch waiting when it finishes one.
    await forEachOrdered<Discovered[], Mapped[]>(
      batches(discover(options.inputs, walk), BATCH_SIZE),
      { concurrency: window, window: window * 2 },
      work,
      async (mapped) => {
        for (const { reply, memo } of mapped) {
          if (!memo) reduceKey?.addUncached();
          else if ('key' in memo) reduceKey?.addResult(memo.key, memo.file);
          else reduceKey?.addError(memo);
          summary.documents++;
          if (!('ok' in reply)) await fail(reply);
          else if (!reply.ok) await fail(reply.error);
          else await accept(reply.result);
          progress.tick();
        }
      },
    );
  } finally {
    progress.stop();
    cache?.flush();
    await context.closeMapper();
    await spool.close();
  }
  await documents.end();
  await errors.end();
  const mapMs = performance.now() - tMap;

  const tTax = performance.now();
  const { buildTaxonomy, writeMentionFiles, writeTaxonomyFiles } = await loadReduceSide();
  const reference = await context.reference();
  const built = buildTaxonomy([...variants.values()], pipeline.taxonomy, { previous, reference });
  variants.clear();
  const taxMs = performance.now() - tTax;

  const tExport = performance.now();
  const documentCounts = await writeMentionFiles(staging, spool.read(), built.idOf, built.occupationOf);
  await spool.remove();
  for (const c of built.taxonomy.competencies) c.documentCount = documentCounts.get(c.id) ?? 0;

  const taxonomy = built.taxonomy;
  await writeTaxonomyFiles(staging, taxonomy, { version: VERSION, pipelineHash: pipeline.hash });
  const exportMs = performance.now() - tExport;

  summary.competencies = taxonomy.competencies.length;
  summary.fromCache = tally.fromCache;
  summary.exitCode = summary.failed > 0 ? 3 : 0;
  const referenceLabel = options.referenceFile ?? (reference?.vocabulary ? `bundled ${reference.vocabulary.version}` : undefined);
  return publishRun(options, context, { summary, tally, timings: { mapMs, stageMs, taxonomyMs: taxMs, exportMs }, referenceLabel, reduceKey: reduceKey?.digest() });
}

/**
 * manifest.json (and the report, unless it came from the cache) into the staging folder, then every
 * file into the output folder. A computed reduce whose key is known goes into the cache first.
 */
async function publishRun(
  options: RunOptions,
  context: RunContext,
  run: {
    summary: RunSummary;
    tally: WorkTally;
    timings: { mapMs: number; stageMs: StageTimings; taxonomyMs: number; exportMs: number };
    referenceLabel: string | undefined;
    /** Set when the reduce was computed here and may be kept. */
    reduceKey?: string;
  },
): Promise<RunSummary> {
  const { summary, tally } = run;
  const { staging, cache } = context;
  summary.seconds = (performance.now() - context.t0) / 1000;
  const manifest = buildManifest({
    pipeline: options.pipeline,
    inputs: options.inputs,
    referenceFile: run.referenceLabel,
    previousFile: options.previousFile,
    summary,
    work: { ...tally, cache: cache?.path ?? null, queue: options.queue ? { redis: displayUrl(options.queue.url), name: options.queue.name } : null },
    timings: { workers: options.queue ? 0 : context.workers, ...run.timings },
  });
  if (tally.reduce === 'computed') await (await loadReduceSide()).writeReport(staging, manifest);
  if (cache && run.reduceKey) {
    const { documents, ok, failed, duplicates, mentions, competencies, fixes } = summary;
    const record: ReduceRecord = { documents, ok, failed, duplicates, mentions, competencies, fixes, referenceLabel: run.referenceLabel };
    cache.storeReduce(run.reduceKey, JSON.stringify(record), staging, (await readdir(staging)).sort());
  }
  await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await publish(staging, context.outDir);
  return summary;
}
