import { describe, expect, it } from 'vitest';
import { only, run, runRaw } from './helpers.js';
import { textToBlocks } from '../../src/ingest/text.js';

describe('layout.filler, layout.page-number, layout.running-header', () => {
  it('removes filler rows and inline filler', () => {
    const doc = run('Main duties\n\n.....\n\n*****\n\nPlan visits. *****Report results weekly.\n\nSalary.......competitive', only('layout.line-join', 'layout.filler'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Main duties', 'Plan visits. Report results weekly.', 'Salary competitive']);
  });

  it('removes page numbers and running headers that repeat page after page', () => {
    const duties = [
      ['Visits key clients every month.', 'Prepares commercial offers.', 'Negotiates renewal terms.'],
      ['Tracks payments and chases overdue invoices.', 'Reports pipeline figures to the director.', 'Trains new coordinators.'],
      ['Organizes client events twice a year.', 'Keeps the CRM records complete.', 'Escalates delivery problems quickly.'],
    ];
    const blocks = [];
    for (let page = 1; page <= 3; page++) {
      blocks.push({ kind: 'paragraph' as const, text: 'Acme Corp | Account Manager (Ref 2291)', page });
      for (const text of duties[page - 1]) blocks.push({ kind: 'paragraph' as const, text, page });
      blocks.push({ kind: 'paragraph' as const, text: `Page ${page} of 3`, page });
      blocks.push({ kind: 'paragraph' as const, text: `${page}`, page });
    }
    const doc = runRaw({ format: 'pdf', pages: 3, blocks });
    expect(doc.blocks.map((b) => b.text)).toEqual(duties.flat());
    const removed = doc.fixes.map((f) => f.rule);
    expect(removed.filter((r) => r === 'layout.running-header')).toHaveLength(3);
    expect(removed.filter((r) => r === 'layout.page-number')).toHaveLength(6);
  });

  it('keeps numbers, dots and repeated headings that are content', () => {
    const t = 'Requirements\n\nAt least 3 years in sales.\n\nRequirements\n\n12 direct reports... and growing\n\nv2.0 of the product';
    const doc = run(t, only('layout.line-join', 'layout.filler', 'layout.page-number', 'layout.running-header'));
    expect(doc.fixes).toEqual([]);
  });
});

describe('layout.running-header without pages', () => {
  it('keeps one of a short line that recurs through the text, and every heading', () => {
    const body = (n: number) => Array.from({ length: 4 }, (_, i) => `Duty ${n * 10 + i}: ${['plans', 'reviews', 'reports', 'trains'][i]} work for region ${n}.`);
    const parts = [...body(1), 'Confidential', ...body(2), 'Confidential', 'Requirements:', ...body(3), 'Confidential', 'Requirements:', ...body(4), 'Requirements:'];
    const doc = run(parts.join('\n\n'), only('layout.line-join', 'layout.running-header'));
    expect(doc.blocks.filter((b) => b.text === 'Confidential')).toHaveLength(1);
    expect(doc.blocks.filter((b) => b.text === 'Requirements:')).toHaveLength(3);
    expect(doc.blocks.filter((b) => b.text.startsWith('Duty '))).toHaveLength(16);
  });
});

describe('running headers in text exports', () => {
  const page = (n: number, header: string, body: string, footer = true) =>
    [header, '', body, ...(footer ? ['', `Page ${n} of 2`] : [])].join('\n');
  const one = 'Prepare monthly stock reports for the finance team and reconcile them with the ledger.';
  const two = 'Supervise the warehouse staff on both shifts and plan their rotas.';
  const cases: [string, string][] = [
    ['a form feed', `${page(1, 'Tega General Trading PLC', one)}\f${page(2, 'Tega General Trading PLC', two)}`],
    ['page-number lines only', `${page(1, 'Posted on 12 March 2023', one)}\n\n${page(2, 'Posted on 12 March 2023', two)}`],
    ['blank lines only', `${page(1, 'Store Keeper - Vacancy', one, false)}\n\n\n\n${page(2, 'Store Keeper - Vacancy', two, false)}`],
  ];
  for (const [how, text] of cases) {
    it(`removes a header repeated on two pages separated by ${how}`, () => {
      const doc = runRaw({ blocks: textToBlocks(text) });
      expect(doc.blocks.map((b) => b.text)).toEqual([one, two]);
    });
  }

  it('keeps the same line used once as a heading, and a section heading that opens each part', () => {
    expect(runRaw({ blocks: textToBlocks(`Tega General Trading PLC\n\n${one}\n\n${two}`) }).blocks.map((b) => b.text)).toEqual(['Tega General Trading PLC', one, two]);
    const parts = `Requirements\n\n${one}\n\n\n\nRequirements\n\n${two}`;
    expect(runRaw({ blocks: textToBlocks(parts) }).blocks.map((b) => b.text)).toEqual(['Requirements', one, 'Requirements', two]);
  });
});
