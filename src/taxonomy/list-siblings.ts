import type { Competency } from '../types.js';
import type { Placement } from './hierarchy.js';

/** What separates the items of a list of names ("PHP, Laravel and MySQL", "Docker / Istio / Kubernetes"). */
const SEPARATOR = String.raw`\s*(?:,|/|;|&|\||\band\b|\bor\b)\s*`;
const WORD = String.raw`[\p{L}\p{N}.+#-]+`;
/**
 * The name listed just before a mention (up to three words), as its example's context ends; also with nothing but a
 * space between, when it is written as a name ("Jira GIT Gerrit Eclipse": a list that lost its commas).
 */
const BEFORE = new RegExp(String.raw`(${WORD}(?:\s${WORD}){0,2})(?:${SEPARATOR}|(?<=[\p{Lu}\p{N}]${WORD})\s+)$`, 'u');
/** The name listed just after it. */
const AFTER = new RegExp(String.raw`^(?:${SEPARATOR}|\s+(?=[\p{Lu}\p{N}]))(${WORD}(?:\s${WORD}){0,2})`, 'u');
/** The kinds a list of names mixes: tools and fields (knowledge), qualities and abilities (skills). */
const LISTED = new Set(['skill', 'knowledge']);

/**
 * Competencies that neither a concept nor a word shared with others could place ("Laravel", "Istio", "Amharic": names
 * the vocabulary lacks) go where the names listed beside them in their examples are: "PHP, Laravel and MySQL" puts
 * Laravel with PHP and MySQL. Each neighbour found in an example (the longest of its last or first three words that a
 * placed competency's wording is) votes for that competency's place; a place needs two votes and more than half of
 * them, an example's context counting once however many postings repeat it.
 */
export function placeByListSiblings(unplaced: Competency[], placed: { competency: Competency; placement: Placement }[]): Map<string, Placement> {
  const byWording = new Map<string, Placement>();
  for (const { competency, placement } of placed) {
    if (!LISTED.has(competency.kind)) continue;
    for (const v of competency.variants) if (!byWording.has(v.normalized)) byWording.set(v.normalized, placement);
  }
  const out = new Map<string, Placement>();
  for (const c of unplaced) {
    if (!LISTED.has(c.kind)) continue;
    const votes = new Map<string, { placement: Placement; n: number }>();
    let total = 0;
    // (A line repeated in several postings, a re-posted list, tells once.)
    const contexts = new Set<string>();
    for (const e of c.examples) {
      const context = `${e.before ?? ''}\u0000${e.after ?? ''}`;
      if (contexts.has(context)) continue;
      contexts.add(context);
      const before = BEFORE.exec(e.before ?? '')?.[1].split(/\s/);
      const after = AFTER.exec(e.after ?? '')?.[1].split(/\s/);
      // Each side's words ending (starting) at the separator, longest first: "experience with Python and" is read as
      // "experience with python", "with python", then "python".
      const neighbours = [before?.map((_, i) => before.slice(i)), after?.map((_, i) => after.slice(0, after.length - i))];
      for (const forms of neighbours) {
        const placement = forms?.map((words) => byWording.get(words.join(' ').toLowerCase())).find((p) => p !== undefined);
        if (!placement) continue;
        const key = placement.sub?.id ?? placement.top.id;
        const vote = votes.get(key) ?? { placement, n: 0 };
        vote.n++;
        votes.set(key, vote);
        total++;
      }
    }
    let best: { key: string; n: number; placement: Placement } | undefined;
    for (const [key, { n, placement }] of votes) if (!best || n > best.n || (n === best.n && key < best.key)) best = { key, n, placement };
    if (best && best.n >= 2 && best.n * 2 > total) out.set(c.id, best.placement);
  }
  return out;
}
