import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';

describe('a job description with numbered headings and numbered duties ("2. KEY RESPONSIBILITIES", "2.1 To …")', () => {
  it('reads the duties under their heading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptax-jd-'));
    const file = join(dir, 'jd.txt');
    const text = [
      'JOB DESCRIPTION', '', '1. JOB PURPOSE', 'The post holder will provide a physiotherapy service.', '', '2. KEY RESPONSIBILITIES',
      '2.1 To assess and treat patients following orthopaedic surgery.', '2.2 To plan and implement individual treatment programmes.', '',
      '3. Knowledge, Skills and Experience', '3.1 Knowledge of safeguarding procedures.',
    ];
    writeFileSync(file, text.join('\n'));
    const a = await analyzeFile(await sourceFileOf(file), loadPipeline());
    rmSync(dir, { recursive: true, force: true });
    const duties = a.segmented.sections.find((s) => s.kind === 'responsibilities');
    expect(duties?.heading).toBe('KEY RESPONSIBILITIES');
    expect(a.mentions.filter((m) => m.section === 'responsibilities').map((m) => m.text)).toEqual(['assess and treat patients following orthopaedic surgery', 'plan and implement individual treatment programmes']);
    expect(a.segmented.sections.at(-1)?.heading).toBe('Knowledge, Skills and Experience');
  });
});
