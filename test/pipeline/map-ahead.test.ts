import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { cachedMap, type Mapped, type WorkTally } from '../../src/pipeline/cached-map.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { discover, type Discovered } from '../../src/pipeline/discover.js';
import { MapAhead, type MapAheadLimits } from '../../src/pipeline/map-ahead.js';
import { localMapper, type Mapper } from '../../src/pipeline/mapper.js';
import { batches, forEachOrdered } from '../../src/pipeline/ordered.js';
import { createPool } from '../../src/pipeline/pool.js';
import { keyOfCachedRun, ReduceKey } from '../../src/pipeline/reduce-memo.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { ResultCache } from '../../src/store/cache.js';
import { expectSameOutputs, manifestOf, tempDir } from '../helpers/outputs.js';

const pipeline = loadPipeline();
const stages = { ingest: pipeline.ingest, clean: pipeline.clean, segment: pipeline.segment, extract: pipeline.extract };
const threads = localMapper(() => createPool({ workers: 1, timeoutMs: 60_000, heapMb: 512, stages }));
afterAll(() => threads.close());

/** The thread mapper, counting the documents it is given; runs do not close it (the suite does). */
const mapped: string[] = [];
const mapper: Mapper = { map: (files) => (mapped.push(...files.map((f) => basename(f.relPath))), threads.map(files)), close: async () => undefined };

/** A generated posting made new: its bytes (and so its cache key) are no earlier document's. */
function newPosting(dir: string, from: string, name: string): void {
  writeFileSync(join(dir, name), `${readFileSync(join(dir, from), 'utf8')}\nApply by sending your CV to jobs@example.org.\n`);
}

const resultsOf = (out: Mapped[]) =>
  out.map(({ reply }) => {
    if (!('ok' in reply) || !reply.ok) throw new Error('failed');
    const { timings: _t, ...result } = reply.result;
    return JSON.stringify(result);
  });

/** The map step of run.ts over `dir`: the first pass, then the loop, with a scout of these limits when a cache is given. */
async function mapAll(dir: string, cache: ResultCache | undefined, limits: MapAheadLimits) {
  const tally: WorkTally = { fromCache: 0, computed: 0, computedBy: {}, reduce: 'computed' };
  const stageMs = { ingest: 0, clean: 0, segment: 0, extract: 0 };
  const maxFileBytes = pipeline.ingest.maxFileBytes;
  let ahead: MapAhead | undefined;
  let scouting: Promise<void> | undefined;
  if (cache) {
    ahead = new MapAhead(mapper, { cache, scope: 'scope', maxFileBytes }, limits);
    const pass = await keyOfCachedRun(batches(discover([dir]), 4), { cache, scope: 'scope', maxFileBytes, key: ReduceKey.of(pipeline, 'none', undefined), scout: ahead, tick: () => undefined });
    if ('scouting' in pass) scouting = pass.scouting;
  }
  const out: Mapped[] = [];
  await forEachOrdered<Discovered[], Mapped[]>(batches(discover([dir]), 4), { concurrency: 1, window: 2 }, cachedMap({ mapper, cache, scope: 'scope', maxFileBytes, tally, stageMs, ahead }), (m) => void out.push(...m));
  ahead?.stop();
  await scouting;
  return { results: resultsOf(out), tally };
}

describe('a resumed run scouting ahead of its loop', () => {
  it('takes each document once, from the cache or from the mapper, in order, whatever it keeps in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptax-ahead-'));
    generateCorpus(dir, 10);
    const plain = await mapAll(dir, undefined, { batch: 1, inFlight: 1, hits: 0, held: 0 });
    const names = readdirSync(dir).sort();
    // A cache holding the results of these documents only: from a run over copies of them.
    const cached = [0, 1, 2, 5, 6, 9];
    const part = mkdtempSync(join(tmpdir(), 'comptax-ahead-part-'));
    for (const i of cached) writeFileSync(join(part, names[i]), readFileSync(join(dir, names[i])));
    const cache = new ResultCache(join(mkdtempSync(join(tmpdir(), 'comptax-ahead-cache-')), 'c.sqlite'), { warn: () => undefined });
    await mapAll(part, cache, { batch: 2, inFlight: 1, hits: 0, held: 0 });
    mapped.length = 0;
    // The first pass stops at the fourth document; the scout remembers one cached key at a time, holds no result.
    const resumed = await mapAll(dir, cache, { batch: 2, inFlight: 1, hits: 1, held: 0 });
    expect(resumed.results).toEqual(plain.results);
    expect(resumed.tally).toMatchObject({ fromCache: cached.length, computed: 10 - cached.length });
    // Each document not in the cache mapped once (results let go read back from the cache), none of the cached ones.
    expect([...mapped].sort()).toEqual(names.filter((_, i) => !cached.includes(i)));
    cache.close();
  }, 120_000);

  it('sends a document to compute to the mapper before the loop has collected the cached ones before it', async () => {
    const dir = tempDir('ahead-run');
    generateCorpus(dir, 90);
    const cacheFile = join(tempDir('ahead-cache'), 'cache.sqlite');
    const run = (out: string, cache: boolean, threadsOf: Mapper = mapper) =>
      runPipeline({ inputs: [dir], out, pipeline, workers: 1, progress: false, cacheFile: cache ? cacheFile : undefined, threads: threadsOf, warn: () => undefined });
    await run(tempDir('ahead-first'), true);
    // Two new postings: one second in the walk, one last, 90 cached ones between them.
    const early = 'posting-000000b.txt';
    const late = 'posting-000089b.txt';
    newPosting(dir, 'posting-000005.txt', early);
    newPosting(dir, 'posting-000007.txt', late);
    const reference = tempDir('ahead-reference');
    await run(reference, false);

    // The early one's result is held back until the mapper is asked for the late one (or 20 s pass):
    // a loop that sends documents only as it reaches them would wait on the early one first.
    const events: string[] = [];
    let askedLate!: () => void;
    const lateAsked = new Promise<void>((r) => (askedLate = r));
    const watching: Mapper = {
      map: async (files) => {
        const names = files.map((f) => basename(f.relPath));
        for (const n of names) events.push(`asked ${n}`);
        if (names.includes(late)) askedLate();
        if (names.includes(early)) await Promise.race([lateAsked, new Promise((r) => setTimeout(r, 20_000))]);
        const replies = await mapper.map(files);
        for (const n of names) events.push(`answered ${n}`);
        return replies;
      },
      close: async () => undefined,
    };
    const out = tempDir('ahead-resumed');
    await run(out, true, watching);
    expect(events.indexOf(`asked ${late}`)).toBeGreaterThanOrEqual(0);
    expect(events.indexOf(`asked ${late}`)).toBeLessThan(events.indexOf(`answered ${early}`));
    expect(events.filter((e) => e.startsWith('asked'))).toHaveLength(2);
    expect(manifestOf(out).work).toMatchObject({ fromCache: 90, computed: 2, computedBy: { 'local threads': 2 } });
    expectSameOutputs(out, reference);
  }, 300_000);
});
