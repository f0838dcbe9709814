import type { SourceFile } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { Mapper } from './mapper.js';

/** A document read whose result is not in the cache: its file (with its bytes) and its cache key. */
export interface Miss {
  file: SourceFile;
  key: string;
}

type Computed = { reply: WorkerReply; by: string };

/**
 * Documents sent to the mapper before the run's loop reaches them. A resumed run's loop takes its
 * cached documents first, in order, on the main thread (a second or more for thousands of them);
 * its threads, started at once, would wait for their first document all that time. The documents
 * after the first one missing from the cache are sent to them at the start instead, and their
 * results taken from here when the loop comes to them.
 */
export class MapAhead {
  private readonly pending = new Map<string, Promise<Computed>>();

  constructor(private readonly mapper: Mapper) {}

  /** Sends these documents to the mapper now, as one task. */
  send(misses: Miss[]): void {
    if (misses.length === 0) return;
    const replies = this.mapper.map(misses.map((m) => m.file));
    for (const [i, m] of misses.entries()) {
      const one = replies.then((r) => r[i]);
      // A failure (Redis lost) is the loop's to see when it takes the result, not an unhandled one.
      one.catch(() => undefined);
      this.pending.set(idOf(m), one);
    }
  }

  /** The result of a document sent ahead (its key and path both the same), once; else undefined. */
  take(miss: Miss): Promise<Computed> | undefined {
    const id = idOf(miss);
    const found = this.pending.get(id);
    this.pending.delete(id);
    return found;
  }
}

function idOf(m: Miss): string {
  return `${m.key}\0${m.file.relPath}`;
}
