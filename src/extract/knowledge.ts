import { addMention, covered, matches, type ItemContext } from './context.js';

const OBJECT_END = /[;,.(:]|\s(?:and (?:the )?(?:ability|willingness|capacity)|ability to|including|such as|as well as|e\.g\.|is (?:a plus|an advantage|desirable|preferred|required)|preferred|required|desirable|an advantage|a plus)\b/iu;
const DETERMINER = /^(?:the|a|an|our|your|their|its|all|any)\s+/i;

/** "Working knowledge of CRM software", "Proficient in Microsoft Excel", "familiarity with Agile". */
export function knowledgeCues(ctx: ItemContext, confidence: number, skipExperience: boolean): number {
  const { text, lex } = ctx;
  let n = 0;
  for (const cue of matches(lex.knowledgeCue, text)) {
    const cueText = cue[0].toLowerCase();
    if (skipExperience && /experience/.test(cueText)) continue;
    const from = cue.index + cue[0].length;
    const rest = text.slice(from);
    const stop = OBJECT_END.exec(rest);
    let end = from + (stop ? stop.index : rest.length);
    const words = text.slice(from, end).trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    if (words.length > 10) end = from + rest.indexOf(words[9], rest.indexOf(words[8])) + words[9].length;
    if (/^\d/.test(words[0])) continue;
    let start = cue.index;
    // A level word just before the cue ("in-depth", "hands-on") belongs to the mention.
    const before = /([\p{L}-]+)\s+$/u.exec(text.slice(0, cue.index));
    let levelWord = cueText.split(/\s+/)[0];
    if (before && lex.levelWords.has(before[1].toLowerCase())) {
      start = before.index;
      levelWord = before[1].toLowerCase();
    }
    if (covered(ctx, start, end, ['knowledge', 'qualification'])) continue;
    const object = text.slice(from, end).trim().replace(DETERMINER, '');
    const level = lex.levelWords.get(levelWord) ?? lex.levelWords.get(cueText.split(/\s+/)[0]);
    if (addMention(ctx, 'knowledge', start, end, object, confidence, level ? { level } : {})) n++;
  }
  return n;
}

/** Tools, methods and domains the lexicon knows ("Salesforce", "pivot tables", "Agile"). */
export function knowledgeTerms(ctx: ItemContext, confidence: number): number {
  const { text, lex } = ctx;
  let n = 0;
  for (const re of [lex.knowledgeTerms, lex.knowledgeTermsExact]) {
    for (const t of matches(re, text)) {
      if (covered(ctx, t.index, t.index + t[0].length)) continue;
      if (addMention(ctx, 'knowledge', t.index, t.index + t[0].length, t[0], confidence)) n++;
    }
  }
  return n;
}
