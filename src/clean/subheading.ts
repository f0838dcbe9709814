import { headingKey, isKnownHeading } from './language.js';

/** A line ending in a word that needs what follows ("and", "of", a comma): it goes on, whatever comes next. */
export const CONTINUES = /(?:[,&/(]|\b(?:and|or|the|of|to|with|for|in|on|a|an|by|as|at|from|that|which|who|including|such|our|your|their|its|is|are|be|will|can|must|should|und|et|de|la|le|der|die|das|y|el|и|в|с|на)\b)$/i;

/**
 * A known section heading on a line of its own ("Essential", "Desirable", "Skills:") after a line
 * that ends in a lowercase word: a person specification's subheadings. A wrap puts no capital
 * there; a capital after a capital is a name or a Title Case item going on ("Communication" /
 * "Skills"), and a line ending in "and" or "of" goes on whatever follows.
 */
export function isSubheading(cur: string, next: string, headings: ReadonlySet<string>): boolean {
  return /^\p{Lu}/u.test(next) && isKnownHeading(next, headings) && !/(?:^|\s)\p{Lu}\S*$/u.test(cur) && !CONTINUES.test(cur);
}

/**
 * A line that is a whole known heading too long for `isKnownHeading` ("Detailed job description and main
 * responsibilities", NHS Jobs) before a capitalised line ("Clinical"): the heading ends there. In a block
 * of a few lines it is the longest line, so it looked full and the next line was joined to it as a wrap,
 * and the duties below fell into the section before.
 */
export function endsHeading(cur: string, next: string, headings: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}/u.test(next)) return false;
  const t = headingKey(cur);
  return t.length > 40 && headings.has(t);
}
