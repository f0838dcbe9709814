import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { ReadBackRows } from '../export/csv.js';
import { variantKey, type RoleRow } from '../export/mention-files.js';
import type { WrittenOutputs } from '../export/report/index.js';
import type { BuiltTaxonomy, PreviousTaxonomy, ReferenceIndex } from '../taxonomy/index.js';
import { CACHE_SIDE_FILES, ResultCache } from '../store/cache.js';
import { closedCleanly } from '../store/sqlite-file.js';
import { createStaging, prepareOutput, removeStaging } from '../store/output-dir.js';
import type { StageTimings, VariantStat } from '../types.js';
import { VERSION } from '../version.js';
import { cachedMap, cacheScope, guessScope, type Mapped, type WorkTally } from './cached-map.js';
import { Collector } from './collector.js';
import type { Pipeline } from './config.js';
import { discover, type Discovered } from './discover.js';
import { collectGarbage } from './full-gc.js';
import { MAX_CARRIED } from './guess-carrier.js';
import { MapAhead, type MapAheadLimits } from './map-ahead.js';
import { localThreads, threadCount, type Mapper } from './mapper.js';
import { batches, forEachOrdered } from './ordered.js';
import { createProgress } from './progress.js';
import { publishRun, type PublishPlace } from './publish-run.js';
import type { QueueTarget } from './queue-target.js';
import { loadReduceSide } from './reduce-loader.js';
import { keyOfCachedRun, ReduceKey, type ReduceRecord } from './reduce-memo.js';

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
  /**
   * The local threads (localThreads, for this pipeline and `workers`), when the caller made them
   * already: the CLI starts them before it loads the rest of the run's code, which takes the main
   * thread a tenth of a second. The run closes them.
   */
  threads?: Mapper;
  /** Where one-line warnings go (a damaged cache). */
  warn?: (message: string) => void;
  /**
   * The process ends with the run (the CLI): its reduce may trade a little time for memory. The
   * reference data read for the reduce (vocabulary, label index, word vectors, WordNet) is freed once
   * the mention files are written, and collected at once (one full collection, ~70 ms), and the main
   * thread's heap is kept near its live data (see LEAN_HEAP_GROWTH). A caller that runs again keeps
   * its caches and V8's defaults.
   */
  processEndsWithRun?: boolean;
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


/** Documents sent to a worker in one task. */
const BATCH_SIZE = 8;
/** Tasks sent to each worker ahead of the loop in a resumed run (see MapAhead): a second or two of work. */
const LOOK_AHEAD_PER_WORKER = 8;
/**
 * What the scout keeps ahead of the loop (see MapAhead): the keys of up to 16,384 cached documents
 * (a few MB), so that the loop reads none of them again, and up to 32 results a worker in memory.
 */
function scoutLimits(workers: number, queue: boolean): MapAheadLimits {
  const inFlight = queue ? QUEUE_IN_FLIGHT / BATCH_SIZE : LOOK_AHEAD_PER_WORKER * workers;
  return { batch: BATCH_SIZE, inFlight, hits: 16_384, held: inFlight * BATCH_SIZE };
}
/**
 * How far (%) V8 lets the main thread's heap grow past its live data before a full collection, once
 * the workers are gone. By default it allows up to 4x: the reduce's live data peaks near 150 MB and
 * the heap grew to 350 MB, the run's peak RSS (490 MB on 5,000 postings). With 20% the reduce does a
 * few more full collections (tens of ms each, incremental) and its heap stays near 200 MB. A process
 * wide V8 flag, read at each collection: set only when the process ends with the run.
 */
const LEAN_HEAP_GROWTH = 20;
/** Documents on a Redis queue at once: enough to keep many worker processes busy, few enough to bound Redis memory. */
const QUEUE_IN_FLIGHT = 512;

