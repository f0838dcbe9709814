import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NODE_ARGS, ROOT } from '../helpers/cli.js';

// A run's process as `comptax run` starts it (its V8 flags), allocating in its own thread as the map's
// collection of results does, then in a pool worker as extraction does: how far each young generation grew (MB).
const SCRIPT = `
const { createPool } = await import('./src/pipeline/pool.ts');
const { loadPipeline } = await import('./src/pipeline/config.ts');
const workerFile = new URL('./test/fixtures/workers/young-generation.ts', 'file://' + process.cwd() + '/');
const { default: allocate } = await import(workerFile.href);
const [main] = allocate();
const p = loadPipeline();
const pool = createPool({ workers: 1, timeoutMs: 60000, heapMb: 512, workerFile, stages: { ingest: p.ingest, clean: p.clean, segment: p.segment, extract: p.extract } });
const [worker] = await pool.processBatch([{ path: 'none', relPath: 'none' }]);
await pool.close();
process.stdout.write(JSON.stringify({ main, worker }));
`;

describe("a run's memory", () => {
  it("keeps the run's own thread's young generation at the workers' 16 MB, not V8's 32", () => {
    const r = spawnSync(process.execPath, [...NODE_ARGS, '--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ main: 16, worker: 16 });
  });
});
