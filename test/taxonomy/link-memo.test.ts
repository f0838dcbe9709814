import { describe, expect, it } from 'vitest';
import { LinkMemo } from '../../src/taxonomy/link-memo.js';

describe('LinkMemo', () => {
  it('gives back each phrase’s links by kind, none kept as undefined, an unknown phrase as null', () => {
    const memo = new LinkMemo();
    memo.set('skill', 'teamwork', [{ concept: 7, score: 0.9312345678901 }, undefined]);
    memo.set('duty', 'teamwork', [undefined, { concept: 3, score: 0.5 }]);
    expect(memo.get('skill', 'teamwork', 0)).toEqual({ concept: 7, score: 0.9312345678901 });
    expect(memo.get('skill', 'teamwork', 1)).toBeUndefined();
    expect(memo.get('duty', 'teamwork', 0)).toBeUndefined();
    expect(memo.get('duty', 'teamwork', 1)).toEqual({ concept: 3, score: 0.5 });
    expect(memo.get('knowledge', 'teamwork', 0)).toBeNull();
    expect(memo.get('skill', 'python', 0)).toBeNull();
  });

  it('keeps every link as its slots grow', () => {
    const memo = new LinkMemo();
    for (let i = 0; i < 5000; i++) memo.set('knowledge', `phrase ${i}`, [{ concept: i, score: i / 7 }, { concept: 2 * i, score: i / 3 }]);
    for (const i of [0, 511, 512, 4999]) {
      expect(memo.get('knowledge', `phrase ${i}`, 0)).toEqual({ concept: i, score: i / 7 });
      expect(memo.get('knowledge', `phrase ${i}`, 1)).toEqual({ concept: 2 * i, score: i / 3 });
    }
  });
});
