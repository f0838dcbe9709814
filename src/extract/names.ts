import { createMatcher, loadVocabulary, type VocabularyMatch, type VocabularyMatcher, type Vocabulary } from '../vocabulary/index.js';
import { addMention, type ItemContext } from './context.js';
import type { ExtractConfig } from './options.js';

/** The reference vocabulary and a matcher over it, for one document (the vocabulary itself is loaded once per process). */
export interface Names {
  vocabulary: Vocabulary;
  matcher: VocabularyMatcher;
  blocked: Set<string>;
}

export function namesFor(config: ExtractConfig): Names | null {
  if (!config.vocabulary) return null;
  const vocabulary = loadVocabulary(config.vocabulary);
  return { vocabulary, matcher: createMatcher(vocabulary), blocked: new Set(config.filter.blocked) };
}

/** Separators and cue words around a name that show it is named as a subject or tool, not used as a plain word. */
const LIST_BEFORE = /(?:[,/(;:•·]|\b(?:and|or|of|in|with|using|such as|including|like|e\.g\.?|especially|plus|&))\s*$/i;
// Not "skills": "computer skills" names a skill with a modifier, not the subject "computer".
const LIST_AFTER = /^\s*(?:[,/);:]|\b(?:and|or|etc|knowledge|experience|programming|language|software|systems?)\b)/i;

/**
 * Knowledge named anywhere in an item: tools and technologies (O*NET), and ESCO knowledge concepts
 * ("risk management", "Kotlin", "English"). A one-word name in lower case is an ordinary word too
 * ("care", "security"): it counts only inside a list or after a cue ("knowledge of accounting").
 */
export function vocabularyKnowledge(ctx: ItemContext, names: Names, confidence: number, needs: boolean): number {
  let n = 0;
  // A name inside a duty or a qualification ("Keep notes in the CRM", "BSc in Economics") is part of it:
  // an item those cover needs no look-up.
  const inside = (a: number, b: number) =>
    ctx.out.some((o) => (o.kind === 'duty' || o.kind === 'qualification') && o.start <= ctx.item.start + a && ctx.item.start + b <= o.end);
  if (inside(0, ctx.text.length)) return 0;
  for (const m of names.matcher.match(ctx.text)) {
    if (names.blocked.has(m.key) || !namesKnowledge(ctx.text, m, names)) continue;
    // In prose about the employer or the role, only what is written as a name (a tool, "Mental Health Act").
    if (!needs && names.vocabulary.concepts[m.concepts[0]].type !== 'tool' && !/\p{Lu}/u.test(m.text)) continue;
    if (inside(m.start, m.end) || partOfName(ctx.text, m, names)) continue;
    if (addMention(ctx, 'knowledge', m.start, m.end, m.text, confidence)) n++;
  }
  return n;
}

/** A word that makes the name before it a modifier of a unit, a job or a document ("Engineering department", "DevOps Engineer"). */
const HEAD_AFTER =
  /^[\s/-]*(?:teams?|department|division|unit|group|function|engineers?|managers?|leads?|specialists?|officers?|roles?|positions?|industry|sector|company|policy|policies|principles|standards|value chain)\b/i;

/** A field name (ESCO knowledge, not a tool) that modifies a unit or a job: "Engineering department", "DevOps Engineer". */
function partOfName(text: string, m: VocabularyMatch, names: Names): boolean {
  return names.vocabulary.concepts[m.concepts[0]].type !== 'tool' && /^\p{Lu}/u.test(m.text) && HEAD_AFTER.test(text.slice(m.end, m.end + 24));
}

/** Whether a vocabulary match in `text` names knowledge (the learned filter aside). */
export function namesKnowledge(text: string, m: VocabularyMatch, names: Names): boolean {
  const type = names.vocabulary.concepts[m.concepts[0]].type;
  if (type === 'skill') return false;
  if (type === 'tool' || m.key.includes(' ') || /\p{Lu}/u.test(m.text)) return true;
  return LIST_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) || LIST_AFTER.test(text.slice(m.end, m.end + 16));
}

