import { Piscina } from 'piscina';
import type { SourceFile } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { DocumentStages } from './analyze.js';

export interface PoolOptions {
  workers: number;
  /** Per-document limit; a document past it is abandoned and its worker replaced. */
  timeoutMs: number;
  stages: DocumentStages;
  /** Another worker module (tests use one that hangs or dies). */
  workerFile?: URL;
  /** Heap limit per worker, so that a pathological document kills its worker, not the run. */
  workerHeapMb?: number;
}

export interface DocumentPool {
  readonly size: number;
  process(file: SourceFile): Promise<WorkerReply>;
  close(): Promise<void>;
}

// Under vitest/tsx the sources run as .ts and tsc does not rewrite the worker's file name, so the
// worker is picked by the extension this module itself was loaded with.
const RUNNING_TS = import.meta.url.endsWith('.ts');

export function createPool(options: PoolOptions): DocumentPool {
  const filename = (options.workerFile ?? new URL(`../worker.${RUNNING_TS ? 'ts' : 'js'}`, import.meta.url)).href;
  const piscina = new Piscina({
    filename,
    minThreads: options.workers,
    maxThreads: options.workers,
    idleTimeout: 60_000,
    workerData: { stages: options.stages },
    execArgv: filename.endsWith('.ts') ? ['--import', 'tsx'] : [],
    resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? 2048 },
  });
  return {
    size: options.workers,
    async process(file) {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), options.timeoutMs);
      try {
        return (await piscina.run(file, { signal: abort.signal })) as WorkerReply;
      } catch (e) {
        if (abort.signal.aborted) {
          return {
            ok: false,
            error: { path: file.relPath, stage: 'worker', code: 'timeout', message: `no result after ${options.timeoutMs / 1000} s; document abandoned` },
          };
        }
        return { ok: false, error: { path: file.relPath, stage: 'worker', code: 'worker-crash', message: `worker died: ${(e as Error).message}` } };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => piscina.close({ force: true }),
  };
}
