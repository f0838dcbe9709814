import { addMention, covered, DRIVE_NOUNS, guarded, matches, type ItemContext } from './context.js';
import { leadingVerb } from './leading-verb.js';
import { opensNounPhrase } from './coordinated-duties.js';
import { gerund } from './verbs.js';

/** "we are able to", "Our team is passionate about", "The company is able to": what the employer is or can do. */
const EMPLOYER_ABLE = /(?:^|\s)(?:our|their|its|(?:we|they|it)(?:['’](?:re|ll))?(?:\s+(?:will|would|are|were|also|be|been|always|not))*|we(?:\s+\p{L}+){1,2}(?:\s+an?)?(?:\s+\p{L}+)?|(?:our(?:\s+\p{L}+){1,2}|the\s+(?:team|company|business|organi[sz]ation|practice|school|trust|firm|group|client|department|charity|service))\s+(?:is|are)(?:\s+(?:all|also|truly|really|very))?)\s+$/iu;

const SHOWN_KNOWLEDGE = /^\s*(?:demonstrate|show|evidence|display)\s+(?:an?\s+)?(?:(?:good|sound|strong|clear|thorough|solid|excellent|detailed|working|in-depth|basic|significant|substantial|extensive|proven|relevant|previous|considerable)\s+)*(?:understanding|knowledge|awareness|experience)\s+(?:of|in|with)\b/i;

/**
 * Where an ability's phrase ends; "The ability to work in a fast-paced environment is key": the verb after the ability's
 * clause; "… independently if needed": a condition (not "decide if …", its object); not a decimal point ("12.5kg").
 */
const CLAUSE_END = new RegExp(String.raw`[;,(:?!]|\s(?:inc|incl)\.\s|\.(?!\d)|(?<!\b(?:decide|determine|check|assess|know|see|ask|judge|establish|evaluate|identify|consider|tell|understand|verify|confirm)s?)\s(?:if|unless)\s|\s(?:and (?:the )?(?:ability|willingness|capacity)|and (?:be|have|has|hold|holds|possess|who|which|will|would|are|is|can|enjoys?)|and (?:confident|comfortable)|and to|and we|and you(?:['’](?:re|ll)|\s+(?:are|will|have|can|must|should|would|also|enjoy|like|love))\b|and access to|and (?:(?:at least|a minimum of|minimum of|over)\s+)?(?:\d+|one|two|three|four|five|six)\+?\s+(?:years?|months?)|and (?:your|their|his|her|our) |and (?:(?:a|an)\s+)?(?:excellent|strong|good|great|proven|solid|sound|outstanding|exceptional)\b|and (?:a|an) (?:(?:real|genuine|strong|keen|good)\s+)?(?:${DRIVE_NOUNS}|eye|understanding|knowledge|aptitude|determination)|and (?:(?:great|strong|keen|close|meticulous)\s+)?attention to\b|and (?:a|an) (?:[\p{L}-]+\s+){0,2}(?:attitude|approach|manner|mind-?set|outlook|work ethic|nature|personality|temperament)\b|with (?:a|an) (?:(?:strong|keen|clear|real|great|good|sharp)\s+)?(?:focus|eye|emphasis|passion|commitment|attention)\b|as well as|such as|for example|e\.g|as (?:you|we|they)|while(?<!\ba while)|whilst|without|(?:will|would|shall|should|must) (?:have|be|get|receive)|(?:is|are) (?:(?:absolutely|also|very|highly)\s+)?(?:key|vital|crucial|important|critical|essential|required|desirable|preferred|necessary|needed|beneficial|a must|an advantage|a plus)\b)\b`, 'iu');

/**
 * "confident dealing with customers", "comfortable working to deadlines", "used to dealing with complaints": the gerund
 * phrase is the ability ("confident and outgoing" lists qualities).
 */
const AT_EASE = guarded(/\b(?:(?:confident|comfortable)\s+(?:(?:in|at|with|when)\s+)?|(?:used|accustomed)\s+to\s+)(?!using\b)(?=(?:(?!(?:and|or)\s)\p{Ll}+\s+)?\p{Ll}+ing\b)/giu, /confident|comfortable|used|accustomed/iu);

/** The first CLAUSE_END in `rest` from `from` on, its index counted in `rest`. */
type ClauseEnd = { index: number; 0: string };
function clauseEndFrom(rest: string, from: number): ClauseEnd | null {
  const next = CLAUSE_END.exec(rest.slice(from));
  return next && { index: from + next.index, 0: next[0] };
}

/** A bracketed aside of the ability's verb, "(and be excited by)", before its object in lower case. */
const ASIDE = /^\((?:and|or)\s[^()]{1,40}\)(?=\s+\p{Ll})/u;
const ASIDE_INSIDE = /\s*\((?:and|or)\s[^()]{1,40}\)/u;

/** Words that open a clause or phrase of their own inside a long ability (see the 14-word cap). */
const CAPPED_AT = /\s+(?=(?:and|or|to|where|which|that|who|while|whilst|through|throughout|within|across|in order|so that|by|from|into|using|with|including)\s)/gi;
/** Where the cap may cut when no clause opens in time: before a phrase of place or manner, not inside its noun ("in a fast | paced environment"). */
const CAPPED_AT_PHRASE = /\s+(?=(?:in|on|at|under|for)\s)/gi;

const DANGLING = /(?:\s+(?:and|or|to|the|a|an|of|in|on|for|with|both|as|along|together))+$/i;

const LINKING_VERB = /\s*(?:remain|stay|be|keep)\b/iy;

function linkingVerb(text: string, from: number): { end: number } | null {
  LINKING_VERB.lastIndex = from;
  return LINKING_VERB.exec(text) ? { end: LINKING_VERB.lastIndex } : null;
}

/** A grade written with a capital after a lower-case word: where a line that lost its separators opens its next requirement. */
const GRADE_OPENS = /(?<=\p{Ll})\s+(?=(?:Excellent|Strong|Good|Great|Outstanding|Exceptional|Proven|Solid|Effective|Sound|Confident|Demonstrable|Demonstrated)\s)/u;

/** The verbs of using a language ("speak and write", "read, write or speak"). */
export const LANGUAGE_VERBS = String.raw`(?:speak|write|read|communicate|converse)(?:\s*(?:,|and|&|or)\s*(?:speak|write|read|communicate|converse))*`;
const LANGUAGE_USE = new RegExp(String.raw`^\s*${LANGUAGE_VERBS}\s+(?:(?:effectively|fluently|confidently|clearly|well)\s+)?(?:in\s+)?`, 'i');

/** The languages of an ability (or a task) that is only their use ("speak and write English fluently"), or null. */
export function languagesUsed(text: string, from: number, end: number, lex: ItemContext['lex']): [number, number][] | null {
  const lead = LANGUAGE_USE.exec(text.slice(from, end));
  if (!lead) return null;
  const start = from + lead[0].length;
  // (", both written and spoken": how it is used, after the language.)
  const list = text
    .slice(start, end)
    .replace(/[\s.;:!]+$/, '')
    .replace(/,?\s+(?:both\s+)?(?:written|spoken|verbal|oral)(?:\s+(?:and|&|or)\s+(?:written|spoken|verbal|oral))?\s*$/i, '')
    .replace(/\s+(?:fluently|confidently|well)\s*$/i, '');
  const spans: [number, number][] = [];
  for (const part of list.matchAll(/[^,&]+?(?=\s*(?:,|&|\band\b|\bor\b|$))/g)) {
    const name = part[0].replace(/^\s*(?:and|or)\s+/i, '').trim();
    if (name === '') continue;
    if (!lex.languages.has(name.toLowerCase())) return null;
    const a = start + part.index + part[0].indexOf(name);
    spans.push([a, a + name.length]);
  }
  return spans.length > 0 ? spans : null;
}

const NOUN_AFTER_PREPOSITION = /\s(?:with|to|for|among|between)\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u;
const NOUN_LIST = /^(?:,\s*\p{Ll}+(?:\s+\p{Ll}+){0,2})*,?\s+(?:and|or)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}(?:\s+(?:at|across|within|throughout)\s+(?:all|every|each|the)\s+\p{Ll}+)?(?=\s*(?:[.;!?]|$))/u;

/** "Ability to work effectively to deadlines" → "working to deadlines"; "willingness to travel" keeps its cue. */
export function abilities(ctx: ItemContext, confidence: number): number {
  const { text, lex } = ctx;
  let n = 0;
  const atEase = matches(AT_EASE, text);
  const cues = [...matches(lex.ability, text), ...atEase];
  for (const cue of cues) {
    // ("confident dealing with customers": the gerund phrase alone, as "dealing with customers".)
    const at = atEase.includes(cue) ? cue.index + cue[0].length : cue.index;
    // "Our ability to create …", "we will be able to provide …": what the employer can do.
    if (EMPLOYER_ABLE.test(text.slice(Math.max(0, cue.index - 24), cue.index))) continue;
    const from = cue.index + cue[0].length;
    const rest = text.slice(from);
    let stop: ClauseEnd | null = CLAUSE_END.exec(rest);
    // "Ability to handle (and be excited by) challenging problems": an aside in brackets inside the ability is read past.
    const aside = stop?.[0] === '(' ? ASIDE.exec(rest.slice(stop.index)) : null;
    if (stop && aside) {
      stop = clauseEndFrom(rest, stop.index + aside[0].length);
    }
    // "write clear, concise reports", "a passion for fresh, seasonal food": a comma between two words before their noun.
    // (Not a list of verbs or adverbs: "plan, organise and prioritise", "work independently, prioritise …".)
    // (Not a plural noun before the comma: "able to work weekends, great tips and staff meals".)
    const adjectives = stop?.[0] === ',' && /^\s*(?:\p{L}+\s+)?\p{Ll}+(?<!ly)(?<!(?<!ou)s)$/u.exec(rest.slice(0, stop.index));
    // (Not a conjunction after the comma: "an eye for detail, and because …".)
    const after = adjectives ? /^,\s*(?!(?:and|or|but|nor|because|as|so|since|while|whilst|which|who|where|when|if)\s)(?=\p{Ll}+\s+\p{Ll}{3,})/u.exec(rest.slice(stop!.index)) : null;
    if (stop && after && !leadingVerb(text, from + stop.index + after[0].length, lex)) {
      stop = clauseEndFrom(rest, stop.index + 1);
    }
    // "Ability to plan, organise and prioritise workload": bare verbs listed before one object share it.
    const verbs = stop?.[0] === ',' ? /^\s*\p{Ll}+(?:\s*,\s*\p{Ll}+)*,?\s+(?:and|or|&)\s+\p{Ll}+/u.exec(rest) : null;
    const shared = verbs !== null && verbs[0].split(/\s*,\s*|\s+(?:and|or|&)\s+/).every((w) => lex.verbs.has(w.trim().toLowerCase()));
    if (shared) {
      stop = clauseEndFrom(rest, verbs[0].length);
    }
    // "communicate effectively with patients, relatives and staff": the nouns listed after a preposition, to the
    // sentence's end, are its object (not a list of verbs: "work with others, listen and respond").
    if (stop?.[0] === ',' && NOUN_AFTER_PREPOSITION.test(rest.slice(0, stop.index))) {
      const list = NOUN_LIST.exec(rest.slice(stop.index));
      const items = list ? list[0].split(/\s*,\s*|\s+(?:and|or)\s+/).map((w) => w.trim()).filter(Boolean) : [];
      if (list && items.some((w) => !lex.verbs.has(w.split(/\s+/)[0].toLowerCase()))) {
        stop = clauseEndFrom(rest, stop.index + list[0].length);
      }
    }
    let end = from + (stop ? stop.index : rest.length);
    const words = text.slice(from, end).trim().split(/\s+/);
    // At most 14 words (counted from the start: a short 14th word, "a", may occur inside an earlier one).
    // Cut there, the phrase would stop mid-way ("… to implement high-quality"): it ends before the window's last
    // clause or phrase that opens with a conjunction, a relative word or a preposition, if six words stay.
    if (words.length > 14) {
      const window = /^\s*(?:\S+\s+){13}\S+/.exec(rest)?.[0] ?? rest;
      const six = /^\s*(?:\S+\s+){5}\S+/.exec(window)?.[0].length ?? Infinity;
      const opener = [...window.matchAll(CAPPED_AT)].pop();
      // (A phrase cut off by the cap mid-way, before a word in lower case, ends before its preposition.)
      const phrase = /^\s+\p{Ll}/u.test(rest.slice(window.length)) ? [...window.matchAll(CAPPED_AT_PHRASE)].pop() : undefined;
      const cutAt = [opener, phrase].find((o) => o !== undefined && o.index >= six);
      const cut = cutAt ? window.slice(0, cutAt.index) : window;
      end = from + cut.replace(DANGLING, '').length;
    }
    // "a flair for design", "passionate about …": a noun phrase follows the cue, whatever else its first word could be.
    const nounObject = /\s(?:for|about|around)$|^(?:commitment|dedication)\s/i.test(cue[0]);
    // "an eye for attractive user interfaces Cassandra …" (commas lost): after a noun, a capitalised word opens the next item.
    // ("an eye for detail and a methodical approach": "and a …" opens the next thing asked.)
    if (nounObject) {
      const next = /\s\p{Ll}+(?<!\s(?:with|in|of|for|to|and|or|the|a|an|on|at|by|as|like|using))(?=\s\p{Lu})|\s+and\s+(?=(?:a|an)\s)/u.exec(text.slice(from, end));
      if (next) end = from + next.index + (next[0].trim() === 'and' ? 0 : next[0].length);
    }
    // ("Ability to work as part of a team Good communication skills".)
    const graded = GRADE_OPENS.exec(text.slice(from, end));
    if (graded) end = from + graded.index;
    // ("the confidence to challenge others and the patience to explain …", "… balls in the air to be able to keep a cool
    // head": the next cue opens the next ability.)
    const nextCue = cues.find((c) => c.index > from && c.index < end);
    if (nextCue) end = from + text.slice(from, nextCue.index).replace(/[\s,]*(?:\band\s+)?(?:(?:the|a|an|your)\s+|(?:to\s+)?be\s+)?$/i, '').length;
    if (text.slice(from, end).trim() === '' || covered(ctx, cue.index, end, ['skill'])) continue;
    // "able to demonstrate a good understanding of safeguarding", "… significant experience of managing budgets": the
    // knowledge or the experience is what is asked, read by its cue.
    if (SHOWN_KNOWLEDGE.test(text.slice(from, end))) continue;
    // ("Ability to speak Amharic, English and Afaan Oromo", "to communicate in English": the languages are the knowledge asked, mentions.md.)
    const languages = languagesUsed(text, from, end, lex);
    if (languages) {
      for (const [a, b] of languages) if (addMention(ctx, 'knowledge', a, b, text.slice(a, b), confidence)) n++;
      continue;
    }
    // ("commitment to achieving our mission": the employer's cause, not the candidate's.)
    if (/^(?:commitment|dedication)\s/i.test(cue[0]) && /\b(?:our|we|us)\b|['’]s\b/i.test(text.slice(from, end))) continue;
    // "(or willingness to obtain it)": about something named elsewhere, not a skill of its own.
    // ("or be willing to work towards one": the same with a preposition.)
    if (/^\s*\S+\s+(?:(?:towards?|for|on|at|into|up)\s+)?(?:it|them|this|that|one)\b/i.test(text.slice(from, end)) && text.slice(from, end).trim().split(/\s+/).length <= 3) continue;
    const cueWord = cue[0].toLowerCase();
    const willing = /^(?:willing|willingness|readiness|ready)/.test(cueWord);
    // ("Are you ready to join this exciting adventure?", "bright minds eager to join a dynamic organisation": joining or
    // applying is no competency.)
    if (/^\s*join\b/i.test(text.slice(from, end)) || (willing && /^\s*(?:start|apply|become)\b/i.test(text.slice(from, end)))) continue;
    // "Leadership qualification, or willingness to undertake": the alternative to a qualification named before.
    // ("Care Certificate or willingness to complete within 12 weeks": to gain that qualification.)
    if (willing && /\bor\s+$/i.test(text.slice(Math.max(0, cue.index - 8), cue.index)) && (text.slice(from, end).trim().split(/\s+/).length <= 2 || /^\s*(?:complete|obtain|achieve|gain|acquire|undertake|attain|work\s+towards?|study\s+(?:for|towards?))\b(?!\s+(?:an?|the)\b)/i.test(text.slice(from, end)))) continue;
    // "Ability to work under pressure and prioritise care": a second verb is a second skill.
    const and = /\s+and\s+(?=[\p{L}])/u.exec(text.slice(from, end));
    const v2 = and && !willing ? leadingVerb(text, from + and.index + and[0].length, lex) : null;
    // "Ability to adapt and respond to changing circumstances": verbs sharing one object stay one skill.
    // ("able to remain calm under pressure and communicate …": a linking verb opens the first ability as a task's verb does.)
    const v1 = v2 ? (leadingVerb(text, from, lex) ?? linkingVerb(text, from)) : null;
    const ownObject = v1 !== null && !shared && text.slice(v1.end, from + (and?.index ?? 0)).trim() !== '';
    // ("Confident communicating with suppliers and budget holders": a noun's last words, no second verb.)
    const nounEnds = v2 !== null && opensNounPhrase(text, v2, lex) && text.slice(v2.end, end).trim().split(/\s+/).length <= 2;
    if (and && v2 && ownObject && v2.form === 'base' && !nounEnds && text.slice(v2.end, end).trim() !== '') {
      const cut = from + and.index;
      if (addMention(ctx, 'skill', at, cut, abilityNormal(ctx, from, cut), confidence)) n++;
      if (addMention(ctx, 'skill', v2.start, end, abilityNormal(ctx, v2.start, end), confidence)) n++;
      continue;
    }
    // ("a keen eye for detail" → "eye for detail", "passion for great produce": the cue names the skill, its object what it is for.)
    const normalized = willing
      ? `willingness to ${text.slice(from, end).trim()}`
      : nounObject
        ? `${cue[0].toLowerCase().replace(/^(?:a|an)\s+/, '')} ${abilityNormal(ctx, from, end, false)}`
        : abilityNormal(ctx, from, end);
    if (addMention(ctx, 'skill', at, end, normalized, confidence)) n++;
    // ("confident handling cash, operating tills and dealing with customer queries": after a gerund, gerunds.)
    if (!willing && !nounObject && stop?.[0] === ',') n += listedAbilities(ctx, end, confidence, at === from ? 'ing' : 'base');
    if (!willing && !nounObject && stop && /\sand to$/i.test(stop[0]) && end === from + stop.index) n += chainedAbilities(ctx, end + stop[0].length, confidence);
  }
  return n;
}

/** "Ability to work alone and to plan audit projects … and to complete work within deadlines": each "and to" opens an ability of its own. */
function chainedAbilities(ctx: ItemContext, at: number, confidence: number): number {
  let n = 0;
  for (;;) {
    const start = at + (/^\s*/.exec(ctx.text.slice(at))?.[0].length ?? 0);
    const stop = CLAUSE_END.exec(ctx.text.slice(start));
    const end = start + (stop ? stop.index : ctx.text.length - start);
    if (end <= start || !leadingVerb(ctx.text, start, ctx.lex) || ctx.text.slice(start, end).split(/\s+/).length > 14) break;
    if (!covered(ctx, start, end, ['skill']) && addMention(ctx, 'skill', start, end, abilityNormal(ctx, start, end), confidence)) n++;
    if (!stop || !/\sand to$/i.test(stop[0])) break;
    at = end + stop[0].length;
  }
  return n;
}

/**
 * "able to work on their own initiative, prioritise tasks and meet deadlines": verbs listed after the first ability
 * are abilities of their own, up to the list's "and <verb>"; in the first ability's `form`.
 */
function listedAbilities(ctx: ItemContext, end: number, confidence: number, form: 'base' | 'ing'): number {
  const { text, lex } = ctx;
  const parts: [number, number][] = [];
  for (let at = end; ; ) {
    const sep = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/.exec(text.slice(at));
    const v = sep ? leadingVerb(text, at + sep[0].length, lex) : null;
    if (!sep || !v || v.form !== form || v.start !== at + sep[0].length) break;
    const last = /\band\s+$/.test(sep[0]);
    // (Each part ends at the next comma, or at "and" before a verb.)
    let stop = /[;,.(:]|$/.exec(text.slice(v.end))!.index + v.end;
    const and = /\s+and\s+/.exec(text.slice(v.end, stop));
    if (and && !last) {
      const w = leadingVerb(text, v.end + and.index + and[0].length, lex);
      if (w && w.form === form) stop = v.end + and.index;
    }
    // (A bare verb closes the list only as its last item: "…, complete work under pressure and report".)
    if (text.slice(v.end, stop).trim() === '' && !(last && /^[.;]?\s*$/.test(text.slice(stop)))) break;
    parts.push([v.start, stop]);
    at = stop;
    if (last) break;
  }
  // (A list closed by "and": "…, prioritise tasks and meet deadlines"; a comma before a new sentence part opens none.)
  if (parts.length === 0 || !/\band\s+$/.test(text.slice(parts[parts.length - 1][0] - 6, parts[parts.length - 1][0]))) return 0;
  let n = 0;
  for (const [a, b] of parts) if (addMention(ctx, 'skill', a, b, abilityNormal(ctx, a, b), confidence)) n++;
  return n;
}

/** What one is able to do, as a gerund phrase without evaluative adverbs ("work effectively to deadlines" → "working to deadlines"). */
function abilityNormal(ctx: ItemContext, from: number, end: number, verbFirst = true): string {
  const { text, lex } = ctx;
  // ("able to once in a while handle short deadlines": such an adverb may come before the verb too.)
  lex.dropAdverbs.lastIndex = 0;
  const before = verbFirst ? lex.dropAdverbs.exec(text.slice(from, end)) : null;
  if (before && text.slice(from, from + before.index).trim() === '') from += before.index + before[0].length;
  const v = verbFirst ? leadingVerb(text, from, lex) : null;
  const tail = v ? text.slice(v.end, end) : text.slice(from, end);
  lex.dropAdverbs.lastIndex = 0;
  let cleaned = tail.replace(lex.dropAdverbs, '').replace(ASIDE_INSIDE, '').replace(/\s+/g, ' ').trim();
  if (!v) return cleaned;
  // "motivate and inspire others" → "motivating and inspiring others": verbs sharing the object, each a gerund.
  let verbs = gerund(v.base, lex);
  for (;;) {
    const m = /^(,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+)(?=\p{Ll}+(?:\s|$))/u.exec(cleaned);
    const next = m ? leadingVerb(cleaned, m[0].length, lex) : null;
    if (!m || !next || next.form !== 'base') break;
    verbs += `${m[1].startsWith(',') ? ',' : ''} ${m[1].replace(/^,\s*/, '')}${gerund(next.base, lex)}`.replace(/\s+/g, ' ');
    cleaned = cleaned.slice(next.end).trim();
  }
  return `${verbs} ${cleaned}`;
}
