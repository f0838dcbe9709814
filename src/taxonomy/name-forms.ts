// Other ways a phrase names what it names, for the linker to read where the phrase itself meets no label well:
// without a version, without a library's "js", with a framework's kind, one word of a list sharing a head, the words an
// acronym stands for.
import { labelsOf } from './label-index.js';
import type { ReferenceConcept } from './types.js';

/** "HTML5", "CSS3", "html 5": the name without its version, or null. */
export function withoutVersion(phrase: string): string | null {
  return /^(\p{L}[\p{L}+#.-]+\p{L})\s?v?\d{1,2}$/u.exec(phrase.trim())?.[1] ?? null;
}

/** "trouble-shooting", "pro-active": the phrase with each hyphenated word that `isWord` knows whole written so, or null. */
export function joinedForm(phrase: string, isWord: (word: string) => boolean): string | null {
  let joined = false;
  const out = phrase.replace(/(?<![\p{L}\p{N}-])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}-])/gu, (whole, a: string, b: string) => {
    const word = `${a}${b}`;
    if (!isWord(word.toLowerCase())) return whole;
    joined = true;
    return word;
  });
  return joined ? out : null;
}

/** "Care Act", "Mental Health Act 1983": a law, as labels name its subject ("… legislation"), or null ("create an act", a duty's, is none). */
export function legislationForm(phrase: string): string | null {
  const law = /^(\p{L}[\p{L}\s,'’-]*?)\s+act(?:\s+(?:of\s+)?\d{4})?$/iu.exec(phrase.trim());
  return law && !/(?:^|\s)(?:an?|the|this|that|one)$/i.test(law[1]) ? `${law[1]} legislation` : null;
}

/** "ReactJS", "React.js", "nodejs": a JavaScript library as labels write it, with its ".js" or without it; [] for other phrases. */
export function libraryForms(phrase: string): string[] {
  const js = /^(\p{L}[\p{L}-]*?)(?:\.|\s)?js$/iu.exec(phrase.trim());
  return js ? [`${js[1]}.js`, js[1]] : [];
}

/** "Spring": a one-word name as a product's label writes it with its kind ("Spring Framework"), or null. */
export function frameworkForm(phrase: string): string | null {
  return /^\p{L}[\p{L}.#+-]*$/u.test(phrase.trim()) ? `${phrase.trim()} framework` : null;
}

/**
 * "communication and interpersonal skills" → "communication skills", "interpersonal skills"; "written and verbal
 * communication skills" → "communication skills" first, then "written …" and "verbal …": words sharing one head name
 * a competency each. [] for other phrases. The two-word head is shared only when the first word may modify it
 * (`modifier`, by default any word): "leadership and people management skills" is leadership and people
 * management, no "management skills".
 */
export function listForms(phrase: string, modifier: (word: string) => boolean = () => true): string[] {
  const listed = /^([\p{L}-]+)\s+(?:and|&)\s+([\p{L}-]+)((?:\s+[\p{L}-]+)?\s+(?:skills|abilities|knowledge))$/iu.exec(phrase.trim());
  if (!listed) return [];
  const shared = /^\s+\S+\s+\S/.test(listed[3]) && modifier(listed[1].toLowerCase()) ? [listed[3].trim()] : [];
  return [...shared, `${listed[1]}${listed[3]}`, `${listed[2]}${listed[3]}`];
}

/** A phrase that may be an acronym ("IFRS", or "ifrs" as a run's competencies reach the linker). */
export const ACRONYM_SHAPED = /^\p{L}{3,6}$/u;

/** Words an acronym leaves out ("hazard analysis and critical control points" → "HACCP"). */
const ACRONYM_SKIPS = new Set(['and', 'of', 'to', 'the', 'for', 'in', 'on', 'with', 'a', 'an', '&']);

/**
 * Per acronym of three to six content words of a concept's label ("international financial reporting standards" →
 * "IFRS"): the concept, or -1 when labels of several share it. Product names are left out: they write their own
 * acronyms ("Amazon Web Services AWS software").
 */
export function acronymIndex(concepts: readonly ReferenceConcept[]): Map<string, number> {
  const out = new Map<string, number>();
  concepts.forEach((c, concept) => {
    if (c.type === 'tool') return;
    for (const { text } of labelsOf(c)) {
      let key = '';
      for (const w of text.split(' ')) {
        if (w === '' || ACRONYM_SKIPS.has(w)) continue;
        key += w[0].toUpperCase();
        if (key.length > 6) break;
      }
      if (key.length < 3 || key.length > 6 || !/^\p{Lu}+$/u.test(key)) continue;
      const seen = out.get(key);
      out.set(key, seen === undefined || seen === concept ? concept : -1);
    }
  });
  return out;
}
