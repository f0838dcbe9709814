import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { SourceFile } from '../types.js';
import type { TaskReply, WorkerReply } from '../worker.js';
import type { DocumentStages } from './analyze.js';
import type { GuessCarrier } from './guess-carrier.js';

export interface PoolOptions {
  workers: number;
  /** Per-document limit; a document past it is abandoned and its worker replaced. */
  timeoutMs: number;
  /** Heap limit of a worker (MB). */
  heapMb: number;
  stages: DocumentStages;
  /** Another worker module (tests use one that hangs or dies). */
  workerFile?: URL;
  /** Carries compromise's answers between the cache and the threads (a run with a cache). */
  guesses?: GuessCarrier;
}

export interface DocumentPool {
  /**
   * Processes files as one task: one message each way for several documents keeps the main thread
   * light. If the task runs past the time limit or its worker dies, each file is run again alone,
   * so that only the document at fault fails.
   */
  processBatch(files: SourceFile[]): Promise<WorkerReply[]>;
  close(): Promise<void>;
}

type TaskFailure = { code: 'timeout' | 'out-of-memory' | 'worker-crash'; message: string };

// Under vitest/tsx the sources run as .ts and tsc does not rewrite the worker's file name, so the
// worker is picked by the extension this module itself was loaded with.
const RUNNING_TS = import.meta.url.endsWith('.ts');

/**
 * How much bytecode a function runs between V8's checks of whether to optimise it (its default:
 * 132 KB). A new thread optimises hundreds of functions over its first few hundred postings, and
 * a function that is warm but not hot is compiled on V8's background threads, sometimes several
 * times: on 2 cores that took 2.0 s of background CPU per thread over its first 1,000 real
 * postings, as much again as the warm-up of the thread's own code, and a run paid it once per
 * thread each time it started (a resumed run too). With 700 KB only the hot functions get there:
 * background CPU 1.0 s, the thread's own time unchanged (8.2-8.7 s per 1,000 postings either way;
 * past 1.5 MB it grows). A process-wide flag, read when a function's budget is next set: set
 * before the threads start. (Not every flag can be changed while code runs: turning regexp tier-up
 * off then made V8 crash; test/pipeline/pool-flags.test.ts runs such a process.)
 */
const INTERRUPT_BUDGET = 700_000;

/**
 * Young-generation collections on the collecting thread alone. V8 splits each one among helper
 * threads, which on a machine whose cores the workers already keep busy wait for one another
 * (the workers collect their young generation every few postings): on 2 cores the 5,000 real
 * postings' map took 3-5% less time without the helpers, at the same peak memory. Read at each
 * collection, so safe to set while code runs (unlike the marking flags, which crashed V8 when
 * changed mid-run).
 */
const GC_FLAGS = '--no-parallel-scavenge';

/** The process-wide V8 flags the pool's threads run with: set before they start (the bench's ceiling sets them too). */
export function setThreadFlags(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString(GC_FLAGS);
}

export function createPool(options: PoolOptions): DocumentPool {
  setThreadFlags();
  const filename = (options.workerFile ?? new URL(`../worker.${RUNNING_TS ? 'ts' : 'js'}`, import.meta.url)).href;
  const piscina = new Piscina({
    filename,
    minThreads: options.workers,
    maxThreads: options.workers,
    idleTimeout: 60_000,
    workerData: { stages: options.stages, guesses: options.guesses?.buffer },
    execArgv: filename.endsWith('.ts') ? ['--import', 'tsx'] : [],
    // A heap limit per worker, so that a pathological document kills its worker, not the run. V8
    // lets a heap fill with garbage up to a share of its limit before a full collection: with 2 GB,
    // each worker grew to 100 MB over the first 5,000 postings; with 512 MB it levels off near 70 MB.
    // The young generation is capped at 16 MB for the same reason, at no measured cost in speed.
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: 16 },
  });
  async function runTask(files: SourceFile[]): Promise<WorkerReply[] | TaskFailure> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), options.timeoutMs);
    try {
      const reply = (await piscina.run(files, { signal: abort.signal })) as TaskReply;
      if (Array.isArray(reply)) return reply;
      options.guesses?.learnt(reply.learnt);
      return reply.replies;
    } catch (e) {
      if (abort.signal.aborted) return { code: 'timeout', message: `no result after ${options.timeoutMs / 1000} s; document abandoned` };
      if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return { code: 'out-of-memory', message: `needs more memory than a worker has (run.workerHeapMb: ${options.heapMb} MB)` };
      }
      return { code: 'worker-crash', message: `worker died: ${(e as Error).message}` };
    } finally {
      clearTimeout(timer);
    }
  }

  async function processBatch(files: SourceFile[]): Promise<WorkerReply[]> {
    if (files.length === 0) return [];
    const replies = await runTask(files);
    if (Array.isArray(replies)) return replies;
    if (files.length === 1) return [{ ok: false, error: { path: files[0].relPath, stage: 'worker', ...replies } }];
    const alone: WorkerReply[] = [];
    for (const file of files) alone.push(...(await processBatch([file])));
    return alone;
  }

  return { processBatch, close: () => piscina.close({ force: true }) };
}
