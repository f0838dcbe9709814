import type { ResultCache } from '../store/cache.js';
import type { SourceFile } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { Discovered } from './discover.js';
import type { Mapper } from './mapper.js';
import { readPosting, type ReadPosting } from './read-posting.js';

/** A document read whose result is not in the cache: its file (with its bytes) and its cache key. */
export interface Miss {
  file: SourceFile;
  key: string;
}

type Computed = { reply: WorkerReply; by: string };

/**
 * A document sent ahead, once mapped: its reply (absent when it was let go to bound memory: it is
 * in the cache then), where it was computed, and whether it went into the cache.
 */
export interface Settled {
  reply?: WorkerReply;
  by: string;
  stored: boolean;
}

/**
 * What the scout learnt of a document at its place in the walk: its path, its cache key, and, for one
 * it sent to the mapper, the result to come. Without `result`, the document was in the cache.
 */
export interface Scouted {
  path: string;
  relPath: string;
  key: string;
  result?: Promise<Settled>;
}

export interface MapAheadLimits {
  /** Documents per task sent to the mapper. */
  batch: number;
  /** Tasks sent and not yet answered, at most: the workers' queue. */
  inFlight: number;
  /** Cached documents remembered ahead of the loop (a key and two paths each); past that the loop reads them again. */
  hits: number;
  /** Mapped results held in memory ahead of the loop; past that they are read back from the cache. */
  held: number;
}

export interface ScoutOptions {
  cache: ResultCache;
  scope: string;
  maxFileBytes: number;
}

/**
 * A scout that walks the documents ahead of the run's loop. A resumed run's loop takes its cached
 * documents in order on the main thread (get, parse, collect: ~0.4 ms each, seconds for tens of
 * thousands of them), and the documents to compute come after them. The scout reads and hashes each
 * document once, looks its key up, sends those not in the cache to the mapper as it finds them (a
 * few tasks ahead of the workers, so that they never wait for the loop), and keeps the keys of the
 * cached ones so that the loop does not read and hash them again. The loop takes what it learnt by
 * the document's place in the walk (both walks go the same way), checking the path; a document the
 * scout has not reached, or found otherwise, the loop reads and maps itself, and the scout skips.
 *
 * Memory stays bounded whatever the corpus: the bytes of at most a batch of documents wait to be
 * sent, `limits.inFlight` tasks are out, at most `limits.hits` cached keys and `limits.held`
 * results are kept ahead of the loop; a result past that is in the cache (the scout stores each
 * one as it comes, as the loop would) and the loop reads it back from there.
 */
export class MapAhead {
  private readonly known = new Map<number, Scouted>();
  private unsent: { ordinal: number; miss: Miss }[] = [];
  /** Documents (by place) the loop has reached: the scout skips them. */
  private reached = 0;
  private hitsKept = 0;
  private held = 0;
  private inFlight = 0;
  private wake: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly mapper: Mapper,
    private readonly options: ScoutOptions,
    private readonly limits: MapAheadLimits,
  ) {}

  /** A document the walk found at `ordinal`, read: remembered if cached, sent (with the next ones) if not. */
  look(ordinal: number, read: ReadPosting): void {
    if ('error' in read) return;
    const key = this.options.scope + read.contentHash;
    if (this.options.cache.has(key)) return this.remember(ordinal, read.file, key);
    this.unsent.push({ ordinal, miss: { file: read.file, key } });
    // A full task, or workers with nothing to do (the first miss, or sparse ones): sent now.
    if (this.unsent.length >= this.limits.batch || this.inFlight === 0) this.flush();
  }

  /** A document at `ordinal` whose result is in the cache under `key`: the loop need not read it again. */
  remember(ordinal: number, file: SourceFile, key: string): void {
    if (this.hitsKept >= this.limits.hits) return;
    this.hitsKept++;
    this.known.set(ordinal, { path: file.path, relPath: file.relPath, key });
  }

  /** Sends the documents waiting for a full batch, as one task. */
  flush(): void {
    const misses = this.unsent;
    if (misses.length === 0) return;
    this.unsent = [];
    this.inFlight++;
    const replies = this.mapper.map(misses.map((m) => m.miss.file)).then(
      (computed) => this.settle(misses, computed),
      (error: unknown) => {
        // A failure (Redis lost) is the loop's to see when it takes the result, not an unhandled one.
        this.answered();
        throw error;
      },
    );
    replies.catch(() => undefined);
    for (const [i, { ordinal, miss }] of misses.entries()) {
      const one = replies.then((settled) => settled[i]);
      one.catch(() => undefined);
      // The bytes were for the mapper: what the loop needs is the key and the paths.
      this.known.set(ordinal, { path: miss.file.path, relPath: miss.file.relPath, key: miss.key, result: one });
    }
  }

  /** Stores a task's results in the cache (one commit, as the loop does), keeping at most `limits.held` in memory. */
  private settle(misses: { miss: Miss }[], computed: Computed[]): Settled[] {
    this.answered();
    const rows: [string, string][] = [];
    const out = computed.map(({ reply, by }, i): Settled => {
      const stored = cacheable(reply);
      if (stored) rows.push([misses[i].miss.key, JSON.stringify(reply)]);
      if (stored && this.held >= this.limits.held) return { by, stored };
      this.held++;
      return { reply, by, stored };
    });
    this.options.cache.put(rows);
    return out;
  }

  private answered(): void {
    this.inFlight--;
    this.wake?.();
    if (this.inFlight === 0 && !this.stopped) this.flush();
  }

  /**
   * What the scout learnt of the document at `ordinal` (the loop's place in the walk), if it is this
   * file; once. Called by the loop in order: every earlier place is passed.
   */
  take(ordinal: number, file: SourceFile): Scouted | undefined {
    this.reached = Math.max(this.reached, ordinal + 1);
    if (this.unsent.some((u) => u.ordinal === ordinal)) this.flush();
    const found = this.known.get(ordinal);
    if (!found) return undefined;
    this.known.delete(ordinal);
    if (found.result) void found.result.then((s) => s.reply && this.held--, () => undefined);
    else this.hitsKept--;
    return found.path === file.path && found.relPath === file.relPath ? found : undefined;
  }

  /**
   * Goes on with the walk from `ordinal` (the first pass stopped there) to its end, or until the run
   * stops it: reads each document the loop has not reached, and looks it up.
   */
  async run(files: AsyncIterator<Discovered[]>, ordinal: number): Promise<void> {
    try {
      while (!this.stopped) {
        while (this.inFlight >= this.limits.inFlight && !this.stopped) await new Promise<void>((r) => (this.wake = r));
        this.wake = undefined;
        if (this.stopped) break;
        const next = await files.next();
        if (next.done) break;
        for (const d of next.value) {
          const place = ordinal++;
          if (place >= this.reached && 'file' in d) this.look(place, readPosting(d.file, this.options.maxFileBytes));
        }
        // The replies of the workers (and their next tasks) wait for the main thread: let them through.
        await new Promise<void>((r) => setImmediate(r));
      }
      if (!this.stopped) this.flush();
    } catch {
      // The loop reads and maps for itself whatever the scout did not reach.
    } finally {
      await files.return?.(undefined);
    }
  }

  /** Ends the walk (the run is done or failed). */
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }
}

/**
 * A failure worth remembering is one the same bytes would meet again (a corrupt or empty file).
 * A timeout, a dead worker or our own bug may go another way next time: never cached.
 */
export function cacheable(reply: WorkerReply): boolean {
  return reply.ok || (reply.error.stage !== 'worker' && reply.error.code !== 'internal');
}
