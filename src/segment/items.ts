import type { CleanBlock, Item } from '../types.js';
import type { LineShape } from './lines.js';
import { semicolonSpans, sentenceSpans } from './sentences.js';

/**
 * Builds the items of one section from its body blocks. A competency paragraph ("Customer Focus: …")
 * is one item; the level line and the bullets after it point to it with `parent`.
 */
export class ItemBuilder {
  readonly items: Item[] = [];
  private competency: number | undefined;

  /** `listSection`: the section is one whose prose is usually a list (duties, requirements). */
  constructor(
    private readonly text: string,
    private readonly listSection = false,
  ) {}

  add(block: CleanBlock, shape: LineShape): void {
    const [start, end] = trimSpan(this.text, block.start, block.end);
    if (end <= start) return;
    if (shape.type === 'competency') {
      this.competency = this.items.length;
      this.push(start, end, 0);
      return;
    }
    if (shape.type === 'level') {
      this.push(start, end, 1, this.competency);
      return;
    }
    if (block.kind === 'list-item' || block.marker !== undefined) {
      // A list line can itself be a short semicolon list ("Fluent English; German an advantage").
      const local = this.text.slice(start, end);
      for (const [c, d] of semicolonSpans(local, 0, local.length, this.listSection)) this.push(start + c, start + d, block.level ?? 1, this.competency);
      return;
    }
    this.competency = undefined;
    const local = this.text.slice(start, end);
    for (const [a, b] of this.listSection ? sentenceSpans(local).flatMap(([a, b]) => youSpans(local, a, b)) : sentenceSpans(local)) {
      // "Key Responsibilities: Chronic disease management; Cervical screening; …": three or more short
      // capitalised parts of a sentence split at its semicolons under a list heading are a list.
      const parts = semicolonSpans(local, a, b, this.listSection);
      const listed = this.listSection && parts.length >= 3 && parts.every(([c, d]) => /^\p{Lu}/u.test(local.slice(c, d)) && local.slice(c, d).split(/\s+/).length <= 10);
      const level = listed ? 1 : 0;
      for (const [c, d] of parts) this.push(start + c, start + d, level);
    }
  }

  private push(start: number, end: number, level: number, parent?: number): void {
    const item: Item = { text: this.text.slice(start, end), start, end, level };
    if (parent !== undefined) item.parent = parent;
    this.items.push(item);
  }
}

/** A capitalised "You" after a lower-case word: where a list pasted without its breaks goes on to its next item. */
const YOU_OPENS = /(?<=[\p{Ll}\d)])\s+(?=You(?:['’]ll|['’]re)?\s+\p{Ll})/gu;

/**
 * "You lead the IT team You are responsible for operations You plan …": the items of a duties or
 * requirements list that lost its line breaks, when the sentence opens with "You" or twice more has one.
 */
function youSpans(text: string, start: number, end: number): [number, number][] {
  const s = text.slice(start, end);
  if (!s.includes('You')) return [[start, end]];
  const cuts = [...s.matchAll(YOU_OPENS)].map((m) => m.index);
  if (cuts.length === 0 || (cuts.length < 2 && !/^You\b/.test(s))) return [[start, end]];
  const spans: [number, number][] = [];
  let from = 0;
  for (const at of [...cuts, s.length]) {
    const [a, b] = trimSpan(text, start + from, start + at);
    if (b > a) spans.push([a, b]);
    from = at;
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
