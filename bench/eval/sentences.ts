// Sentence mode of `npm run eval` (`--sentences`): every sentence of an annotated posting becomes a
// one-line posting of its own, run through the product's path like any other file, with the gold
// mentions that lie inside it. It measures what a sentence under no heading gives, the way the held-out
// set of single sentences from job ads is scored.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGold } from './data.js';
import { escapeRe } from '../../src/extract/lexicon.js';

export interface SentenceCase {
  path: string;
  gold: Record<string, string[]>;
}

// A sentence ends at a line break, at an inline list bullet, or at a full stop before a capital.
const BREAK = /\n+|\s*[•·●▪§➢]\s*|(?<=[.!?])\s+(?=[\p{Lu}\d])/gu;

/** [start, end) of each sentence of `text` with at least three words. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  const push = (a: number, b: number) => {
    const s = text.slice(a, b);
    const lead = s.length - s.trimStart().length;
    const trail = s.length - s.trimEnd().length;
    if (s.trim().split(/\s+/).length >= 3) spans.push([a + lead, b - trail]);
  };
  for (const m of text.matchAll(BREAK)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return spans;
}

/** Where `needle` occurs in `text`, in any case, not inside a longer word. */
function occurrences(text: string, needle: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => m.index);
}

/**
 * The sentences of one annotated set, each written to `dir` as a file, with the gold texts inside it by
 * kind. SkillSpan annotates each occurrence: its span goes to the sentence at its offset. The four-kind
 * sets annotate each competency once per posting, at its first occurrence; a sentence read alone names it
 * again wherever the posting repeats it ("Java" in the tag line, then in a requirement), so their gold
 * text goes to every sentence that holds it (in any case). One that lies in no sentence (it crosses a
 * sentence break) is left out (counted in `dropped`).
 */
export function sentenceCases(setDir: string, name: string, dir: string): { cases: SentenceCase[]; dropped: number } {
  mkdirSync(dir, { recursive: true });
  const cases: SentenceCase[] = [];
  let dropped = 0;
  readGold(setDir).forEach((posting, p) => {
    const text = readFileSync(posting.path, 'utf8');
    const spans = sentenceSpans(text);
    const gold = spans.map(() => ({}) as Record<string, string[]>);
    for (const item of posting.items) {
      const inside = new Set<number>();
      for (const start of item.start !== undefined ? [item.start] : occurrences(text, item.text)) {
        const i = spans.findIndex(([a, b]) => a <= start && start + item.text.length <= b);
        if (i >= 0) inside.add(i);
      }
      if (inside.size === 0) dropped++;
      for (const i of inside) (gold[i][item.kind] ??= []).push(item.text);
    }
    spans.forEach(([a, b], i) => {
      const path = join(dir, `${name}-${p}-${i}.txt`);
      writeFileSync(path, `${text.slice(a, b)}\n`);
      cases.push({ path, gold: gold[i] });
    });
  });
  return { cases, dropped };
}
