// Tools named by what is around them: before "knowledge", opening a sentence before a cue, inside a skill asked for.
import { addMention, covered, guarded, matches, OPEN_TAIL_WORDS, type ItemContext } from './context.js';
import { isKnowledgeTerm } from './lexicon.js';
import { namesToolAt } from './names.js';

/** The endings of a field's or an activity's name, no product's ("Warehousing", "Management", "Accounting"). */
const FIELD_SUFFIX = /(?:ing|ment|tion|sion|ance|ence|ship|ics|ogy|ism|ity)$/i;

/** What after a sentence's first word shows it names a tool: its use, or a verdict on having it. */
const NAMED_AFTER = new RegExp(String.raw`^(?:\s*(?:,|\/|\s(?:or|and))\s*\p{Lu}[\p{L}\p{N}+#.]*)*\s+(?:experience|skills?|knowledge|expertise|programming|development|(?:is|are|would be|will be)\s+(?:(?:highly|strongly|very)\s+)?${OPEN_TAIL_WORDS})\b`, 'u');

/**
 * "Docker is a plus.", "Python experience.": a tool the lexicon knows opening a sentence, where the vocabulary does not
 * read a word with a capital ("Python" is a snake too), is named by what follows it.
 */
export function leadingTool(ctx: ItemContext, confidence: number): number {
  // (A name of one word: a field's words, "Project management", "Warehousing", are capitalised here only as a sentence's first.)
  const first = LEADING_NAME.exec(ctx.text);
  if (!first || FIELD_SUFFIX.test(first[1]) || !NAMED_AFTER.test(ctx.text.slice(first[0].length)) || !isKnowledgeTerm(first[1], ctx.lex)) return 0;
  const [a, b] = [first[0].length - first[1].length, first[0].length];
  if (covered(ctx, a, b, ['knowledge'])) return 0;
  return addMention(ctx, 'knowledge', a, b, first[1], confidence) ? 1 : 0;
}
const LEADING_NAME = /^\s*(\p{Lu}[\p{L}\p{N}+#-]*)/u;

/** "Python skills", "Excel skills" opening an item: the word from `a` to `b` is the leading tool leadingTool reads. */
export function leadingToolAt(ctx: ItemContext, a: number, b: number): boolean {
  const first = LEADING_NAME.exec(ctx.text);
  return first !== null && first[0].length === b && b - first[1].length === a && !FIELD_SUFFIX.test(first[1]) && isKnowledgeTerm(first[1], ctx.lex);
}

/** A name just before "knowledge" ("Good Excel knowledge", "SAP knowledge"). */
const NAME_BEFORE_KNOWLEDGE = guarded(/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}+#.]*(?:\s+\p{Lu}[\p{L}\p{N}+#.]*)?)\s+knowledge\b/gu, /knowledge/u);

/** "Good Excel knowledge is essential": a tool's or a technology's name before "knowledge" is the knowledge asked, as before "skills". */
export function toolKnowledge(ctx: ItemContext, confidence: number): number {
  let n = 0;
  for (const m of matches(NAME_BEFORE_KNOWLEDGE, ctx.text)) {
    const b = m.index + m[1].length;
    // ("Good Excel knowledge": the name may be the second word alone.)
    const a = [m.index, b - (/\S+$/.exec(m[1])?.[0].length ?? 0)].find((x) => namesToolAt(ctx, x, b));
    if (a === undefined || covered(ctx, a, b)) continue;
    if (addMention(ctx, 'knowledge', a, b, ctx.text.slice(a, b), confidence)) n++;
  }
  return n;
}

/** "Ability to use Sage 200 and Excel to a high standard": the tools the lexicon knows that a skill names, written as names, are knowledge of their own (mentions.md). */
export function toolsInSkills(ctx: ItemContext, confidence: number): void {
  for (const m of [...ctx.out]) {
    if (m.kind !== 'skill') continue;
    const from = m.start - ctx.item.start;
    // (The lexicon's names written only so too: "Sage", "Word".)
    for (const t of [...matches(ctx.lex.knowledgeTerms, m.text), ...matches(ctx.lex.knowledgeTermsExact, m.text)]) {
      // (One word written as a name, not the end of a longer one: "a passion for Data Warehousing".)
      if (t.index === 0 || !/^\p{Lu}[\p{L}\p{N}+#.-]*$/u.test(t[0]) || FIELD_SUFFIX.test(t[0]) || /\p{Lu}[\p{L}-]*\s+$/u.test(m.text.slice(0, t.index))) continue;
      if (covered(ctx, from + t.index, from + t.index + t[0].length, ['knowledge'])) continue;
      addMention(ctx, 'knowledge', from + t.index, from + t.index + t[0].length, t[0], confidence);
    }
  }
}

/**
 * A product written as products are after the word of its use in a task: joined capitals ("SystmOne", "QuickBooks") or a
 * capitalised name with its edition's number ("Sage 200", "Dynamics 365"); not a word of a team's name ("with DevOps Engineers").
 */
const PRODUCT_IN_TASK = guarded(/(?<=\s(?:using|on|in|into|via|with|through)\s+)(?:\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}[\p{L}]+\s+\d{2,4})(?![\p{L}\p{N}])(?!\s+\p{Lu})/gu, /\s(?:using|on|in|into|via|with|through)\s+\p{Lu}/u);

/** "Process invoices on Sage 200", "Maintain records in SystmOne": the product a task is done with is knowledge of its own (mentions.md). */
export function toolsInDuties(ctx: ItemContext, confidence: number): void {
  for (const m of [...ctx.out]) {
    if (m.kind !== 'duty') continue;
    const from = m.start - ctx.item.start;
    for (const t of matches(PRODUCT_IN_TASK, m.text)) {
      if (covered(ctx, from + t.index, from + t.index + t[0].length, ['knowledge'])) continue;
      addMention(ctx, 'knowledge', from + t.index, from + t.index + t[0].length, t[0], confidence);
    }
  }
}

/** A capitalised name joined by "and" or "or" after a known one, ending its phrase: "Apache Spark and Airflow". */
const JOINED_NAME = /^\s+(?:and|or|&)\s+(\p{Lu}[\p{L}\p{N}+#.-]*)(?=\s*(?:$|[.;:)]|\s+(?:and|or|to|for|in|on|with|at|as)\s+\p{Ll}))/u;

/**
 * A name joined after a tool or subject read as knowledge, anywhere in an item, is knowledge of its own (mentions.md: one
 * mention each). One name, after one the rules know: a list of names no vocabulary holds stays unread.
 */
export function namesJoined(ctx: ItemContext, confidence: number): void {
  for (const m of ctx.out.filter((o) => o.kind === 'knowledge')) {
    const j = JOINED_NAME.exec(ctx.text.slice(m.end - ctx.item.start));
    if (!j) continue;
    const a = m.end - ctx.item.start + j[0].length - j[1].length;
    const b = a + j[1].length;
    if (!covered(ctx, a, b, ['knowledge', 'qualification'])) addMention(ctx, 'knowledge', a, b, j[1], confidence);
  }
}
