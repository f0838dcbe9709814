import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { comptax, MAIN, NODE_ARGS, ROOT } from '../helpers/cli.js';
import { expectSameOutputs, manifestOf, tempDir } from '../helpers/outputs.js';

/** A small corpus from corpus/ (every format) plus a corrupt PDF, so that failures are covered too. */
function smallCorpus(): string {
  const dir = tempDir('cache-corpus');
  for (const name of readdirSync(join(ROOT, 'corpus')).filter((n) => /^(am|nu|se)-0[12]/.test(n))) copyFileSync(join(ROOT, 'corpus', name), join(dir, name));
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF trailing garbage');
  return dir;
}

const run = (input: string, out: string, extra: { cacheFile?: string; pipelineFile?: string } = {}) =>
  runPipeline({ inputs: [input], out, pipeline: loadPipeline(extra.pipelineFile), workers: 2, progress: false, cacheFile: extra.cacheFile, warn: () => undefined });

describe('comptax run with the result cache', () => {
  const corpus = smallCorpus();
  const documents = readdirSync(corpus).length;
  const reference = tempDir('cache-reference');
  const out = tempDir('cache-out');
  const cacheFile = join(out, '.comptax', 'cache.sqlite');

  beforeAll(async () => {
    await run(corpus, reference);
    await run(corpus, out, { cacheFile });
  }, 300_000);

  it('computes every document once and gives the outputs of a run without a cache', () => {
    expect(manifestOf(out).work).toMatchObject({ fromCache: 0, computed: documents, computedBy: { 'local threads': documents }, reduce: 'computed' });
    expect(manifestOf(out).counts.failed).toBe(1);
    expectSameOutputs(out, reference);
  });

  it('does no per-document work when run again, failures included, with the same outputs', async () => {
    const summary = await run(corpus, out, { cacheFile });
    expect(summary.fromCache).toBe(documents);
    expect(manifestOf(out).work).toMatchObject({ fromCache: documents, computed: 0, computedBy: {} });
    expectSameOutputs(out, reference);
  });

  it('publishes the earlier reduce when nothing it depends on changed: identical outputs and report, counts included', async () => {
    const again = tempDir('cache-again');
    const summary = await run(corpus, again, { cacheFile });
    expect(manifestOf(again).work).toMatchObject({ fromCache: documents, computed: 0, reduce: 'cache' });
    expect(manifestOf(again).timings.taxonomyMs).toBe(0);
    expect(manifestOf(again).counts).toEqual(manifestOf(reference).counts);
    expect(summary).toMatchObject({ documents, failed: 1, exitCode: 3 });
    expectSameOutputs(again, reference);
    expect(readFileSync(join(again, 'report.html')).equals(readFileSync(join(reference, 'report.html')))).toBe(true);
  });

  it('never takes a cache kept among the inputs for a posting', async () => {
    const inside = join(corpus, 'cache.sqlite');
    const first = tempDir('cache-inside');
    await run(corpus, first, { cacheFile: inside });
    await run(corpus, first, { cacheFile: inside });
    expect(manifestOf(first).counts.documents).toBe(documents);
    expect(manifestOf(first).work.fromCache).toBe(documents);
    rmSync(inside);
  });

  it('takes results for the same bytes under other paths, with those paths and ids', async () => {
    const moved = join(tempDir('cache-moved'), 'renamed');
    cpSync(corpus, moved, { recursive: true });
    const expected = tempDir('cache-moved-expected');
    await run(moved, expected);
    const shared = tempDir('cache-moved-out');
    await run(moved, shared, { cacheFile });
    expect(manifestOf(shared).work.fromCache).toBe(documents);
    expectSameOutputs(shared, expected);
  });

  it('recomputes everything when a data file of the per-document stages changes, and nothing for a taxonomy option', async () => {
    const pipelines = tempDir('cache-pipelines');
    cpSync(join(ROOT, 'pipelines'), pipelines, { recursive: true });
    const lexiconFile = join(pipelines, 'extract', 'lexicon.json');
    const lexicon = JSON.parse(readFileSync(lexiconFile, 'utf8'));
    lexicon.dutyVerbs.push('reconcile');
    writeFileSync(lexiconFile, JSON.stringify(lexicon));
    const changed = tempDir('cache-changed');
    await run(corpus, changed, { cacheFile, pipelineFile: join(pipelines, 'default.json') });
    expect(manifestOf(changed).work).toMatchObject({ fromCache: 0, computed: documents });

    const pipelineFile = join(pipelines, 'default.json');
    const config = JSON.parse(readFileSync(pipelineFile, 'utf8'));
    config.taxonomy.mergeThreshold = 0.6;
    writeFileSync(pipelineFile, JSON.stringify(config));
    await run(corpus, changed, { cacheFile, pipelineFile });
    // Every document from the cache, but the reduce computed again: its options changed.
    expect(manifestOf(changed).work).toMatchObject({ fromCache: documents, computed: 0, reduce: 'computed' });
    const uncached = tempDir('cache-changed-uncached');
    await run(corpus, uncached, { pipelineFile });
    expectSameOutputs(changed, uncached);
    await run(corpus, changed, { cacheFile, pipelineFile });
    expect(manifestOf(changed).work).toMatchObject({ reduce: 'cache' });
    expectSameOutputs(changed, uncached);
  });
});

describe('comptax run killed with SIGKILL', () => {
  it('leaves no finished-looking output, and run again finishes from the cache with identical outputs', async () => {
    const corpus = join(ROOT, 'corpus');
    const reference = tempDir('kill-reference');
    await runPipeline({ inputs: [corpus], out: reference, pipeline: loadPipeline(), workers: 1, progress: false });

    const out = tempDir('kill-out');
    mkdirSync(out, { recursive: true });
    const cacheFile = join(out, '.comptax', 'cache.sqlite');
    const child = spawn(process.execPath, [...NODE_ARGS, MAIN, 'run', corpus, '--out', out, '--workers', '1', '--no-progress'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // (What the run said, and whether it had ended, for a failure here to say why.)
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let exitCode: number | string | null | undefined;
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exitCode = code ?? signal))));
    // Killed once a few documents are in the cache, long before the end.
    let rows = 0;
    for (let i = 0; i < 1200 && rows < 4; i++) {
      await new Promise((r) => setTimeout(r, 100));
      if (!existsSync(cacheFile)) continue;
      const db = new Database(cacheFile, { timeout: 5_000 });
      try {
        rows = (db.prepare('SELECT count(*) AS n FROM results').get() as { n: number }).n;
      } catch {
        rows = 0; // the schema is not created yet
      } finally {
        db.close();
      }
    }
    const ended = exitCode !== undefined;
    child.kill('SIGKILL');
    await exited;
    expect(rows, `cache rows after the wait (run ${ended ? `ended with ${exitCode}` : 'still running'}): ${stderr.slice(-2000)}`).toBeGreaterThanOrEqual(4);
    expect(readdirSync(out).filter((f) => !f.startsWith('.'))).toEqual([]);

    const r = comptax(['run', corpus, '--out', out, '--workers', '1', '--no-progress']);
    expect(r.status).toBe(0);
    expect(manifestOf(out).work.fromCache).toBeGreaterThanOrEqual(4);
    expect(manifestOf(out).work.fromCache + manifestOf(out).work.computed).toBe(manifestOf(out).counts.documents);
    expectSameOutputs(out, reference);
    // The killed run's staging folder is gone.
    expect(readdirSync(join(out, '.comptax')).filter((f) => f.startsWith('run-'))).toEqual([]);
  });
});
