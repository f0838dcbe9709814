import { addMention, type ItemContext } from './context.js';
import { leadingVerb } from './leading-verb.js';
import { PREPOSITION } from './verbs.js';

/** "stock control", "order processing", "data entry": a verb-like word before a noun of action is a noun too. */
const ACTION_NOUN_AFTER = /^\s+(?:\p{Ll}+(?:ion|ment|ing|ance|ence)|control|entry)(?=$|[\s,;.])/u;
export const actionNounAfter = (text: string, at: number): boolean => ACTION_NOUN_AFTER.test(text.slice(at, at + 40));

/**
 * The rest of a list of tasks named by nouns, from the comma after its first task (or the whole list): each item a
 * duty when every item is a short lower-case noun phrase ("merchandising", "cash handling"), not a place, a name or
 * a manner ("in Kenya, Uganda and Tanzania", "on time and within budget"). Whether it found such a list.
 */
export function nounList(ctx: ItemContext, from: number, to: number, confidence: number): boolean {
  const { text, lex } = ctx;
  // (Examples after the last task are not tasks: "… and chronic disease management including asthma and COPD reviews".)
  const tail = /^([^.;:]*?)(?:,?\s+(?:including|such as|e\.g\.)\s[^.;:]*)?\s*\.?\s*$/.exec(text.slice(from, to));
  if (!tail) return false;
  const items: [number, number][] = [];
  for (const m of tail[1].matchAll(/[^,]+/g)) {
    for (const part of m[0].split(/^\s*(?:and|or)\s+|\s+(?:and|or)\s+/i)) {
      const item = part.trim();
      if (item === '') continue;
      const words = item.split(/\s+/);
      if (words.length > 4 || !/^\p{Ll}/u.test(item) || PREPOSITION.test(words[0]) || /\d/.test(item)) return false;
      const v = leadingVerb(item, 0, lex);
      if (v && v.form !== 'ing' && !(words.length === 2 && actionNounAfter(item, v.end))) return false;
      const start = text.indexOf(item, from + m.index);
      items.push([start, start + item.length]);
    }
  }
  for (const [a, b] of items) addMention(ctx, 'duty', a, b, text.slice(a, b), confidence);
  return items.length > 0;
}
