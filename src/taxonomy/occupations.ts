import type { Occupation, Vocabulary } from '../vocabulary/index.js';
import { americanize, rawTokens, stem } from './text.js';
import { createLinker } from './link.js';
import type { TaxonomyConfig } from './options.js';
import type { ReferenceIndex } from './types.js';

/** A role's ESCO occupation and its ISCO-08 unit group. */
export interface OccupationMatch {
  uri: string;
  label: string;
  isco: string;
  score: number;
}

const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };

/** Words of a title that say how senior or which grade, not what the job is. */
const GRADE = /\b(?:senior|sr|junior|jr|principal|staff|graduate|trainee|intern|head|chief|associate|assistant|deputy|lead|ii|iii|iv|i)\b\.?/gi;

/**
 * What a role title names: the part before a dash, bar, comma or "at", without bracketed notes
 * ("(m/f/d)", "(Re-Advertised)"), placeholders ("<ORGANIZATION>") or grades ("Senior", "II").
 * The grade stays when it is all there is ("Chief of Party" is an occupation of its own).
 */
export function titleCore(title: string): string {
  const head = title
    .replace(/<[^>]*>/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/\s[-–—|]\s|[|,;]|\s(?:at|@)\s/i)[0]
    .replace(/\s+/g, ' ')
    .trim();
  const core = head.replace(GRADE, ' ').replace(/\s+/g, ' ').trim();
  return /\p{L}{3,}/u.test(core) ? core : head;
}

const stems = (text: string) => rawTokens(text).map((t) => stem(americanize(t)));

function namesHead(o: Occupation, title: string): boolean {
  const head = stems(title).at(-1);
  return head !== undefined && [o.label, ...o.alt].some((l) => stems(l).includes(head));
}

const occupationReferences = new WeakMap<Vocabulary, ReferenceIndex>();

/** A vocabulary's occupations as a reference (one object per vocabulary, so that its analysed labels are kept). */
export function occupationReference(vocabulary: Vocabulary, config: TaxonomyConfig): ReferenceIndex {
  let reference = occupationReferences.get(vocabulary);
  if (!reference) {
    reference = {
      path: 'occupations',
      format: 'bundled',
      concepts: vocabulary.occupations.map((o) => ({ id: o.id, label: o.label, altLabels: o.alt })),
      ...(config.vocabularyFile ? { stored: { vocabularyFile: config.vocabularyFile, section: 'occupations' } } : {}),
    };
    occupationReferences.set(vocabulary, reference);
  }
  return reference;
}

/**
 * Matches role titles to the vocabulary's occupations (preferred and alternative labels, the same
 * linker as competencies use). A title that names no occupation closely enough gets none.
 */
export function occupationMatcher(vocabulary: Vocabulary, config: TaxonomyConfig): (title: string) => OccupationMatch | undefined {
  const linker = createLinker(occupationReference(vocabulary, config), config, NO_RUN);
  const memo = new Map<string, OccupationMatch | undefined>();
  return (title) => {
    const core = titleCore(title);
    if (!core) return undefined;
    if (memo.has(core)) return memo.get(core);
    const link = linker.best(core, 'skill');
    let out: OccupationMatch | undefined;
    // The occupation must name what the title is about (its last word), not only share a word ("Location options").
    if (link && link.score >= config.occupationThreshold && namesHead(vocabulary.occupations[link.concept], core)) {
      const o = vocabulary.occupations[link.concept];
      out = { uri: o.id, label: o.label, isco: o.isco, score: Math.round(link.score * 1000) / 1000 };
    }
    memo.set(core, out);
    return out;
  };
}
