// Lists of tools under a needs heading, some of which the vocabulary does not know.
import type { Mention } from '../types.js';
import { addMention, type ItemContext } from './context.js';
import { isQuality } from './lexicon.js';
import { gluesCapitals } from './glued-pair.js';
import { leadingVerb } from './leading-verb.js';

/** A line of one to three capitalised names ("Erlang", "Varnish Cache", "fp-ts" is not one). */
const NAME_LINE = /^[\p{Lu}][\p{L}\p{N}.+#-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.+#-]*){0,2}$/u;
/** How many of a list's names the rules must know before its other names are read as tools too. */
const MIN_KNOWN = 2;

const bare = (text: string) => text.trim().replace(/[.,;]$/, '');

/** The item's mentions are one knowledge mention that is the whole line ("- Nginx"). */
const wholeKnowledge = (ctx: ItemContext) => ctx.out.length === 1 && ctx.out[0].kind === 'knowledge' && ctx.out[0].text === bare(ctx.text);

/**
 * "- Nginx", "- Varnish", "- Erlang": a list line that is only a name and gave nothing is a tool as well, when at least
 * two of its sibling lines (same parent, same depth) are names the rules read whole as knowledge, and they are at least
 * half of the name lines that gave anything. `ctxs` are a section's items as read (undefined: not read); adds to `out`.
 */
export function listedNames(ctxs: (ItemContext | undefined)[], out: Mention[]): void {
  const groups = new Map<string, ItemContext[]>();
  for (const ctx of ctxs) {
    if (!ctx || ctx.item.level === 0 || !NAME_LINE.test(bare(ctx.text))) continue;
    const key = `${ctx.item.parent ?? -1}:${ctx.item.level}`;
    const group = groups.get(key);
    if (group) group.push(ctx);
    else groups.set(key, [ctx]);
  }
  for (const group of groups.values()) {
    const known = group.filter(wholeKnowledge).length;
    const read = group.filter((ctx) => ctx.out.length > 0).length;
    if (known < MIN_KNOWN || 2 * known < read) continue;
    for (const ctx of group) {
      if (ctx.out.length > 0) continue;
      const name = bare(ctx.text);
      const m = addMention(ctx, 'knowledge', 0, name.length, name, 0.6);
      if (m) out.push(m);
    }
  }
}

/** A subject written in lower case ("budgeting", "variance analysis"), not a quality or a skill asked ("honest", "IT skills"). */
const LOWER_TERM = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u;
const NOT_TERM = /\b(?:skills?|abilit(?:y|ies)|able|more|others?|etc|similar|equivalent|experience|knowledge)\b/i;
const isTerm = (part: string, ctx: ItemContext) => LOWER_TERM.test(part) && !NOT_TERM.test(part) && !isQuality(part, ctx.lex);

const PART_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*/gu;

/**
 * "Google Cloud, Erlang, Elixir", "Nginx/Varnish/Erlang", "Excel, SAP, budgeting, forecasting, variance analysis": a line
 * that is only a list of names and subjects, in which the rules read at least two as knowledge and half of the parts,
 * gives the others as knowledge too.
 */
export function listedNameParts(ctx: ItemContext, out: Mention[]): void {
  const text = bare(ctx.text);
  // (Most lines are sentences: one that opens in lower case or runs long lists no names.)
  if (text.length > 200 || !/^\p{Lu}/u.test(text) || ctx.out.length < MIN_KNOWN) return;
  const parts = partsOf(text, PART_SEPARATOR, (sep) => gluesCapitals(text, sep));
  if (parts.length < 3 || !parts.every(([a, b]) => NAME_LINE.test(text.slice(a, b)) || isTerm(text.slice(a, b), ctx))) return;
  const named = (a: number, b: number) => ctx.out.some((m) => m.kind === 'knowledge' && m.start === ctx.item.start + a && m.end === ctx.item.start + b);
  readTheRest(ctx, out, text, parts, parts.filter(([a, b]) => named(a, b)).length, 'knowledge');
}

/** A line's parts between the separator's matches (those `joins` keeps inside a part are skipped). */
function partsOf(text: string, separator: RegExp, joins: (sep: RegExpExecArray) => boolean = () => false): [number, number][] {
  const parts: [number, number][] = [];
  let at = 0;
  for (const sep of text.matchAll(separator)) {
    if (joins(sep)) continue;
    parts.push([at, sep.index]);
    at = sep.index + sep[0].length;
  }
  parts.push([at, text.length]);
  return parts;
}

/**
 * When the rules read at least two of a list's parts, and half of them, as `kind` (or `named`: the list's heading names
 * its kind), the parts they left unread are `kind` too.
 */
function readTheRest(ctx: ItemContext, out: Mention[], text: string, parts: [number, number][], known: number, kind: 'knowledge' | 'skill', named = false): void {
  if (!named && (known < MIN_KNOWN || 2 * known < parts.length)) return;
  for (const [a, b] of parts) {
    if (ctx.out.some((m) => m.start < ctx.item.start + b && ctx.item.start + a < m.end)) continue;
    const m = addMention(ctx, kind, a, b, text.slice(a, b), 0.6);
    if (m) out.push(m);
  }
}

/** A part of a list of skills: one to three words, a capital only at its start ("Cash handling", "Stock control"). */
const SKILL_PART = /^\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u;
/** A small word of a sentence, which no part of such a list holds ("You are resilient, organised and comfortable with targets"). */
const SENTENCE_WORD = /\b(?:you|we|they|are|is|be|will|have|has|with|to|of|for|in|on|at|the|a|an|our|your)\b/i;
/** Under a heading that names skills, a part may run to six words and hold a preposition ("preparation of year-end accounts", "confidence navigating multiple systems"). */
const NAMED_SKILL_PART = /^\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,5}$/u;
const CLAUSE_WORD = /\b(?:you|we|they|are|is|be|will|have|has|our|your)\b/i;
const SKILL_SEPARATOR = /\s*[,;]\s*(?:and\s+)?|\s+and\s+/gu;

