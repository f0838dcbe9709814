import { availableParallelism } from 'node:os';
import type { SourceFile } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { Pipeline } from './config.js';
import { GuessCarrier, type GuessRow } from './guess-carrier.js';
import { createPool } from './pool.js';

/** Runs the map step on documents whose bytes were read: one reply per file, in order. */
export interface Mapper {
  map(files: SourceFile[]): Promise<{ reply: WorkerReply; by: string }[]>;
  /** Gets ready for documents about to come (threads take seconds to load their models). */
  warm?(): void;
  /**
   * Gives the threads compromise's answers kept by earlier runs; the ones they learn go to `keep`.
   * Called once the cache is open, before any document is sent (the threads wait for it at their first).
   */
  carry?(rows: GuessRow[], keep: (rows: GuessRow[]) => void): void;
  /** What to show beside the bar (a queue's waiting and active jobs). */
  status?(): string;
  close(): Promise<void>;
}

/** Worker threads, started on the first document not in the cache: a rerun starts none. Closing twice closes once. */
export function localMapper(start: () => ReturnType<typeof createPool>, guesses?: GuessCarrier): Mapper {
  let pool: ReturnType<typeof createPool> | undefined;
  let closed: Promise<void> | undefined;
  return {
    map: async (files) => (await (pool ??= start()).processBatch(files)).map((reply) => ({ reply, by: 'local threads' })),
    warm: () => void (pool ??= start()),
    carry: guesses && ((rows, keep) => guesses.fill(rows, keep)),
    close: () => (closed ??= Promise.resolve(pool?.close())),
  };
}

/** The number of worker threads of a local run: as asked, else one per CPU. */
export function threadCount(asked: number | undefined): number {
  return Math.max(1, asked ?? availableParallelism());
}

/**
 * A local run's worker threads for this pipeline. A module of its own with few imports, so that the
 * CLI can start the threads before it loads the rest of the run's code (see RunOptions.threads).
 * `carry`: the run has a cache, whose answers of compromise the threads take (see Mapper.carry).
 */
export function localThreads(pipeline: Pipeline, workers: number, options: { workerFile?: URL; carry?: boolean } = {}): Mapper {
  const guesses = options.carry ? new GuessCarrier() : undefined;
  return localMapper(() =>
    createPool({
      workers,
      timeoutMs: pipeline.options.run.documentTimeoutMs,
      heapMb: pipeline.options.run.workerHeapMb,
      stages: { ingest: pipeline.ingest, clean: pipeline.clean, segment: pipeline.segment, extract: pipeline.extract },
      workerFile: options.workerFile,
      guesses,
    }),
    guesses,
  );
}