/** map (workers) → reduce (duplicates, taxonomy) → export. */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  if (options.processEndsWithRun) setFlagsFromString(`--heap-growing-percent=${LEAN_HEAP_GROWTH}`);
  const { pipeline } = options;
  const workers = threadCount(options.workers);
  // A reference file is read first, so that a bad one stops the run before any work; the bundled
  // vocabulary is loaded only for the reduce, once the workers (each holding its own copy) are gone.
  const given = options.referenceFile ? await (await loadReduceSide()).resolveReference(options.referenceFile, pipeline.taxonomy) : undefined;
  const reference = async () => (options.referenceFile ? given : (await loadReduceSide()).resolveReference(undefined, pipeline.taxonomy));
  const previous = options.previousFile ? await (await loadReduceSide()).loadPreviousTaxonomy(options.previousFile) : undefined;
  const outDir = await prepareOutput(options.out);
  const scope = cacheScope(pipeline);
  const stages = { ingest: pipeline.ingest, clean: pipeline.clean, segment: pipeline.segment, extract: pipeline.extract };
  const cacheFile = options.cacheFile && resolve(options.cacheFile);
  // Connected first: an unreachable Redis fails the run before anything is touched.
  const mapper: Mapper = options.queue
    ? await (await import('./queue.js')).connectQueue(options.queue, { stages, documentHash: scope })
    : (options.threads ?? localThreads(pipeline, workers, { workerFile: options.workerFile, carry: cacheFile !== undefined }));
  // Closed once, however many ask: the run starts closing it after the map and waits later (or, on a
  // failure, the finally below does).
  let closed: Promise<void> | undefined;
  const closeMapper = () => (closed ??= mapper.close());
  const warn = options.warn ?? ((m: string) => process.stderr.write(`comptax: warning: ${m}\n`));
  let cache: ResultCache | undefined;
  let staging: string | undefined;
  try {
    // Threads take a second or more to load their models: started now, while the cache is opened (a
    // killed run's is checked page by page) and the inputs listed, when documents to compute are
    // certain or likely (no cache, a new one, one a killed run left). A clean rerun starts none.
    if (!cacheFile || !closedCleanly(cacheFile)) mapper.warm?.();
    cache = cacheFile ? new ResultCache(cacheFile, { warn }) : undefined;
    // compromise's answers kept by earlier runs, for the threads before their first document, and theirs kept in turn.
    const guesses = guessScope();
    const open = cache;
    mapper.carry?.(open?.guesses(guesses, MAX_CARRIED) ?? [], (rows) => open?.putGuesses(guesses, rows));
    staging = await createStaging(outDir);
    const reduceKey = cache ? ReduceKey.of(pipeline, options.referenceFile, options.previousFile) : undefined;
    return await mapAndReduce(options, { outDir, staging, mapper, closeMapper, cache, scope, reduceKey, workers, previous, reference, t0 });
  } finally {
    cache?.close();
    await closeMapper();
    if (staging) await removeStaging(staging);
  }
}

interface RunContext extends PublishPlace {
  mapper: Mapper;
  closeMapper: () => Promise<void>;
  scope: string;
  /** The key of the reduce, when there is a cache to keep it in. */
  reduceKey: ReduceKey | undefined;
  previous: PreviousTaxonomy | undefined;
  reference: () => Promise<ReferenceIndex | undefined>;
}

async function mapAndReduce(options: RunOptions, context: RunContext): Promise<RunSummary> {
  const { pipeline } = options;
  const { outDir, staging, mapper, cache, scope, workers, previous } = context;
  const tally: WorkTally = { fromCache: 0, computed: 0, computedBy: {}, reduce: 'computed' };
  // A cache kept among the inputs is never taken for a posting.
  const cacheReal = cache && join(realpathSync(dirname(cache.path)), basename(cache.path));
  const cacheFiles = cacheReal ? ['', ...CACHE_SIDE_FILES].map((suffix) => `${cacheReal}${suffix}`) : [];
  const walk = { skip: [outDir, ...cacheFiles], exclude: pipeline.options.run.exclude };

  const progress = createProgress(options.progress ?? true, { status: mapper.status });
  // A bar needs a true total: one extra walk of the folders (readdir only), when a bar is shown.
  let total = 0;
  if (progress.shown) for await (const _ of discover(options.inputs, walk)) total++;

  const tMap = performance.now();
  progress.start(total);
  // A run whose every result is in the cache may have been run before: then its reduce outputs are too.
  let ahead: MapAhead | undefined;
  let scouting: Promise<void> | undefined;
  if (cache && context.reduceKey) {
    const scout = new MapAhead(mapper, { cache, scope, maxFileBytes: pipeline.ingest.maxFileBytes }, scoutLimits(workers, options.queue !== undefined));
    const pass = await keyOfCachedRun(batches(discover(options.inputs, walk), BATCH_SIZE), {
      cache,
      scope,
      maxFileBytes: pipeline.ingest.maxFileBytes,
      key: context.reduceKey.fork(),
      scout,
      tick: () => progress.tick(),
    });
    // A document to compute: the scout sent it and goes on reading ahead of the loop. Else it knows
    // the cached documents' keys, for the loop should the reduce not be stored.
    ahead = scout;
    if ('scouting' in pass) scouting = pass.scouting;
    const found = 'key' in pass ? pass : undefined;
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

  const collector = new Collector(staging, pipeline.options.run);
  const stageMs: StageTimings = { ingest: 0, clean: 0, segment: 0, extract: 0 };
  const reduceKey = context.reduceKey?.fork();
  const work = cachedMap({ mapper, cache, scope, maxFileBytes: pipeline.ingest.maxFileBytes, tally, stageMs, ahead });

  const window = options.queue ? QUEUE_IN_FLIGHT / BATCH_SIZE : workers * 2;
  let closing: Promise<void> | undefined;
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
          if (!('ok' in reply)) await collector.fail(reply);
          else if (!reply.ok) await collector.fail(reply.error);
          else await collector.accept(reply.result);
          progress.tick();
        }
      },
    );
  } finally {
    progress.stop();
    ahead?.stop();
    await scouting;
    // The threads stop and free their heaps (0.1-0.2 s of the main thread waiting) while the reduce
    // begins: waited for before the run publishes (or, on a failure, by runPipeline).
    closing = context.closeMapper();
    closing.catch(() => undefined);
    await collector.closeSpool();
  }
  await collector.end();
  const mapMs = performance.now() - tMap;

  // In a function of its own: the taxonomy's tables and the reference are garbage once it returns,
  // before the report (whose own peak adds to whatever is still held); the report keeps only what
  // it reads of the files written (taxonomy.json's content refers to the competencies' variants and
  // examples, which parsing the file back would have copied).
  const { taxMs, exportMs, competencies, referenceLabel, written } = await reduceAndExport(options, context, collector);
  await closing;

  const { counts } = collector;
  const summary: RunSummary = { ...counts, competencies, fromCache: tally.fromCache, seconds: 0, exitCode: counts.failed > 0 ? 3 : 0 };
  return publishRun(options, context, { summary, tally, timings: { mapMs, stageMs, taxonomyMs: taxMs, exportMs }, referenceLabel, reduceKey: reduceKey?.digest(), written: { ...written, csvRows: { ...written.csvRows, documents: collector.documentRows } } });
}

