// Promise.withResolvers arrives only in Node 22.
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export interface OrderedOptions {
  /** Items being worked on at once. */
  concurrency: number;
  /** Items started but not yet consumed, at most: bounds memory while one slow item holds the line. */
  window: number;
}

/**
 * Runs `work` on items with bounded concurrency, and hands results to `consume` in the items' own
 * order, so that outputs are identical whatever the worker count or finishing order. A document's
 * failure is a result too; `work` rejects only when the whole run cannot go on (Redis lost), and
 * then so does this, once.
 */
export async function forEachOrdered<I, O>(
  items: AsyncIterable<I>,
  options: OrderedOptions,
  work: (item: I) => Promise<O>,
  consume: (out: O, item: I) => Promise<void> | void,
): Promise<void> {
  const source = items[Symbol.asyncIterator]();
  const ready = new Map<number, { item: I; out: O }>();
  let started = 0;
  let consumed = 0;
  let running = 0;
  let exhausted = false;
  let failure: { error: unknown } | undefined;
  const rethrow = () => {
    if (failure) throw failure.error;
  };
  let signal = deferred();

  for (;;) {
    while (!exhausted && running < options.concurrency && started - consumed < options.window) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const index = started++;
      running++;
      void work(next.value).then(
        (out) => {
          ready.set(index, { item: next.value, out });
          running--;
          signal.resolve();
        },
        (error: unknown) => {
          failure ??= { error };
          signal.resolve();
        },
      );
    }
    rethrow();
    const before = consumed;
    while (ready.has(consumed)) {
      const { item, out } = ready.get(consumed)!;
      ready.delete(consumed);
      consumed++;
      await consume(out, item);
    }
    if (exhausted && consumed === started) return;
    // Consuming made room: start more before waiting.
    if (consumed > before) continue;
    await signal.promise;
    signal = deferred();
    rethrow();
  }
}

/** Groups consecutive items into arrays of `size` (the last one may be shorter). */
export async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
