// Where a duty's span ends and how it reads normalized: purpose, manner and scope tails cut off ("… to meet the
// objectives", ", when necessary"), and one duty per verb of a coordinated list.
import { addMention, type ItemContext } from './context.js';
import { CLAUSE_ENDS_AFTER, coordinatedDuties, listedNoun, verbList } from './coordinated-duties.js';
import { REPORTING } from './duty-subjects.js';
import { leadingVerb, type LeadingVerb } from './leading-verb.js';
import type { LexiconIndex } from './lexicon.js';
import { namesActivity, nounList } from './noun-list.js';
import { lemma } from './verbs.js';

/**
 * Purpose and scope tails cut from a duty's normalized form, so the same duty reads the same, and what is said of its object
 * (", many of whom …") (not at the colon of "1:1" or "9:30";
 * nor at "in ensuring", the object of "support the manager in ensuring …"; "play a key part in ensuring …" is read by the
 * lexicon's responsibility patterns, which keep only "ensuring …").
 */
const CUT = /,(?=\s*(?:and|or|then|which|where|who|when|while|as|to|with|including|such|in|on|for|by|so|from|under|at|often|sometimes|usually|particularly|especially|mainly|mostly|typically|frequently|occasionally|always|even)\b|\s*\w+ing\b|\s*\w+ed\s+by\b|\s*(?:many|most|some|all|each|one|none|several|both|few|half|any)\s+of\s+(?:whom|which|them|these|those)\b)|;|(?<!\d):|:(?!\d)|\s\(|\s(?:in line with|in order (?:to|for)|so that|although|though|whereas|whilst|to ensure|(?<!\bin\s)ensuring|as needed|as necessary|as required|where needed|where necessary|when needed|where(?:ver)? possible|when possible|if possible|with the assistance|with the help|on a (?:daily|weekly|monthly|regular|quarterly|yearly|ongoing)|on an ongoing|within|across|including|such as|e\.g\.|via|through(?!\s+to\b)|based on|according to|in accordance with|etc|considering|taking into (?:account|consideration))\b/i;

/**
 * "… the overall architecture and your ideas will be taken into account", "… and we are proud of …": after "and/but"
 * a pronoun or a possessive's noun phrase with its own finite verb opens a clause of its own, no part of the task.
 */
const OWN_CLAUSE = String.raw`\s(?:and|but)\s+(?:(?:you|we|they|it)|(?:your|our|their|its)(?:\s+[\p{L}-]+){1,2}?)\s+(?:will|shall|would|can|could|may|might|must|should|is|are|was|were|has|have)\b`;

/** Where a duty's span ends: before a purpose, manner or scope tail ("… to meet the objectives", ", when necessary", " who are based …"),
 * what is done for the post holder ("… and will be supported to complete …"), what the candidate has ("… and have excellent
 * communication skills") or a reporting line joined to it ("… and reporting to the Director"). */
const SPAN_CUT = new RegExp(
  `${CUT.source}|\\s(?:and|but)\\s+(?:will|shall|would|can|may|must|should)\\s+(?:also\\s+)?(?:be|need|have|require|possess|hold)\\b|\\s(?:and|but)\\s+(?:has|have)\\s+(?:a|an|excellent|strong|good|great|solid|proven|sound)\\s|${OWN_CLAUSE}|\\s(?:who|which|whom|whose|when|whenever|while|whilst|if|once (?=(?:\\S+\\s+)?(?:trained|qualified|competent|assessed|completed|approved|signed off)\\b)|as (?:directed|outlined|per|appropriate|assigned|instructed|agreed|requested|delegated|and when)|with a view to|by (?=[\\p{L}]+ing\\b)|(?:is|are|will be|forms?)\\s+(?:(?:a|an|another|the|one of the|also|your)\\s+)*(?:(?:key|main|core|major|important|critical|central|primary|essential|big|large|significant|daily|crucial|vital)\\s+)*(?:(?:responsibilit(?:y|ies)|duty|duties|task|tasks|function|priority|priorities)\\b|parts?\\s+of\\s+(?:the|your|this)\\s+(?:role|job|position|post|work|day)\\b)|(?:deriving|arising|resulting|stemming) from|and report(?:s|ing)? (?:directly )?to)\\b`,
  'iu',
);

/** "prepare, and submit the quarterly plan": a comma and "and"/"or" between two verbs share one object; no cut there. */
const AND_VERB_AFTER = /^,\s*(?:and|or)\s+([\p{L}-]+)/u;
const WORD_BEFORE = /([\p{L}-]+)$/u;

function joinsVerbs(text: string, at: number, lex: LexiconIndex): boolean {
  const after = AND_VERB_AFTER.exec(text.slice(at, at + 40));
  const before = after && WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (!after || !before) return false;
  return lemma(before[1], lex)?.form === 'base' && lemma(after[1], lex)?.form === 'base';
}

const GERUND_AFTER_PREPOSITION = /\b(?:with|for|of|in|on|about|at|across|between|into|from)\s+\p{L}+ing$/iu;
const GERUND_LIST = /^(?:,\s*\p{L}+ing\b)*,?\s+(?:and|or)\s+\p{L}+ing\b/u;

/**
 * How long the list of -ing words at a cut (a comma) is when they are objects, not a clause: of the preposition before
 * it ("Assist patients with washing, dressing and eating"), or nouns of the object's list when they have no object of
 * their own and end the clause ("… with personal hygiene, dressing and eating", "Provide training, coaching and
 * mentoring to staff"), or a noun of a list that an -ing word opens ("… with local authorities, housing associations and
 * government departments", see listedNoun). 0 when the cut stands.
 */
function listedGerunds(text: string, at: number): number {
  const ing = /^,\s*\p{L}+ing\b/u.exec(text.slice(at));
  if (!ing) return 0;
  const noun = listedNoun(text.slice(0, at), text.slice(at + ing[0].length));
  if (noun > 0) return ing[0].length + noun;
  const list = GERUND_LIST.exec(text.slice(at));
  if (!list) return 0;
  return GERUND_AFTER_PREPOSITION.test(text.slice(0, at)) || CLAUSE_ENDS_AFTER.test(text.slice(at + list[0].length)) ? list[0].length : 0;
}

/**
 * Where the first match of a cut pattern is that is no comma between two verbs sharing an object (see joinsVerbs) nor
 * the comma of a list of -ing words that are objects (see listedGerunds); -1 if none.
 */
function firstCut(re: RegExp, text: string, lex: LexiconIndex): number {
  for (let at = 0, m = re.exec(text); m; m = re.exec(text.slice(at))) {
    const cut = at + m.index;
    if (joinsVerbs(text, cut, lex)) {
      at = cut + 1;
      continue;
    }
    const list = listedGerunds(text, cut);
    if (list === 0) return cut;
    at = cut + list;
  }
  return -1;
}

export function spanEnd(text: string, from: number, end: number, lex: LexiconIndex): number {
  const rest = text.slice(from, end);
  let cut = rest.length;
  const at = firstCut(SPAN_CUT, rest, lex);
  if (at >= 0 && /\S/.test(rest.slice(0, at))) cut = at;
  // "… action plans and reports to meet the objectives": a purpose clause after an object of two words or more;
  // "prior to discharge", "access to support services": "to" after a preposition's first word or a noun taking it opens no purpose.
  for (const t of rest.slice(0, cut).matchAll(/(?<!\b(?:prior|due|according|next|close|up|similar|compared|relation|addition|regard|respect|owing|thanks|access|adherence|exposure))\s(?:in order\s+)?to\s+([\p{L}]+)/gu)) {
    const v = lemma(t[1], lex);
    if (v && v.form === 'base' && rest.slice(0, t.index).trim().split(/\s+/).length >= 2) {
      cut = t.index;
      break;
    }
  }
  return from + rest.slice(0, cut).replace(/[\s,;:.\-–—]+$/u, '').length;
}

export function dutyNormal(base: string, rest: string, lex: LexiconIndex): string {
  let r = rest.replace(/\s+/g, ' ').trim();
  const cut = firstCut(CUT, r, lex);
  if (cut > 0) r = r.slice(0, cut);
  r = r.replace(/[.;:,!]+$/, '').trim();
  return /^[,;]/.test(r) ? `${base}${r}` : `${base} ${r}`.trim();
}

/**
 * "… answering the telephone, filing and data entry": a gerund alone before a task named by a noun is one of a list of
 * them, each its own duty; whether it gave them. (Not two verbs sharing an object: "taking or transcribing dictation".)
 */
export function gerundAmongNouns(ctx: ItemContext, verb: LeadingVerb, stop: number, confidence: number): boolean {
  const joined = verb.form === 'ing' ? /^\s+(?:and|or)\s+/.exec(ctx.text.slice(verb.end, stop)) : null;
  return joined !== null && !leadingVerb(ctx.text, verb.end + joined[0].length, ctx.lex) && nounList(ctx, verb.start, stop, confidence, true);
}

/** A task's name by its head noun: a process ("stock rotation", "bank reconciliations", "data entry", "filing"). */
const PROCESS_HEAD = /(?:ing|tion|sion|ment|control|entry)s?$/i;

/**
 * "processing invoices, bank reconciliations, credit control and month end reporting", "answering calls, data entry and
 * filing": after a gerund's object, a list of processes named by nouns is tasks of their own, each its duty, when the
 * object names no activity ("processing invoices, receipts and credit notes" lists objects; so does "providing support,
 * advice and guidance", whose object is an activity too). Each item is lower case, a few words (one only as a gerund:
 * "recruitment" alone is no duty) with no figure, and its head a process, one at least in the singular ("providing
 * analyses, evaluations, recommendations …" lists what is provided). Where the gerund's own task ends, when such a list
 * follows it.
 */
export function activitiesAfterObject(ctx: ItemContext, rest: number, stop: number, confidence: number): number | undefined {
  const { text } = ctx;
  const comma = text.indexOf(',', rest);
  if (comma < 0 || comma >= stop) return undefined;
  const object = text.slice(rest, comma).trim().split(/\s+/);
  if (object[0] === '' || namesActivity(object[object.length - 1]) || PROCESS_HEAD.test(object[object.length - 1])) return undefined;
  const heads: string[] = [];
  for (const part of text.slice(comma + 1, stop).split(/,|\s(?:and|or)\s/)) {
    const item = part.trim();
    if (item === '') continue;
    const words = item.split(/\s+/);
    if (words.length > 4 || (words.length === 1 && !/ing$/i.test(item)) || !/^\p{Ll}[^\d]*$/u.test(item) || !PROCESS_HEAD.test(words[words.length - 1])) return undefined;
    heads.push(words[words.length - 1]);
  }
  return heads.some((h) => !/s$/i.test(h)) && nounList(ctx, comma + 1, stop, confidence) ? comma : undefined;
}

/** One duty per verb of a coordinated list that opens with this verb and ends by `end`; gives where the list ends. */
export function coordinated(ctx: ItemContext, v: LeadingVerb, end: number, confidence: number): number {
  const { text, lex } = ctx;
  let last = v.end;
  for (const p of coordinatedDuties(text, v, end, lex)) {
    if (REPORTING.test(text.slice(p.verb.start, p.end))) continue;
    const { verbs, rest } = verbList(text, p.verb, p.end, lex);
    let stop = spanEnd(text, rest, p.end, lex);
    last = stop;
    if (gerundAmongNouns(ctx, p.verb, stop, confidence)) continue;
    if (p.verb.form === 'ing') stop = activitiesAfterObject(ctx, rest, stop, confidence) ?? stop;
    addMention(ctx, 'duty', p.verb.start, stop, dutyNormal(verbs, text.slice(rest, stop), ctx.lex), confidence);
  }
  return last;
}
