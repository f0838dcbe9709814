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
    for (const [a, b] of sentenceSpans(local)) {
      for (const [c, d] of semicolonSpans(local, a, b, this.listSection)) this.push(start + c, start + d, 0);
    }
  }

  private push(start: number, end: number, level: number, parent?: number): void {
    const item: Item = { text: this.text.slice(start, end), start, end, level };
    if (parent !== undefined) item.parent = parent;
    this.items.push(item);
  }
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