/**
 * The reduce: the taxonomy from the collected variants, then roles.csv (from what the collector kept
 * of each document; its occupations read the reference), taxonomy.csv and taxonomy.json on this
 * thread while the export thread writes mentions.csv from the spool, then taxonomy.jsonld.
 */
async function reduceAndExport(
  options: RunOptions,
  context: RunContext,
  collector: Collector,
): Promise<{ taxMs: number; exportMs: number; competencies: number; referenceLabel: string | undefined; written: WrittenOutputs }> {
  const { pipeline } = options;
  const { staging, previous } = context;
  const tTax = performance.now();
  const { buildTaxonomy, releaseReferenceData, writeRolesCsv, writeTaxonomyFiles, taxonomySkos, ExportThread } = await loadReduceSide();
  // Started first: it loads its modules on the idle core while the taxonomy is built.
  const exporter = new ExportThread();
  try {
    let reference = await context.reference();
    const referenceLabel = options.referenceFile ?? (reference?.vocabulary ? `bundled ${reference.vocabulary.version}` : undefined);
    // The collected variants as a list: their maps are garbage during the build.
    let variants: VariantStat[] | undefined = collector.takeVariants();
    // Without its linker (roles.csv names occupations with a linker of its own): its tables (~45 MB
    // with the bundled reference) are freed before the build's last steps, where the run's memory peaked.
    let built: BuiltTaxonomy | undefined = buildTaxonomy(variants, pipeline.taxonomy, { previous, reference, keepLinker: false });
    // Each variant's competency id and kind, by its number (see Collector.takeRoles).
    const ids = variants.map((v) => built!.idOf(v.kind, v.normalized));
    const kinds = variants.map((v) => v.kind);
    const mentions = exporter.mentions({ outDir: staging, spool: collector.spool.path, ids: idsByKey(variants, ids) });
    mentions.catch(() => undefined);
    variants = undefined;
    const skos = exporter.json({ path: join(staging, 'taxonomy.jsonld'), value: taxonomySkos(built.taxonomy), depth: 2 });
    skos.catch(() => undefined);
    // The build's garbage, collected before roles.csv and the export thread add their own.
    if (options.processEndsWithRun) collectGarbage();
    const taxMs = performance.now() - tTax;

    const tExport = performance.now();
    const roleRows: RoleRow[] = [];
    const documentCounts = await writeRolesCsv(staging, collector.takeRoles().documents(ids, kinds), built.occupationOf, roleRows);
    const taxonomy = built.taxonomy;
    for (const c of taxonomy.competencies) c.documentCount = documentCounts.get(c.id) ?? 0;
    // The id tables and the reference are done with.
    built = undefined;
    reference = undefined;
    if (options.processEndsWithRun) {
      releaseReferenceData(pipeline.taxonomy);
      // Collected now, before the exports and the report allocate on top of it (see collectGarbage).
      collectGarbage();
    }

    const taxonomyRows = new ReadBackRows();
    const taxonomyJson = await writeTaxonomyFiles(staging, taxonomy, { version: VERSION, pipelineHash: pipeline.hash }, taxonomyRows);
    await skos;
    await mentions;
    exporter.close().catch(() => undefined);
    await collector.spool.remove();
    const exportMs = performance.now() - tExport;

    return { taxMs, exportMs, competencies: taxonomy.competencies.length, referenceLabel, written: { roleRows, csvRows: { taxonomy: taxonomyRows }, taxonomyJson } };
  } catch (e) {
    // Stopped before the run's finally removes the staging folder it may be writing into.
    await exporter.close();
    throw e;
  }
}

/** Each collected variant's competency id, by its key: the export thread's lookups. */
function idsByKey(variants: VariantStat[], ids: string[]): Map<string, string> {
  return new Map(variants.map((v, i) => [variantKey(v.kind, v.normalized), ids[i]]));
}
