import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, summarize } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import { ROOT } from '../helpers/cli.js';

const pipeline = loadPipeline();

describe('summarize: what a worker sends back for the report', () => {
  it.each(['am-01-regional-account-manager.md', 'fi-01-accounts-payable-specialist.html', 'se-04-data-engineer.txt'])(
    'gives each mention up to 40 characters of its own line on each side (%s)',
    async (name) => {
      const file = await sourceFileOf(join(ROOT, 'corpus', name));
      const a = await analyzeFile(file, pipeline);
      const r = summarize(file, a);
      const mentions = [...a.mentions].sort((x, y) => x.start - y.start || x.end - y.end);
      expect(r.context).toHaveLength(2 * mentions.length);
      let cut = 0;
      mentions.forEach((m, i) => {
        const [before, after] = [r.context[2 * i], r.context[2 * i + 1]];
        const b = before.replace(/^…/, '');
        const f = after.replace(/…$/, '');
        // The context is the text around the span, exactly, and never crosses a line.
        expect(a.clean.text.slice(m.start - b.length, m.end + f.length)).toBe(`${b}${m.text}${f}`);
        expect(`${b}${f}`).not.toContain('\n');
        expect(b.length).toBeLessThanOrEqual(40);
        expect(f.length).toBeLessThanOrEqual(40);
        // Where it stops short of the line's end, it says so, and stops at a space, not inside a word.
        const lineEnd = a.clean.text.indexOf('\n', m.end) < 0 ? a.clean.text.length : a.clean.text.indexOf('\n', m.end);
        if (m.end + f.length < lineEnd) {
          cut++;
          expect(after.endsWith('…')).toBe(true);
          if (f.length > 0) expect(a.clean.text[m.end + f.length]).toBe(' ');
        } else expect(after.endsWith('…')).toBe(false);
      });
      expect(mentions.length).toBeGreaterThan(5);
      expect(cut).toBeGreaterThan(0);
    },
  );

  it('counts cleaning fixes by rule, all of them', async () => {
    const file = await sourceFileOf(join(ROOT, 'corpus', 'fi-01-accounts-payable-specialist.html'));
    const a = await analyzeFile(file, pipeline);
    const r = summarize(file, a);
    expect(Object.values(r.fixesByRule).reduce((x, y) => x + y, 0)).toBe(r.nFixes);
    expect(r.nFixes).toBeGreaterThan(0);
    for (const rule of Object.keys(r.fixesByRule)) expect(a.clean.fixes.some((f) => f.rule === rule)).toBe(true);
  });
});

describe('summarize: the warnings documents.csv lists', () => {
  it('gives each warning once, the ingest stage\'s with the clean stage\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptax-warnings-'));
    try {
      const path = join(dir, 'nul.txt');
      writeFileSync(path, 'Data Analyst\nSkills\n- SQL\u0000 and Python\n');
      const file = await sourceFileOf(path);
      const r = summarize(file, await analyzeFile(file, pipeline));
      expect(r.warnings.map((w) => w.code)).toEqual(['nul-bytes']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
