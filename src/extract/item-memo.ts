// What reading an item found, kept across the documents a worker reads. Real archives repeat their lines (an
// employer's template, a trust's person specification, "Excellent communication skills"), and what the rules and
// the tagger find in an item depends only on its text and on a few facts about where it sits: with all of them in
// the key, a repeated item is read once per worker, and every output is what reading it again would give.
import type { Mention, QualificationFields } from '../types.js';
import type { ExtractConfig } from './options.js';
import type { TaggedSpan } from './tagger.js';
import { Memo, ownCopy } from '../memo.js';
import { perConfig } from '../per-config.js';

/** What reading an item gave besides its mentions: a field's value, an item the rules read as a sentence, or neither. */
export type ItemRole = 'field' | 'read' | 'other';

/**
 * An item's reading: its mentions, with offsets from the item's start and no text (the item's own, sliced again
 * where the item is read: its place among their properties is kept, as JSON writes them in that order).
 */
export interface Reading {
  role: ItemRole;
  mentions: Mention[];
}

/** The readings that found nothing, one per role (most items of a posting's prose). */
const NOTHING: Record<ItemRole, Reading> = { field: { role: 'field', mentions: [] }, read: { role: 'read', mentions: [] }, other: { role: 'other', mentions: [] } };

/**
 * An item's reading to keep, its mentions moved to offsets from the item's start `itemStart`. Their strings are
 * copied: one may be a slice of its document's text, and a slice keeps the whole document alive.
 */
export function reading(role: ItemRole, mentions: readonly Mention[], itemStart: number): Reading {
  if (mentions.length === 0) return NOTHING[role];
  return {
    role,
    mentions: mentions.map((m) => {
      const kept = { ...m, text: '', normalized: ownCopy(m.normalized), start: m.start - itemStart, end: m.end - itemStart };
      if (m.level) kept.level = ownCopy(m.level);
      if (m.qualification) kept.qualification = JSON.parse(JSON.stringify(m.qualification)) as QualificationFields;
      return kept;
    }),
  };
}

/** The mentions of a reading, in the item at `itemStart` of `docText`, as new objects (later stages may change them). */
export function replayed(r: Reading, docText: string, itemStart: number): Mention[] {
  return r.mentions.map((m) => {
    const start = m.start + itemStart;
    const end = m.end + itemStart;
    const out: Mention = { ...m, text: docText.slice(start, end), start, end };
    if (m.qualification) out.qualification = { ...m.qualification };
    return out;
  });
}

const KINDS: readonly Mention['kind'][] = ['duty', 'skill', 'knowledge', 'qualification'];

/** The tagger's spans in an item (offsets from its start) kept as numbers, four a span (kind, start, end, margin): a third of the memory of their objects. */
export type PackedSpans = readonly number[];

const NO_SPANS: PackedSpans = [];

export function packSpans(spans: readonly TaggedSpan[]): PackedSpans {
  if (spans.length === 0) return NO_SPANS;
  // (Made to its length: an array grown by push keeps room for more.)
  const packed = new Array<number>(4 * spans.length);
  spans.forEach((s, i) => {
    packed[4 * i] = KINDS.indexOf(s.kind);
    packed[4 * i + 1] = s.start;
    packed[4 * i + 2] = s.end;
    packed[4 * i + 3] = s.margin;
  });
  return packed;
}

export function unpackSpan(packed: PackedSpans, i: number): TaggedSpan {
  return { kind: KINDS[packed[i]], start: packed[i + 1], end: packed[i + 2], margin: packed[i + 3] };
}

/**
 * Words before an item that the rules read there: a field's label ("Industry:" on the line before its value), the
 * values an employer lists ("Our values:", not "your vision:"), "Experience:" before a seniority. A letter or digit
 * just before the item (it starts inside a word) is read too.
 */
const READ_BEFORE = /(?:values|behaviou?rs|principles|vision|mission|ambition|your|experience|level|size|type|industry|industries|functions?|role|seniority)[\s:]*$/i;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * What the rules read of the text around an item (`from`, `to`: its offsets in `text`): the 40 characters before it
 * where they hold words READ_BEFORE names, else only whether a line ends just before it and just after it.
 */
export function surroundings(text: string, from: number, to: number): string {
  const after = to === text.length ? '' : text[to] === '\n' ? '\n' : ' ';
  if (from === 0) return `|${after}`;
  const before = text.slice(Math.max(0, from - 40), from);
  const last = before[before.length - 1];
  if (WORD_CHAR.test(last) || READ_BEFORE.test(before)) return `${before}|${after}`;
  return `${last === '\n' ? '\n' : ' '}|${after}`;
}

/**
 * The memos of one extraction config: the rules' reading of an item, and the tagger's spans in it (~300 and ~170
 * bytes an entry). A thread of the 5,000 recombined real postings (2,500 each) tags 64,000 items, 21,000 of them
 * distinct: 16,384 kept answer 66% (6,144: 41%; all kept: 67%, and extraction took 12-20% less time), ~2 MB a worker.
 */
export const memosFor = perConfig((_config: ExtractConfig) => ({ rules: new Memo<Reading>(16_384), tagger: new Memo<PackedSpans>(16_384) }));
