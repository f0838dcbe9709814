import type { MentionKind } from '../types.js';

const LEADING_MARKER = /^\s*(?:[-*•·▪◦o]\s+|\(?\d+(?:\.\d+)*[.)]\s*|\(?[a-z][.)]\s+)/i;
const PRAISE = '(?:good|very good|excellent|strong|solid|proven|demonstrated|demonstrable|effective|outstanding|exceptional|superior|sound|great|advanced|basic|high|highly developed|well[- ]developed|first[- ]class|working|practical|in-depth|thorough|hands-on|fluent)';
const WRAPPER_HEAD = new RegExp(
  `^(?:(?:must|should)\\s+(?:have|possess|be)\\s+|(?:to\\s+)?(?:have|possess)\\s+)?(?:an?\\s+)?(?:${PRAISE}\\s+)*` +
    '(?:(?:ability|abilities|able|capacity|capability|skills?|knowledge|understanding|experience|proficiency|expertise|familiarity|competence)\\s+(?:to|in|of|with|for|at)\\s+)?',
);
const WRAPPER_TAIL = /\s+(?:skills?|abilities|ability|capabilities|competenc(?:y|ies))$/;

/** Third-person verb → base form ("maintains" → "maintain", "approaches" → "approach"). */
function baseVerb(word: string): string {
  if (/(?:ss|us|is)$/.test(word) || word.length < 4) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Light normalization of a raw phrase for `canonicalize`: list markers, a "Name - description" or
 * "Name: description" tail, praise and "ability to / knowledge of / … skills" wrappers go; duties
 * start with a base verb. The taxonomy's own analysis does the rest.
 */
export function normalizePhrase(phrase: string, kind: MentionKind): string {
  let p = phrase.replace(LEADING_MARKER, '').replace(/\s+/g, ' ').trim();
  // A named competency with its description: the name is the competency.
  const named = /^([^:–—-]{2,60}?)\s*(?::|\s[-–—]\s)\s*(.{8,})$/.exec(p);
  if (named && named[1].split(' ').length <= 6) p = named[1];
  p = p.toLowerCase().replace(/[.;,!]+$/, '').trim();
  const stripped = p.replace(WRAPPER_HEAD, '').replace(WRAPPER_TAIL, '').trim();
  if (stripped) p = stripped;
  if (kind === 'duty') {
    const [first, ...rest] = p.split(' ');
    p = [baseVerb(first), ...rest].join(' ');
  }
  return p;
}
