// The benchmark corpus recombined from real postings (bench/recombine.ts): self-contained sources
// written here, never the shared data.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recombineCorpus } from '../../bench/recombine.js';

const root = mkdtempSync(join(tmpdir(), 'comptax-recombine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Two sources of one family with sentence-per-line prose under headings, one inline posting of another.
const src = join(root, 'src');
mkdirSync(src);
const house = (n: number) =>
  [
    `Engineer ${n}`,
    'Responsibilities',
    `You will design data pipelines for team ${n}.`,
    `You will review the code of colleague ${n}.`,
    `You will maintain the build servers of site ${n}.`,
    'Requirements',
    `You have ${n} years of experience with Python.`,
    `You know SQL and cloud platform ${n} well.`,
  ].join('\n');
writeFileSync(join(src, 'house-001.txt'), house(1));
writeFileSync(join(src, 'house-002.txt'), house(2));
writeFileSync(
  join(src, 'hahu-1.txt'),
  'Driver\n\nJob Description: Drive the staff to the field offices. Keep the vehicle log books up to date. Report any fault of the vehicle at once. Qualifications: A driving licence of grade 3.',
);
// The same posting in a second set: one source.
mkdirSync(join(root, 'src2'));
writeFileSync(join(root, 'src2', 'house-001.txt'), house(1));
const tasks = join(root, 'tasks.txt');
writeFileSync(
  tasks,
  ['O*NET-SOC Code\tTask ID\tTask\tTask Type', ...Array.from({ length: 10 }, (_, i) => `11-1011.00\t${i}\tPrepare the annual budget report number ${i} for the board.\tCore`)].join('\n'),
);

const read = (dir: string) => readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));

describe('recombined benchmark corpus', () => {
  it('writes the count asked, every posting distinct, the same for the same sources', () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    recombineCorpus(a, 30, { sources: [src, join(root, 'src2')] });
    recombineCorpus(b, 30, { sources: [src, join(root, 'src2')] });
    const texts = read(a);
    expect(texts).toHaveLength(30);
    expect(new Set(texts.map((t) => createHash('sha256').update(t).digest('hex'))).size).toBe(30);
    expect(read(b)).toEqual(texts);
  });

  it("keeps each source's skeleton and swaps sentences only within its family", () => {
    const dir = join(root, 'c');
    recombineCorpus(dir, 12, { sources: [src], swap: 0.6 });
    const texts = read(dir);
    // Sources in name order: hahu-1, house-001, house-002, round robin.
    const houses = texts.filter((_, i) => i % 3 !== 0);
    for (const t of houses) {
      const lines = t.split('\n');
      expect(lines).toHaveLength(8);
      expect(lines[1]).toBe('Responsibilities');
      expect(lines[5]).toBe('Requirements');
      expect(t).not.toMatch(/Drive the staff|log books|driving licence/);
    }
    // Some sentence of a house posting came from the other one.
    expect(houses.some((t) => /^Engineer 1$/m.test(t) && /team 2|colleague 2|site 2|2 years|platform 2/.test(t))).toBe(true);
    for (const t of texts.filter((_, i) => i % 3 === 0)) {
      expect(t.startsWith('Driver\n\n')).toBe(true);
      expect(t.split('\n')).toHaveLength(3);
      expect(t).not.toMatch(/Python|Engineer/);
    }
  });

  it('adds the tasks asked for, each used once while any is left', () => {
    const dir = join(root, 'd');
    recombineCorpus(dir, 4, { sources: [src], tasks: { file: tasks, perPosting: 2 } });
    const found = read(dir).flatMap((t) => t.match(/budget report number \d+/g) ?? []);
    expect(found).toHaveLength(8);
    expect(new Set(found).size).toBe(8);
    // In a sentence-per-line posting, each on its own line.
    const house1 = read(dir)[1];
    expect(house1.split('\n').filter((l) => /budget report number/.test(l))).toHaveLength(2);
  });
});
