// Carries compromise's answers (see guessVerb) from the cache to the worker threads, and the new ones back.
// The threads start before the cache is opened (they take a second to load their models), so their
// workerData holds a shared buffer that the main thread fills once it has read the cache; a thread
// reads it at its first task, which can only come after that.

/** Pair -> answer, as the cache and guessVerb's carryVerbGuesses hold them. */
export type GuessRow = [pair: string, answer: string];

/** The most answers kept for a build; a run's 5,000 postings ask compromise about a few hundred pairs. */
export const MAX_CARRIED = 20_000;
/** A longer pair is not carried (a token that is a URL or code): the answers' size stays bounded. */
export const MAX_PAIR_CHARS = 100;
const MAX_BYTES = 8 << 20;
const HEADER = 8;
/** A growable SharedArrayBuffer (Node 20; TypeScript's lib here predates it). */
type Growable = SharedArrayBuffer & { grow(bytes: number): void };
const Growable = SharedArrayBuffer as unknown as new (bytes: number, options: { maxByteLength: number }) => Growable;

/** The main thread's side: one per set of threads. */
export class GuessCarrier {
  /** For the threads' workerData: [state (0 waiting, 1 filled), byte length] then the answers as JSON. */
  readonly buffer: Growable = new Growable(HEADER, { maxByteLength: MAX_BYTES });
  private keep: ((rows: GuessRow[]) => void) | undefined;
  private pending: GuessRow[] = [];

  /** Gives the threads these answers (once); what they learn from then on goes to `keep`. */
  fill(rows: GuessRow[], keep: (rows: GuessRow[]) => void): void {
    let bytes = Buffer.from(JSON.stringify(rows));
    // Bounded by MAX_CARRIED rows of MAX_PAIR_CHARS: this only guards against a foreign table.
    while (bytes.length > MAX_BYTES - HEADER) bytes = Buffer.from(JSON.stringify((rows = rows.slice(0, rows.length >> 1))));
    const state = new Int32Array(this.buffer, 0, 2);
    if (Atomics.load(state, 0) === 0) {
      this.buffer.grow(HEADER + bytes.length);
      new Uint8Array(this.buffer, HEADER).set(bytes);
      Atomics.store(state, 1, bytes.length);
      Atomics.store(state, 0, 1);
      Atomics.notify(state, 0);
    }
    this.keep = keep;
    if (this.pending.length) keep(this.pending.splice(0));
  }

  /** Answers a thread learnt (sent back with its task's replies). */
  learnt(rows: GuessRow[]): void {
    if (this.keep) this.keep(rows);
    else if (this.pending.length < MAX_CARRIED) this.pending.push(...rows);
  }
}

/**
 * The thread's side: the answers in the buffer, waiting up to `waitMs` for the main thread to fill
 * it; undefined if it is still empty then (the thread goes on without, and looks again later).
 */
export function readCarried(buffer: SharedArrayBuffer, waitMs: number): GuessRow[] | undefined {
  const state = new Int32Array(buffer, 0, 2);
  if (Atomics.load(state, 0) === 0 && waitMs > 0) Atomics.wait(state, 0, 0, waitMs);
  if (Atomics.load(state, 0) === 0) return undefined;
  const length = Atomics.load(state, 1);
  return JSON.parse(Buffer.from(buffer, HEADER, length).toString('utf8')) as GuessRow[];
}
