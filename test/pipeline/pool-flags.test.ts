import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// A process that has run regexes (every CLI has: its options, the pipeline's schema), then starts
// the pool, then runs those regexes again through garbage collections: what a run's main thread
// does. Turning V8's regexp tier-up off at that point made V8 crash with a segmentation fault,
// silently, in about half of such processes (a resumed run died with no word in CI).
const SCRIPT = `
const { createPool } = await import('./src/pipeline/pool.ts');
const { loadPipeline } = await import('./src/pipeline/config.ts');
const regexes = Array.from({ length: 6000 }, (_, i) => new RegExp('(?:foo' + i + '|ba+r' + (i % 7) + ')\\\\s+\\\\w+', 'g'));
const text = 'foo12 hello baaar3 world '.repeat(20);
const runAll = (times) => regexes.forEach((r, i) => { for (let k = 0; k < times(i); k++) { r.lastIndex = 0; r.test(text); } });
runAll((i) => [1, 5, 50][i % 3]);
const p = loadPipeline();
const pool = createPool({ workers: 1, timeoutMs: 60000, heapMb: 512, stages: { ingest: p.ingest, clean: p.clean, segment: p.segment, extract: p.extract } });
for (let round = 0; round < 300; round++) {
  runAll(() => 1);
  if (round % 10 === 0) gc();
  Array.from({ length: 20000 }, (_, j) => ({ j, s: 'x' + j }));
}
await pool.close();
process.stdout.write('done');
`;

describe('the worker pool', () => {
  it('sets no V8 flag that crashes a process whose code already ran', () => {
    for (let i = 0; i < 4; i++) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      expect({ status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr.slice(-500) }).toEqual({ status: 0, signal: null, stdout: 'done', stderr: '' });
    }
  });
});
