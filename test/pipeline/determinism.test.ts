import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import type { DocumentStages } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { shuffled } from '../../bench/rng.js';

/**
 * No state may carry from one document to the next inside a worker: the same documents analyzed
 * in two different orders, each from fresh modules as in a new worker, give the same result for every document. The corpus is
 * large and varied enough (acronyms, plurals, Title Case and sentence case items) that a memo keyed
 * on less than its answer depends on shows up.
 */
const pipeline = loadPipeline();
const stages: DocumentStages = { ingest: pipeline.ingest, clean: pipeline.clean, segment: pipeline.segment, extract: pipeline.extract };


/** Analyzes the files in the given order in fresh modules, as a new worker would. */
async function analyzeAll(files: string[]): Promise<Map<string, string>> {
  vi.resetModules();
  const { analyzeFile, summarize } = await import('../../src/pipeline/analyze.js');
  const out = new Map<string, string>();
  for (const path of files) {
    const { timings: _t, ...result } = summarize({ path, relPath: path }, await analyzeFile({ path, relPath: path }, stages));
    out.set(path, JSON.stringify(result));
  }
  return out;
}

describe('determinism', () => {
  const dir = generateCorpus(mkdtempSync(join(tmpdir(), 'comptax-determinism-')), 300);
  const files = readdirSync(dir).sort().map((f) => join(dir, f));

  it('gives each document the same result whatever documents came before it in the process', async () => {
    const forward = await analyzeAll(files);
    const other = await analyzeAll(shuffled(files, 7).reverse());
    const differing = files.filter((f) => forward.get(f) !== other.get(f));
    expect(differing.slice(0, 3).map((f) => [forward.get(f), other.get(f)])).toEqual([]);
  }, 120_000);

  it('writes byte-identical outputs for 1 and 2 workers and any order of the inputs', async () => {
    const some = files.slice(0, 150);
    const a = mkdtempSync(join(tmpdir(), 'comptax-det-a-'));
    const b = mkdtempSync(join(tmpdir(), 'comptax-det-b-'));
    await runPipeline({ inputs: some, out: a, pipeline, workers: 1, progress: false });
    await runPipeline({ inputs: shuffled(some, 3), out: b, pipeline, workers: 2, progress: false });
    for (const f of ['documents.csv', 'mentions.csv', 'roles.csv', 'taxonomy.csv', 'taxonomy.json', 'taxonomy.jsonld']) {
      expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
    }
  }, 120_000);
});
