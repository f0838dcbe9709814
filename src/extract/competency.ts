// Role tables of named competencies ("Customer Focus: Knowledge of …", a level line and indicators below it).
import type { Item, Section, SectionKind } from '../types.js';
import { addMention, firstMatch, type ItemContext } from './context.js';
import { extractDuties } from './duties.js';
import { leadingVerb } from './leading-verb.js';
import type { LexiconIndex } from './lexicon.js';
import { generic } from './sentence.js';
import { append } from '../append.js';

export const LEVEL_LINE = /^(?:level|proficiency|niveau|nivel|уровень|stufe)\b[\s:–-]*(.{2,60}?)[\s:.]*$/iu;
const COMPETENCY = /^([\p{Lu}][\p{L}&/,'’ -]{1,60}?)\s*(?:[:：]|\s[-–—]|(?<=[\p{L}])[-–—](?=\s))\s+(?!(?:und|oder|and|or|bzw|et|y|и)\s)([\p{Lu}\p{Lo}"“'‘(].*)$/u;

/**
 * In a role table a cell "Customer Service: Responds to …" names a competency. Under a skills row any
 * such name counts; elsewhere only a name that says it is one ("Computer Skills", "Teamwork").
 */
export function isTableCompetency(text: string, kind: SectionKind, lex: LexiconIndex): boolean {
  const m = COMPETENCY.exec(text);
  if (!m) return false;
  if (kind === 'skills') return true;
  const name = m[1].trim();
  return /\b(?:skills?|knowledge|competenc(?:y|ies)|abilities)$/i.test(name) || (firstMatch(lex.qualities, name)?.[0].length ?? 0) === name.length;
}

/**
 * A named competency ("Customer Focus: Knowledge of …" with a level line and indicators below it):
 * the name is the skill (knowledge when its name says so), the level comes from the level line, and a
 * description that starts with a verb ("Responds to customer questions …") is a duty.
 */
export function competency(ctx: ItemContext, section: Section, index: number): void {
  const m = COMPETENCY.exec(ctx.text);
  if (!m) {
    generic(ctx, section.kind);
    return;
  }
  const name = m[1].trim().replace(/[,\s-]+$/, '');
  let level: string | undefined;
  for (const it of section.items) {
    if (it.parent !== index) continue;
    const lm = LEVEL_LINE.exec(it.text.trim());
    if (lm) {
      level = lm[1].toLowerCase();
      break;
    }
  }
  const kind = /\bknowledge\b/i.test(name) ? 'knowledge' : 'skill';
  const normalized = name.replace(/\s+(?:(?:and|&)\s+)?(?:skills?|abilities)$/i, '');
  addMention(ctx, kind, 0, name.length, normalized, 0.85, level ? { level } : {});
  const descStart = m[0].length - m[2].length;
  const v = leadingVerb(ctx.text, descStart, ctx.lex);
  if (v && v.form === 's') extractDutiesFrom(ctx, descStart);
}

/** Duties of the part of an item after `from` (the description of a named competency). */
function extractDutiesFrom(ctx: ItemContext, from: number): void {
  const item: Item = { ...ctx.item, start: ctx.item.start + from, text: ctx.text.slice(from) };
  const sub: ItemContext = { ...ctx, item, text: item.text, out: [] };
  extractDuties(sub, false, 0.6);
  append(ctx.out, sub.out);
}

