import { BroadcastChannel } from 'node:worker_threads';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { guessVerb, verbGuessText } from '../../src/extract/verbs.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { GuessCarrier, readCarried } from '../../src/pipeline/guess-carrier.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { expectSameOutputs, manifestOf, tempDir } from '../helpers/outputs.js';

const pipeline = loadPipeline();
const workerFile = new URL('../fixtures/workers/counting.ts', import.meta.url);

// What each thread of the runs says after each task: its count of compromise calls so far.
const channel = new BroadcastChannel('comptax-test-compromise-calls');
const lastCount = new Map<number, number>();
channel.onmessage = (e) => {
  const { threadId, calls } = (e as { data: { threadId: number; calls: number } }).data;
  lastCount.set(threadId, calls);
};
afterAll(() => channel.close());
/** compromise calls made by the threads since the last call (threads are new in each run). */
function callsSince(): number {
  const sum = [...lastCount.values()].reduce((a, b) => a + b, 0);
  lastCount.clear();
  return sum;
}
/** Lets the last broadcast messages of a run's threads arrive. */
const settle = () => new Promise((r) => setTimeout(r, 200));

describe('compromise answers carried across runs in the cache', () => {
  const corpus = tempDir('guess-corpus');
  generateCorpus(corpus, 24);

  it('a resumed run asks compromise nothing it asked before, with the same outputs', async () => {
    const plain = tempDir('guess-plain');
    await runPipeline({ inputs: [corpus], out: plain, pipeline, workers: 2, progress: false });

    const out1 = tempDir('guess-first');
    const cacheFile = join(tempDir('guess-cache'), 'cache.sqlite');
    await runPipeline({ inputs: [corpus], out: out1, pipeline, workers: 2, progress: false, cacheFile, workerFile });
    await settle();
    const firstCalls = callsSince();
    expect(firstCalls).toBeGreaterThan(0);

    // The answers kept are compromise's own: asked again here, each pair gives the stored answer.
    const db = new Database(cacheFile);
    const rows = db.prepare('SELECT pair, answer FROM verb_guesses').all() as { pair: string; answer: string }[];
    // (Two threads may both ask about a pair: it is kept once.)
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(firstCalls);
    for (const { pair, answer } of rows) {
      const space = pair.indexOf(' ');
      expect(verbGuessText(guessVerb(pair.slice(0, space), pair.slice(space + 1))), pair).toBe(answer);
    }
    expect(rows.some((r) => r.answer !== '')).toBe(true);
    // As a run killed before it stored any result leaves it (results lost, answers kept): every document is computed again.
    db.exec('DELETE FROM results; DELETE FROM reduce_runs; DELETE FROM reduce_files;');
    db.close();

    const out2 = tempDir('guess-second');
    await runPipeline({ inputs: [corpus], out: out2, pipeline, workers: 2, progress: false, cacheFile, workerFile });
    await settle();
    expect(manifestOf(out2).work.computed).toBe(24);
    expect(callsSince()).toBe(0);
    expectSameOutputs(out2, out1);
    expectSameOutputs(out1, plain);
  }, 120_000);
});

describe('GuessCarrier', () => {
  it('hands the rows to a reader once filled, and what threads learn to the keeper, held until there is one', () => {
    const carrier = new GuessCarrier();
    expect(readCarried(carrier.buffer, 0)).toBeUndefined();
    carrier.learnt([['liaises with', 's liaise']]);
    const kept: [string, string][] = [];
    carrier.fill([['oversees daily', 's oversee'], ['wrangles ', '']], (rows) => kept.push(...rows));
    expect(readCarried(carrier.buffer, 0)).toEqual([['oversees daily', 's oversee'], ['wrangles ', '']]);
    expect(kept).toEqual([['liaises with', 's liaise']]);
    carrier.learnt([['curates content', 's curate']]);
    expect(kept).toEqual([['liaises with', 's liaise'], ['curates content', 's curate']]);
  });
});
