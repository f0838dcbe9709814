import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { cachedMap, type WorkTally } from '../../src/pipeline/cached-map.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { MapAhead, type Miss } from '../../src/pipeline/map-ahead.js';
import { localMapper, type Mapper } from '../../src/pipeline/mapper.js';
import { createPool } from '../../src/pipeline/pool.js';
import { readPosting } from '../../src/pipeline/read-posting.js';

const pipeline = loadPipeline();
const stages = { ingest: pipeline.ingest, clean: pipeline.clean, segment: pipeline.segment, extract: pipeline.extract };
const threads = localMapper(() => createPool({ workers: 1, timeoutMs: 60_000, heapMb: 512, stages }));
/** The thread mapper, counting the documents it is given. */
const mapped: string[] = [];
const mapper: Mapper = { map: (files) => (mapped.push(...files.map((f) => f.relPath)), threads.map(files)), close: () => threads.close() };
afterAll(() => mapper.close());

const dir = mkdtempSync(join(tmpdir(), 'comptax-ahead-'));
generateCorpus(dir, 6);
const files = readdirSync(dir)
  .sort()
  .map((name) => ({ path: join(dir, name), relPath: name }));

function run(ahead?: MapAhead) {
  const tally: WorkTally = { fromCache: 0, computed: 0, computedBy: {}, reduce: 'computed' };
  const stageMs = { ingest: 0, clean: 0, segment: 0, extract: 0 };
  return cachedMap({ mapper, cache: undefined, scope: 'scope', maxFileBytes: pipeline.ingest.maxFileBytes, tally, stageMs, ahead })(files.map((file) => ({ file })));
}

function miss(i: number, key?: string): Miss {
  const read = readPosting(files[i], pipeline.ingest.maxFileBytes);
  if ('error' in read) throw new Error(read.error.message);
  return { file: read.file, key: key ?? `scope${read.contentHash}` };
}

const resultsOf = (out: Awaited<ReturnType<ReturnType<typeof cachedMap>>>) =>
  out.map(({ reply }) => {
    if (!('ok' in reply) || !reply.ok) throw new Error('failed');
    const { timings: _t, ...result } = reply.result;
    return JSON.stringify(result);
  });

describe('documents sent ahead of their turn', () => {
  it('are mapped once, and their results come back in the loop in the documents order', async () => {
    const plain = resultsOf(await run());
    expect(mapped).toEqual(files.map((f) => f.relPath));
    mapped.length = 0;
    const ahead = new MapAhead(mapper);
    // The fourth and second documents sent first, and one under a key its bytes no longer have.
    ahead.send([miss(3), miss(1), miss(5, 'scope-stale')]);
    expect(resultsOf(await run(ahead))).toEqual(plain);
    // The stale one was mapped again in the loop, the others were not.
    expect([...mapped].sort()).toEqual([3, 1, 5, 0, 2, 4, 5].map((i) => files[i].relPath).sort());
    expect(ahead.take(miss(3))).toBeUndefined();
  }, 120_000);
});
