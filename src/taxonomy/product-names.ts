// Which labels name a product O*NET lists for few occupations, and which phrases write one of them: such a product is
// linked only by its whole name (see TaxonomyOptions.toolReach).
import type { ReferenceConcept } from './types.js';
import { americanize, rawTokens, stem, stripPossessive } from './text.js';

/** Words a product's name may have that a posting leaves out ("Computational modeling software", "Career management systems"). */
const KIND_WORDS = new Set(['software', 'system', 'tool', 'suite'].map((w) => stem(w)));

const asWritten = (token: string) => stem(americanize(stripPossessive(token)));

export interface ProductNaming {
  /** Per concept: a product linked only by its name. */
  nameOnly: boolean[];
  /** Whether a label may name its concept at all: not the abbreviation such a product's name spells out ("PMP"). */
  byName(label: number): boolean;
  /** A phrase's words as `named` compares them, made once a phrase. */
  wordsOf(phrase: string): string[];
  /** Whether a phrase (its `wordsOf`) writes every word of such a label but its kind ("software") and its abbreviation. */
  named(words: readonly string[], label: number): boolean;
}

/** `conceptOf` and `textOf` read a label (by index, `labels` of them) of `concepts`. */
export function productNaming(concepts: readonly ReferenceConcept[], toolReach: number, labels: number, conceptOf: (label: number) => number, textOf: (label: number) => string): ProductNaming {
  const nameOnly = concepts.map((c) => c.type === 'tool' && c.reach !== undefined && c.reach < toolReach);
  // Per label of such a product, the words a phrase must write to name it, small words too ("Adapt It" is not
  // "adapting to …"); null for the abbreviation itself. Read once a label, when scored.
  const nameWords: (string[] | null | undefined)[] = new Array(labels);
  const wordsToName = (li: number): string[] | null => {
    const known = nameWords[li];
    if (known !== undefined) return known;
    const spelled = new Set(concepts[conceptOf(li)].label.split(/\s+/).filter((w) => /^[A-Z][A-Z0-9]{1,5}$/.test(w)).map((w) => w.toLowerCase()));
    const tokens = rawTokens(textOf(li));
    const out = tokens.length === 1 && spelled.has(tokens[0]) ? null : tokens.filter((t) => !spelled.has(t)).map(asWritten).filter((w) => !KIND_WORDS.has(w));
    nameWords[li] = out;
    return out;
  };
  return {
    nameOnly,
    byName: (li) => !nameOnly[conceptOf(li)] || wordsToName(li) !== null,
    wordsOf: (phrase) => rawTokens(phrase).map(asWritten),
    named(words, li) {
      if (!nameOnly[conceptOf(li)]) return true;
      const needed = wordsToName(li);
      return needed !== null && needed.every((w) => words.includes(w));
    },
  };
}
