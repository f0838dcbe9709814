import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { cleanDoc } from './fixture.js';

const config = loadPipeline().segment;
const seg = (src: string) => {
  const doc = cleanDoc(src);
  const out = segment(doc, config);
  for (const s of out.sections) for (const it of s.items) expect(doc.text.slice(it.start, it.end)).toBe(it.text);
  return out;
};

describe('postings pasted as one line', () => {
  it('finds inline headings and the items after inline bullets', () => {
    const out = seg(
      'Store Keeper\n\nOur client is a growing trading company in the capital. JOB SUMMARY The store keeper keeps the stock records. ' +
        'DUTIES AND RESPONSIBILITIES : · Receive goods and check them against orders; · Keep the bin cards up to date · Prepare monthly stock reports ' +
        'Job Requirements · Diploma in Accounting or related field · Two years of experience in a warehouse How to Apply Send your CV to the office.',
    );
    const kinds = out.sections.map((s) => [s.heading, s.kind]);
    expect(kinds).toContainEqual(['DUTIES AND RESPONSIBILITIES', 'responsibilities']);
    expect(kinds).toContainEqual(['Job Requirements', 'requirements']);
    expect(kinds).toContainEqual(['How to Apply', 'apply']);
    const duties = out.sections.find((s) => s.kind === 'responsibilities')!;
    expect(duties.items.map((i) => i.text)).toEqual(['Receive goods and check them against orders', 'Keep the bin cards up to date', 'Prepare monthly stock reports']);
    expect(out.sections.find((s) => s.kind === 'requirements')!.items.map((i) => i.text)).toEqual([
      'Diploma in Accounting or related field',
      'Two years of experience in a warehouse',
    ]);
  });

  it('reads a heading inside a run of capitalised words only before a colon, and leaves competency names alone', () => {
    const out = seg('Community Health Nurse Responsibilities: Visiting patients at home and dressing wounds. Keeping care records.');
    expect(out.sections.map((s) => s.kind)).toContain('responsibilities');
    const named = seg(['Skill Descriptors', 'Industry Knowledge: Knowledge of the sector and its rules; ability to apply them.', 'Level Working Knowledge:'].join('\n'));
    expect(named.sections.map((s) => s.kind)).toEqual(['skills']);
  });

  it('keeps a dash inside a sentence and capitalised names that only contain heading words', () => {
    const out = seg('Summary\nThe team - small but busy - serves the Skills Academy and the Education Office in town.');
    expect(out.sections.map((s) => s.kind)).toEqual(['summary']);
    expect(out.sections[0].items).toHaveLength(1);
  });
});

describe('sections opened inside a line', () => {
  it('reads a heading before a colon at the start of a line, and ends a benefits line with its line', () => {
    const out = seg(
      [
        'Salary: 40k | Remote Job type: Full-time',
        'We build tools for restaurants.',
        'Your responsibilities: Plan the release of new features.',
        'Review pull requests from the team.',
      ].join('\n'),
    );
    const kinds = out.sections.map((s) => s.kind);
    expect(kinds).toContain('responsibilities');
    const duties = out.sections.find((s) => s.kind === 'responsibilities')!;
    expect(duties.items.map((i) => i.text)).toEqual(['Plan the release of new features.', 'Review pull requests from the team.']);
    // The line after the pay line is not benefits.
    const blurb = out.sections.find((s) => s.items.some((i) => i.text.startsWith('We build')))!;
    expect(blurb.kind).not.toBe('benefits');
  });
});
