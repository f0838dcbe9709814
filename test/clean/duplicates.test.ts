import { describe, expect, it } from 'vitest';
import { run, runRaw } from './helpers.js';

describe('duplicates', () => {
  it('counts an exact repeated paragraph once', () => {
    const p = 'Builds long-term relationships with a portfolio of key clients.';
    const doc = run(`${p}\n\nPrepares monthly reports for the sales director.\n\n${p}`);
    expect(doc.blocks.map((b) => b.text)).toEqual([p, 'Prepares monthly reports for the sales director.']);
    expect(doc.fixes.map((f) => f.rule)).toEqual(['duplicates.exact']);
  });

  it('reads words as written in any script and case, and tells a digit from a letter', () => {
    // Accented words are kept as strings, ASCII ones as numbers: a copy in capitals is still a copy.
    const fr = 'Développe des relations à long terme avec les clients clés du portefeuille.';
    const doc = run(`${fr}\n\nPrépare les rapports mensuels.\n\n${fr.toUpperCase()}`);
    expect(doc.blocks.map((b) => b.text)).toEqual([fr, 'Prépare les rapports mensuels.']);
    expect(doc.fixes.map((f) => f.rule)).toEqual(['duplicates.exact']);
    // "unit 1" names a number "unit a" lacks: another item, not a copy.
    const a = 'Prepares the quarterly budget report for unit a and the monthly staffing plans.';
    const one = 'Prepares the quarterly budget report for unit 1 and the monthly staffing plans.';
    expect(run(`${a}\n\n${one}`).blocks.map((b) => b.text)).toEqual([a, one]);
  });

  it('keeps a short line one word of four apart from another ("… for the budget." / "… for managing the budget.")', () => {
    const lines = ['You will be responsible for the budget.', 'Be the main point of contact for all clients.', 'You will be responsible for managing the budget.'];
    expect(run(lines.join('\n\n')).blocks.map((b) => b.text)).toEqual(lines);
  });

  it('counts a section translated twice, slightly differently, once', () => {
    const first = [
      'The account manager must know:',
      '1. Legislation regulating business activities in the region.',
      '2. Fundamentals of marketing and methods of market research.',
      '3. Rules of business etiquette when negotiating with clients.',
      '4. Basics of accounting',
    ];
    const second = [
      'The account manager should know:',
      '1. Legislation that regulates business activity in the region.',
      '2. Fundamentals of marketing, methods of market research.',
      '3. Rules of business etiquette in negotiations with clients.',
      '4. Accounting basics',
    ];
    const doc = run([...first, '', 'Working conditions are set by the employer.', '', ...second].join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'The account manager must know:',
      'Legislation regulating business activities in the region.',
      'Fundamentals of marketing and methods of market research.',
      'Rules of business etiquette when negotiating with clients.',
      'Basics of accounting',
      'Working conditions are set by the employer.',
    ]);
    expect(doc.fixes.filter((f) => f.rule.startsWith('duplicates.')).length).toBe(5);
  });

  it('keeps similar but different paragraphs, and the same item in different roles of a table', () => {
    const t = [
      'Requirements for a customer service manager:',
      'Responsibilities of a customer service manager:',
      'Develop new business with prospective clients in the region.',
      'Develop new partnerships with suppliers in the region.',
    ].join('\n\n');
    expect(run(t).blocks).toHaveLength(4);
    const doc = runRaw({
      blocks: [
        { kind: 'table-cell', row: 1, col: 1, text: 'Prepares quarterly business reviews with clients.' },
        { kind: 'table-cell', row: 1, col: 2, text: 'Prepares quarterly business reviews with clients.' },
      ],
    });
    expect(doc.blocks).toHaveLength(2);
  });

  it('keeps list items that differ only by what they name: another qualification, level or number', () => {
    const items = [
      'NVQ Level 3 in Health and Social Care or equivalent',
      'BTEC Level 3 in Health and Social Care or equivalent',
      'NVQ Level 2 in Health and Social Care or equivalent',
    ];
    const doc = run(['Essential', ...items.map((i) => `- ${i}`)].join('\n'));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Essential', ...items]);
    expect(doc.fixes.filter((f) => f.rule.startsWith('duplicates.'))).toEqual([]);
  });
});