/** Whether a line opens with a duty verb in its base or -s form ("Approve …", "Creates …"), not one more often a noun ("Budget management"): a task. */
function opensWithTask(text: string, ctx: ItemContext): boolean {
  const verb = leadingVerb(text, 0, ctx.lex);
  return verb !== null && verb.form !== 'ing' && !ctx.lex.nounVerbs.has(verb.base);
}

/** A heading that names skills ("Key skills", "Skills and experience"). */
const SKILLS_HEADING = /\bskills?\b/i;

/** Whether the item's heading names skills: what listedSkillParts reads of the item's section besides its kind. */
export const underSkillsHeading = (ctx: ItemContext): boolean => SKILLS_HEADING.test(ctx.section.heading);

/**
 * A word that opens no item of a list, only a phrase that goes on from the one before ("…, both oral and written",
 * "…, including management of …", "…, with tight deadlines"): a line with a part that opens so is a sentence.
 */
const CONTINUATION = /^(?:both|either|neither|including|includ(?:es|ed)|with|this|that|these|those|which|who|whose|such)\b/i;

/**
 * "Customer service, Cash handling, Stock control, Team work": a line that is only a list of short phrases, in which the
 * rules read at least two as skills and half of the parts, gives the others as skills too (as listedNameParts does for
 * names); under a heading that names skills, whatever the rules read of it ("Key skills: negotiation, stakeholder
 * engagement, budget management").
 */
export function listedSkillParts(ctx: ItemContext, out: Mention[]): void {
  const text = bare(ctx.text);
  // (Under a skills heading, a line whose rules read a task, or that lists nothing with a comma, is a sentence:
  // "Plan and deliver training through workshops …", "Approve supplier invoices, stock transfers, …".)
  const named = underSkillsHeading(ctx) && /[,;]/.test(text) && !ctx.out.some((m) => m.kind === 'duty');
  if (text.length > 160 || (!named && ctx.out.filter((m) => m.kind === 'skill').length < MIN_KNOWN)) return;
  const parts = partsOf(text, SKILL_SEPARATOR);
  if (opensWithTask(text, ctx) || parts.some(([a, b]) => CONTINUATION.test(text.slice(a, b)))) return;
  const skill = (a: number, b: number) => ctx.out.some((m) => m.kind === 'skill' && m.start >= ctx.item.start + a && m.end <= ctx.item.start + b);
  // (A part the rules read whole as a skill is one, however it is worded: "reliable, able to lift 25kg, good timekeeping".)
  const readWhole = (a: number, b: number) => ctx.out.some((m) => m.kind === 'skill' && m.start === ctx.item.start + a && m.end >= ctx.item.start + b - 1);
  const short = (part: string) => (named ? NAMED_SKILL_PART.test(part) && !CLAUSE_WORD.test(part) : SKILL_PART.test(part) && !SENTENCE_WORD.test(part));
  if (parts.length < 3 || !parts.every(([a, b]) => readWhole(a, b) || short(text.slice(a, b)))) return;
  readTheRest(ctx, out, text, parts, parts.filter(([a, b]) => skill(a, b)).length, 'skill', named);
}
