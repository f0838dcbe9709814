import type { SourceFile } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { createPool } from './pool.js';

/** Runs the map step on documents whose bytes were read: one reply per file, in order. */
export interface Mapper {
  map(files: SourceFile[]): Promise<{ reply: WorkerReply; by: string }[]>;
  /** Gets ready for documents about to come (threads take seconds to load their models). */
  warm?(): void;
  /** What to show beside the bar (a queue's waiting and active jobs). */
  status?(): string;
  close(): Promise<void>;
}

/** Worker threads, started on the first document not in the cache: a rerun starts none. */
export function localMapper(start: () => ReturnType<typeof createPool>): Mapper {
  let pool: ReturnType<typeof createPool> | undefined;
  return {
    map: async (files) => (await (pool ??= start()).processBatch(files)).map((reply) => ({ reply, by: 'local threads' })),
    warm: () => void (pool ??= start()),
    close: async () => pool?.close(),
  };
}
