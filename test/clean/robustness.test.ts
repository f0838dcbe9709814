import { describe, expect, it } from 'vitest';
import { checkOffsets, run, runRaw } from './helpers.js';
import { mulberry32 as random } from '../../bench/rng.js';

const PIECES = [
  'Manage key accounts', 'and', 'the', 'team', '61 ', '\uf0b7 ', '• ', 'o ', '1. ', '3.1. ', 'a) ', '- ', '* ', '> ',
  '<p>', '</p>', '<b>', '</b>', '<ul style="x">', '<li>', '<br>', '&amp;', '&nbsp;', '&#8211;', '**', '## ', '[link](http://x.example)',
  'â€œ', 'â€', 'Ã©', 'β€œ', 'вЂњ', 'Ð ', '\ufffd', '\u00ad', '\u200b', '\u00a0', '\ufb01', 'Ｅｘｃｅｌ', '\u0007', '\r\n', '\n', '\n\n',
  '\t', '.....', '*****', 'Page 2 of 5', 'jobs@acme.example', '+44 20 7946 0958', 'https://acme.example/jobs', 'Source: ', 'All Articles',
  'upset and cross-selling', 'In most counties', 'manage-\nment', 'Обязанности', '职位描述', 'Αρμοδιότητες', ' ', ' ', ' ', '.', ',', ':',
];

describe('robustness', () => {
  it('keeps its invariants on random mixtures of every artefact', () => {
    const rnd = random(7);
    for (let k = 0; k < 150; k++) {
      const n = 5 + Math.floor(rnd() * 80);
      let text = '';
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(rnd() * PIECES.length)];
      const doc = run(text);
      expect(typeof doc.language).toBe('string');
      const blocks = text.split('\n\n').map((t, i) => ({ kind: (i % 3 === 0 ? 'table-cell' : 'paragraph') as 'table-cell' | 'paragraph', text: t, row: i, col: i % 2, page: 1 + (i % 3) }));
      checkOffsets(runRaw({ format: 'pdf', pages: 3, blocks }));
    }
  });

  it('handles empty and blank input', () => {
    expect(run('').text).toBe('');
    expect(run('   \n\n\t\n').blocks).toEqual([]);
    expect(runRaw({ blocks: [{ kind: 'paragraph', text: '' }, { kind: 'heading', text: ' \u200b ' }] }).text).toBe('');
  });
});
