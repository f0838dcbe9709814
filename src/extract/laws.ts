// Laws named in what the role does or asks ("Work within the Medicines Act and the Misuse of Drugs Act"): knowledge the
// candidate must have, one mention per law.
import { addMention, guarded, matches, type ItemContext } from './context.js';

/** A law named by its title ("the Mental Health Act 1983", "Misuse of Drugs Act"): capitalised words before "Act", small words among them. */
export const LAW_NAME = guarded(/(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|in|on|to|at|the|&)\s+)?){1,6}Act(?:\s+(?:19|20)\d\d)?(?![\p{L}\p{N}])/gu, /\sAct/);

/** Two laws' names, which LAW_NAME reads as one ("the Mental Health Act and Care Act"). */
export const twoActs = (s: string) => (s.match(/\bAct\b/g)?.length ?? 0) > 1;

/** The whole text is one law's name ("Health and Safety at Work Act 1974"). */
export function isLawName(s: string): boolean {
  const m = matches(LAW_NAME, s)[0];
  return m?.index === 0 && m[0].length === s.length && !twoActs(s);
}

/** "subject to the Rehabilitation of Offenders Act …", "exempt from …": a condition of the post, nothing the candidate knows. */
const CONDITION_BEFORE = /\b(?:subject\s+to|exempt(?:ed|ion)?\s+from|under\s+the\s+terms\s+of|as\s+defined\s+(?:by|in)|registered\s+under)\s+(?:the\s+)?$/i;

/**
 * A law named anywhere in what the role does or asks ("Work within the Medicines Act and the Misuse of Drugs Act",
 * "Carry out assessments under the Mental Health Act 1983"): the candidate must know it (mentions.md), as a tool
 * named in a duty is its own knowledge.
 */
export function namedLaws(ctx: ItemContext, confidence: number): number {
  let n = 0;
  for (const m of matches(LAW_NAME, ctx.text)) {
    if (CONDITION_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // ("the Mental Health Act and Care Act": two laws, one mention each.)
    let at = m.index;
    for (const join of m[0].matchAll(ACTS_JOINED)) {
      const end = m.index + join.index;
      if (addMention(ctx, 'knowledge', at, end, ctx.text.slice(at, end), confidence)) n++;
      at = end + join[0].length;
    }
    if (addMention(ctx, 'knowledge', at, m.index + m[0].length, ctx.text.slice(at, m.index + m[0].length), confidence)) n++;
  }
  return n;
}

/** What joins one law's name to the next inside a LAW_NAME match ("… Act | and | Care Act", "… Act 2005|, the |Care Act"). */
const ACTS_JOINED = /(?<=\bAct\b(?:\s+(?:19|20)\d\d)?)\s*(?:,|and|&|or)\s+(?:the\s+)?/g;
