import type { Vocabulary } from '../vocabulary/index.js';
import type { ReferenceIndex } from './types.js';

/**
 * The languages ESCO has skills for ("Polish", "Amharic"): the capitalised words of the labels in its
 * language group (code "L"). A concept that names one is about that language: "written and verbal
 * communication skills" shares "verbal" and "communicate" with "interact verbally in Polish" but is
 * not that skill unless it says Polish.
 */
const names = new WeakMap<Vocabulary, Set<string>>();
/** A capitalised word of a label: ESCO writes its labels in lower case but for names ("Polish", "Java"). */
const CAPITALISED = /\b\p{Lu}\p{Ll}+\b/gu;

function languageNames(vocabulary: Vocabulary): Set<string> {
  let set = names.get(vocabulary);
  if (set) return set;
  set = new Set();
  const inLanguages = (g: number): boolean => {
    const group = vocabulary.groups[g];
    return (group.code ?? '').startsWith('L') || (group.parent !== undefined && inLanguages(group.parent));
  };
  for (const c of vocabulary.concepts) {
    if (!c.groups.some(inLanguages)) continue;
    for (const w of c.label.match(CAPITALISED) ?? []) set.add(w.toLowerCase());
  }
  names.set(vocabulary, set);
  return set;
}

/** Per concept of the reference, the languages its preferred label names (lower case), or undefined for none. */
export function conceptLanguages(reference: ReferenceIndex, vocabulary: Vocabulary | undefined): (string[] | undefined)[] {
  const known = vocabulary ? languageNames(vocabulary) : new Set<string>();
  return reference.concepts.map((c) => {
    const named = (c.label.match(CAPITALISED) ?? []).map((w) => w.toLowerCase()).filter((w) => known.has(w));
    return named.length ? named : undefined;
  });
}
