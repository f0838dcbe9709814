import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFile, summarize } from '../../src/pipeline/analyze.js';
import { Collector } from '../../src/pipeline/collector.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import type { DocumentResult, Example } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

const pipeline = loadPipeline();
const staging = mkdtempSync(join(tmpdir(), 'comptax-collector-'));
afterAll(() => rmSync(staging, { recursive: true, force: true }));

async function resultOf(name: string): Promise<DocumentResult> {
  const file = await sourceFileOf(join(ROOT, 'corpus', name));
  return summarize(file, await analyzeFile(file, pipeline));
}

describe('Collector: the variants the taxonomy is built from', () => {
  it('counts each (kind, wording) over the accepted postings, with its first three examples in order, duplicates left out', async () => {
    const names = ['se-02-frontend-developer.html', 'se-04-data-engineer.txt', 'se-03-devops-engineer.txt', 'se-01-backend-engineer.md', 'am-01-regional-account-manager.md'];
    const results = await Promise.all(names.map(resultOf));
    // The first posting again under another name: a duplicate, whose mentions stay out.
    const again: DocumentResult = { ...results[0], relPath: 'copy.html', path: join(staging, 'copy.html'), docId: 'dcopy' };
    const collector = new Collector(staging, pipeline.options.run);
    for (const r of [...results, again]) await collector.accept(r);
    await collector.closeSpool();
    await collector.end();

    // What the collector should hold, counted plainly from the results.
    const expected = new Map<string, { count: number; examples: Example[] }>();
    for (const r of results) {
      for (let i = 0; i < r.variants.length; i += 3) {
        const key = `${r.variants[i]}|${r.variants[i + 1]}`;
        const e = expected.get(key) ?? { count: 0, examples: [] };
        e.count++;
        if (e.examples.length < 3) e.examples.push({ docId: r.docId, text: r.variants[i + 2], before: r.context[(i / 3) * 2], after: r.context[(i / 3) * 2 + 1] });
        expected.set(key, e);
      }
    }
    const variants = collector.takeVariants();
    expect(collector.counts.duplicates).toBe(1);
    expect(variants).toHaveLength(expected.size);
    for (const v of variants) expect({ count: v.count, examples: v.examples }).toEqual(expected.get(`${v.kind}|${v.normalized}`));
    // Wordings repeated across postings, and some with all three examples, are among them.
    expect(variants.some((v) => v.count > 1 && new Set(v.examples.map((e) => e.docId)).size > 1)).toBe(true);
    expect(variants.some((v) => v.examples.length === 3)).toBe(true);
    // Handed over once.
    expect(collector.takeVariants()).toEqual([]);
  });
});
