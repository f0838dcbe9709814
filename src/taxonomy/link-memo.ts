// The linker's memo of each distinct phrase's best and sure links.
import type { MentionKind } from '../types.js';
import type { Link } from './link.js';

/** Phrases memoized by the linker: a run's distinct wordings and their forms, ~60,000 on 5,000 varied postings. */
const MAX_MEMO = 200_000;

/**
 * A linker's best and sure links per (kind, phrase), in typed arrays: a slot per phrase (an object
 * and two links per phrase took ~12 MB of the reduce's heap at 60,000 phrases). A link is read back
 * as a new object, equal to the one kept.
 */
export class LinkMemo {
  private readonly slots = new Map<MentionKind, Map<string, number>>();
  private size = 0;
  /** Per slot: best concept, sure concept (-1: none); best score, sure score. */
  private concepts = new Int32Array(1024);
  private scores = new Float64Array(1024);

  /** The kept link, undefined for none, null when the phrase is not kept. */
  get(kind: MentionKind, text: string, which: 0 | 1): Link | undefined | null {
    const slot = this.slots.get(kind)?.get(text);
    if (slot === undefined) return null;
    const i = 2 * slot + which;
    return this.concepts[i] < 0 ? undefined : { concept: this.concepts[i], score: this.scores[i] };
  }

  set(kind: MentionKind, text: string, links: [Link | undefined, Link | undefined]): void {
    if (this.size >= MAX_MEMO) return;
    let byText = this.slots.get(kind);
    if (!byText) this.slots.set(kind, (byText = new Map()));
    if (2 * this.size + 2 > this.concepts.length) {
      const concepts = new Int32Array(2 * this.concepts.length);
      concepts.set(this.concepts);
      this.concepts = concepts;
      const scores = new Float64Array(2 * this.scores.length);
      scores.set(this.scores);
      this.scores = scores;
    }
    const slot = this.size++;
    byText.set(text, slot);
    for (const which of [0, 1] as const) {
      const link = links[which];
      this.concepts[2 * slot + which] = link ? link.concept : -1;
      this.scores[2 * slot + which] = link ? link.score : 0;
    }
  }
}
