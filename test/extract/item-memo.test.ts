import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { surroundings } from '../../src/extract/item-memo.js';
import { Memo } from '../../src/memo.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { segment } from '../../src/segment/index.js';
import type { ExtractConfig } from '../../src/extract/options.js';
import type { CleanDocument, SectionKind, SegmentedDocument } from '../../src/types.js';
import { cleanDoc } from '../segment/fixture.js';

const pipeline = loadPipeline();

/** The mentions as JSON writes them (their properties in order: a run's spool and cache hold them so). */
function read(src: string, config: ExtractConfig): string {
  const doc = { ...cleanDoc(src), language: 'en' };
  return JSON.stringify(extract(doc, segment(doc, pipeline.segment), config));
}

/** The same lines in other places: under other headings, after a field's label, after an employer's values, as a list's line or a sentence. */
const POSTINGS = [
  ['Care Assistant', '# Requirements', 'Experience level:', 'Senior', 'We need a caring person.'].join('\n'),
  ['Care Assistant', '# Requirements', 'We need a caring person.', 'Senior', 'Experience level:'].join('\n'),
  ['Nurse', '# Responsibilities', 'Our values:', 'Working together for patients', 'Deliver high quality care to patients.'].join('\n'),
  ['Nurse', '# Responsibilities', 'Deliver high quality care to patients.', 'Working together for patients', 'Our values:'].join('\n'),
  ['Store Assistant', '# About us', 'Excellent communication skills', '# What you will do', '- Operate a forklift truck safely', '- Excellent communication skills'].join('\n'),
  ['Data Analyst', '# Requirements', '- Excellent communication skills, SQL, Python and Tableau', '- Operate a forklift truck safely', '- SQL', '- Python', '- Tableau'].join('\n'),
  'Excellent communication skills',
];

describe('the memo of items read', () => {
  it('gives each posting what reading it first gives, whatever was read before it (each posting alone, then all in both orders)', () => {
    const alone = POSTINGS.map((p) => read(p, structuredClone(pipeline.extract)));
    for (const order of [POSTINGS.map((_, i) => i), POSTINGS.map((_, i) => POSTINGS.length - 1 - i)]) {
      const shared = structuredClone(pipeline.extract);
      for (const i of [...order, ...order]) expect(read(POSTINGS[i], shared), `posting ${i}`).toBe(alone[i]);
    }
  });

  it('reads an item again where what the rules read around it differs (a field label before it, its section, its heading)', () => {
    // Two lines as one section's items, segmented by hand: only what comes before the second line, or the section, differs.
    const lines = (first: string, second: string, kind: SectionKind, heading = ''): [CleanDocument, SegmentedDocument] => {
      const text = `${first}\n${second}`;
      const items = [
        { text: first, start: 0, end: first.length, level: 0 },
        { text: second, start: first.length + 1, end: text.length, level: 0 },
      ];
      const doc: CleanDocument = { text, blocks: [], fixes: [], language: 'en', warnings: [] };
      return [doc, { title: '', company: '', roles: [], sections: [{ heading, kind, start: 0, end: text.length, items }] }];
    };
    const pairs: [CleanDocument, SegmentedDocument][][] = [
      [lines('Experience:', 'Mid-Senior level', 'summary'), lines('Location:', 'Mid-Senior level', 'summary')],
      [lines('Our team is growing.', 'Manage the stock room', 'responsibilities'), lines('Our team is growing.', 'Manage the stock room', 'requirements')],
      // (Only the heading differs: one that names skills reads a line of short phrases as skills.)
      [
        lines('We ask for:', 'Negotiation, stakeholder engagement, budget management', 'requirements', 'Key skills'),
        lines('We ask for:', 'Negotiation, stakeholder engagement, budget management', 'requirements', 'Requirements'),
      ],
    ];
    for (const pair of pairs) {
      const alone = pair.map(([doc, seg]) => JSON.stringify(extract(doc, seg, structuredClone(pipeline.extract))));
      expect(alone[0]).not.toEqual(alone[1]);
      const shared = structuredClone(pipeline.extract);
      expect(pair.map(([doc, seg]) => JSON.stringify(extract(doc, seg, shared)))).toEqual(alone);
    }
  });

  it('keeps the words before an item that the rules read, and of other text only where lines end', () => {
    const text = 'Industry:\nRetail\nWe sell shoes. Retail\nOur values: Retail';
    expect(surroundings(text, text.indexOf('Retail'), text.indexOf('Retail') + 6)).toBe('Industry:\n|\n');
    const second = text.indexOf('Retail', 20);
    expect(surroundings(text, second, second + 6)).toBe(' |\n');
    expect(surroundings(text, text.length - 6, text.length)).toBe(`${text.slice(text.length - 46, text.length - 6)}|`);
    expect(surroundings(text, 0, 9)).toBe('|\n');
  });
});

describe('Memo', () => {
  it('keeps the answers last asked for, up to its limit', () => {
    const memo = new Memo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    expect(memo.get('a')).toBe(1);
    memo.set('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([1, undefined, 3]);
  });

  it('computes an answer once while it is kept, and again once it is not', () => {
    const memo = new Memo<number>(1);
    let calls = 0;
    const answer = (key: string) => memo.answer(key, () => ++calls);
    expect([answer('a'), answer('a'), answer('b'), answer('a')]).toEqual([1, 1, 2, 3]);
  });

  it('evicts the answer least recently asked for, over many hits and misses (against a plain list of keys)', () => {
    const memo = new Memo<number>(64);
    const order: string[] = [];
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 48271) % 2147483647;
      const key = `k${seed % 200}`;
      const kept = order.indexOf(key);
      if (kept >= 0) order.splice(kept, 1);
      else if (order.length === 64) order.shift();
      order.push(key);
      expect(memo.answer(key, () => i) !== i).toBe(kept >= 0);
    }
  });

  it('keeps nothing for a text with a lone surrogate, which its digest would not tell apart', () => {
    const memo = new Memo<number>(4);
    memo.set('x\uD800', 1);
    expect(memo.get('x\uD800')).toBeUndefined();
    expect(memo.get('x\uDBFF')).toBeUndefined();
    expect(memo.answer('x\uD800', () => 2)).toBe(2);
    expect(memo.answer('x\uD800', () => 3)).toBe(3);
  });
});
