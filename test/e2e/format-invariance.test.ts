import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { ROOT } from '../helpers/cli.js';
import { jaccard, mentionSet as mentions } from '../helpers/mentions.js';

// Issue 3's bar: the (kind, normalized) mentions of each posting's PDF and DOCX renderings against
// those of its text version: mean Jaccard >= 0.95, none below 0.85.
const CORPUS = join(ROOT, 'corpus');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'libreoffice');
const pipeline = loadPipeline();
const mentionSet = (path: string) => mentions(path, pipeline);

describe('format invariance over corpus/', () => {
  it('finds the same mentions in the PDF and DOCX renderings as in the text version', async () => {
    const rendered = readdirSync(CORPUS).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
    const scores: [string, number][] = [];
    for (const file of rendered) {
      const stem = file.replace(/\.(pdf|docx)$/, '');
      const source = ['.md', '.txt', '.html'].map((ext) => join(CORPUS, stem + ext)).find(existsSync);
      expect(source, `${file} has a text version`).toBeDefined();
      const want = await mentionSet(source!);
      expect(want.size, source).toBeGreaterThan(5);
      scores.push([file, jaccard(want, await mentionSet(join(CORPUS, file)))]);
    }
    expect(rendered.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(4);
    expect(rendered.filter((f) => f.endsWith('.docx')).length).toBeGreaterThanOrEqual(4);
    const mean = scores.reduce((s, [, j]) => s + j, 0) / scores.length;
    console.log(`format invariance: mean Jaccard ${mean.toFixed(3)}, min ${Math.min(...scores.map(([, j]) => j)).toFixed(3)} over ${scores.length} renderings`);
    expect(mean, JSON.stringify(scores)).toBeGreaterThanOrEqual(0.95);
    for (const [file, j] of scores) expect(j, file).toBeGreaterThanOrEqual(0.85);
  });
});

// Issue 10's bar on real conversions: the DOCX and PDF that LibreOffice makes of a corpus posting
// (test/fixtures/libreoffice, made by scripts/make-libreoffice-fixtures.sh), same bars.
describe('format invariance on LibreOffice conversions', () => {
  it('finds the same mentions in the LibreOffice DOCX and PDF as in the posting', async () => {
    const converted = readdirSync(FIXTURES).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
    expect(converted.length).toBeGreaterThanOrEqual(30);
    const scores: [string, number][] = [];
    for (const file of converted) {
      const stem = file.replace(/\.(pdf|docx)$/, '');
      const source = ['.md', '.txt', '.html'].map((ext) => join(CORPUS, stem + ext)).find(existsSync);
      expect(source, `${file} has its posting in corpus/`).toBeDefined();
      const want = await mentionSet(source!);
      scores.push([file, jaccard(want, await mentionSet(join(FIXTURES, file)))]);
    }
    const mean = scores.reduce((s, [, j]) => s + j, 0) / scores.length;
    console.log(`LibreOffice format invariance: mean Jaccard ${mean.toFixed(3)}, min ${Math.min(...scores.map(([, j]) => j)).toFixed(3)} over ${scores.length} conversions`);
    console.log(scores.filter(([, j]) => j < 0.95).map(([f, j]) => `${f} ${j.toFixed(2)}`).join('\n'));
    expect(mean, JSON.stringify(scores)).toBeGreaterThanOrEqual(0.95);
    for (const [file, j] of scores) expect(j, file).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
