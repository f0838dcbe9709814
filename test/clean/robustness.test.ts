import { describe, expect, it } from 'vitest';
import { checkOffsets, run, runRaw } from './helpers.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
