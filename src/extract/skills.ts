import { addMention, covered, firstMatch, guarded, hits, matches, type ItemContext } from './context.js';
import { skillExamples } from './knowledge-lists.js';
import { isQuality, type LexiconIndex } from './lexicon.js';
import { languageNames } from './short-lines.js';
import { leadingVerb } from './leading-verb.js';
import { lemma } from './verbs.js';
import { namesToolAt } from './names.js';
import { leadingToolAt } from './named-tools.js';
import { gluesCapitals } from './glued-pair.js';

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’+#-]|\.(?=[\p{L}\p{N}]))*|[^\s]/gu;
/** Words that end a skill name when reading back from "skills". */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'with', 'have', 'has', 'having', 'possess', 'possesses', 'require', 'requires', 'required',
  'need', 'needs', 'must', 'should', 'got', 'get', 'in', 'on', 'for', 'to', 'your', 'our', 'their', 'his', 'her', 'its', 'is', 'are',
  'be', 'including', 'include', 'includes', 'such', 'as', 'use', 'uses', 'using', 'apply', 'show', 'shows', 'from',
  'by', 'you', 'we', 'who', 'that', 'which', 'what', 'these', 'those', 'this', 'also', 'both', 'all', 'other', 'key', 'core',
  'many', 'some', 'any', 'essential', 'important', 'necessary', 'relevant', 'following', 'if', 'why', 'how', 'when',
  'where', 'value', 'values', 'appreciate', 'appreciates', 'want', 'wants', 'expect', 'expects', 'seek', 'seeks',
  'look', 'looking', 'employers', 'candidates', 'he', 'she', 'they', 'it', 'more', 'than', 'very', 'real', 'so', 'then',
  'therefore', 'thus', 'hence', 'but', 'plus', 'demonstrate', 'demonstrates', 'demonstrating', 'display', 'displays', 'exhibit',
  'exhibits', 'bring', 'brings', 'offer', 'offers',
]);
/** A skill name is short; a longer run read back from "skills" has swallowed part of the sentence. */
const MAX_PART_WORDS = 4;
const MODIFIER_WORD = /^(?:excellent|strong|good|great|outstanding|exceptional|proven|solid|effective|superior|advanced|sound|confident|very|first-class|impeccable|demonstrated|well-developed)$/i;

const COORD = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*/giu;

/** "Skills in negotiation and conflict resolution", "Well-developed skills in the use of …": a line that opens with the skill, then names it. */
const SKILLS_IN = /^(?:(?:well-developed|highly developed|excellent|good|strong|proven|demonstrable|advanced|sound)\s+)*(?:skills?|skilled|competence)\s+(?:in|with|at)\s+(?:the\s+)?(?=\p{L})/iu;

/** The skills a line names after "Skills in" (one each when they are a short list, else the whole object). */
export function skillsIn(ctx: ItemContext, confidence: number): number {
  const { text } = ctx;
  const cue = SKILLS_IN.exec(text);
  if (!cue) return 0;
  const from = cue[0].length;
  const end = from + (/[.;:]|\s(?:is|are|would|will|and (?:the )?ability)\b/.exec(text.slice(from))?.index ?? text.length - from);
  const object = text.slice(from, end).trim();
  // (Not a name, which is knowledge, nor a line run on into the next: "… in the classroom A mission-driven …".)
  if (ctx.alone || object === '' || object.split(/\s+/).length > 14 || /\p{Lu}/u.test(object) || covered(ctx, from, end)) return 0;
  const parts = [...object.matchAll(/[^,]+?(?=\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|$))/g)].map((m) => m[0].replace(/^\s*(?:and|or)\s+/i, '').trim()).filter(Boolean);
  const listed = parts.length > 1 && !/\sof\s/i.test(object) && parts.every((p) => p.split(/\s+/).length <= 3 && /^\p{Ll}/u.test(p));
  let n = 0;
  let at = from;
  for (const p of listed ? parts : [object]) {
    const a = text.indexOf(p, at);
    at = a + p.length;
    if (addMention(ctx, 'skill', a, at, p, confidence)) n++;
  }
  return n;
}

/** "Good negotiation skills", "Excellent listening, presentation and written communication skills" (one mention per skill). */
export function skillHeads(ctx: ItemContext, confidence: number): number {
  const { text, lex } = ctx;
  let n = 0;
  for (const head of matches(lex.skillHead, text)) {
    // The phrase is read back at most 14 tokens: the tokens of the 400 characters before the head, unless fewer
    // than 15 are there (the whole text before it: each head of a long line tokenizing it all was quadratic).
    let from = Math.max(0, head.index - 400);
    let toks = matches(TOKEN, text.slice(from, head.index));
    if (from > 0 && toks.length < 15) toks = matches(TOKEN, text.slice((from = 0), head.index));
    const pre = text.slice(from, head.index);
    let k = toks.length;
    while (k > 0) {
      const t = toks[k - 1][0];
      const low = t.toLowerCase();
      if (/^[\p{L}\p{N}]/u.test(t)) {
        // "IT skills": the pronoun "it" stops a name, the acronym does not.
        if (STOP.has(low) && t !== 'IT') break;
        // "communication skills, negotiation skills": the head noun before ends the phrase before.
        if (firstMatch(lex.skillHead, t)?.[0].length === t.length) break;
        // "… to detail and excellent problem-solving skills": a modifier after "and" opens this phrase.
        // ("… as part of a team Good communication skills": a modifier written with a capital after a lower-case word
        // opens the next requirement of a line that lost its separators.)
        if (k >= 2 && MODIFIER_WORD.test(t) && (/^(?:and|,|&)$/i.test(toks[k - 2][0]) || (/^\p{Lu}\p{Ll}/u.test(t) && /^\p{Ll}/u.test(toks[k - 2][0])))) {
          k--;
          break;
        }
        // "… where associates develop cutting-edge skills", "applies broad technical skills": a verb before an adjective
        // takes the skill as its object. ("change management skills", "report writing skills": a noun before the head.)
        if (k < toks.length && verbBeforeAdjective(t, toks[k][0], lex)) break;
      } else if (!/^[,/&]$/.test(t)) break;
      if (toks.length - k >= 12) break;
      k--;
    }
    // Trim coordinators left dangling at the front.
    while (k < toks.length && /^(?:,|\/|&|and|or)$/i.test(toks[k][0])) k++;
    if (k >= toks.length) continue;
    const phraseStart = from + toks[k].index;
    const phrase = pre.slice(toks[k].index);
    // "a willingness to learn new skills", "the chance to develop your skills": the skills are the object of a verb after
    // "to", which the reading of abilities (or of what is offered) has whole.
    if (k > 0 && /^to$/i.test(toks[k - 1][0]) && leadingVerb(text, phraseStart, lex)?.form === 'base') continue;
    const mod = lex.modifiers.exec(phrase);
    const coreStart = phraseStart + (mod ? mod[0].length : 0);
    const core = text.slice(coreStart, head.index).trimEnd();
    // "Fluent English", "verbal and written English language" before "skills": the language is knowledge (mentions.md), named on its own.
    if (core === '' || languageNames(core, lex)) continue;
    let parts: [number, number][] = [];
    let at = 0;
    const seps = matches(COORD, core).filter((sep) => !gluesCapitals(core, sep));
    for (const sep of seps) {
      parts.push([at, sep.index]);
      at = sep.index + sep[0].length;
    }
    parts.push([at, core.length]);
    // ("telephone manner, resilience, IT skills": words listed by commas alone, no "and" closing them, share no head: only
    // the last part is the head's, the others are read on their own.)
    const listed = seps.length > 0 && seps.every((sep) => sep[0].trim() === ',');
    if (listed) parts = parts.slice(-1);
    const clean = parts
      .map(([x, y]) => [coreStart + x, coreStart + y] as [number, number])
      .filter(([x, y]) => y > x && !lex.nonSkills.has(text.slice(x, y).toLowerCase().trim()));
    // ("… command of English and Amharic, Computer skills": what is named already before a comma is no part of the skill.)
    let phraseFrom = listed ? coreStart + parts[0][0] : phraseStart;
    while (clean.length > 1 && covered(ctx, clean[0][0], clean[0][1]) && text.slice(clean[0][1], clean[clean.length - 1][0]).includes(',')) {
      clean.shift();
      phraseFrom = clean[0][0];
    }
    if (clean.length === 0 || clean.some(([x, y]) => text.slice(x, y).trim().split(/\s+/).length > MAX_PART_WORDS)) continue;
    // ("Agile mindset", "product mindset"; "Analytical, data-driven and pragmatic mindset" lists qualities, read as such.)
    if (/^mind-?set$/i.test(head[0]) && (clean.length > 1 || /\s/.test(core))) continue;
    const headEnd = head.index + head[0].length;
    n += skillExamples(ctx, headEnd, confidence);
    // (Before these heads a tool's name is the knowledge asked: "Strong CSS skills", "SAP knowledge".)
    const toolHead = /^(?:skills?|knowledge|expertise)$/i.test(head[0]);
    if (clean.length === 1) {
      const [x, y] = clean[0];
      if (covered(ctx, phraseFrom, headEnd)) continue;
      // "Strong CSS skills", "Java skills": a tool's or a technology's name before the head is the knowledge asked (mentions.md).
      // (So is one opening the item that leadingTool reads as a tool: "Python skills", where the capital says nothing.)
      if (toolHead && (namesToolAt(ctx, x, y, phraseFrom !== phraseStart) || leadingToolAt(ctx, x, y))) {
        if (addMention(ctx, 'knowledge', x, y, text.slice(x, y).trim(), confidence)) n++;
        continue;
      }
      // The span without its evaluative words ("Good communication skills" → "communication skills").
      if (addMention(ctx, 'skill', x, headEnd, headed(text.slice(x, y), head[0]), confidence)) n++;
      continue;
    }
    // "Strong Excel and PowerPoint skills", "Excel or Word skills": tools' names before the head are the knowledge asked, one each.
    if (toolHead && clean.every(([a, b]) => namesToolAt(ctx, a, b))) {
      for (const [a, b] of clean) if (addMention(ctx, 'knowledge', a, b, text.slice(a, b).trim(), confidence)) n++;
      continue;
    }
    // "Excellent listening, negotiation and presentation skills": each part a quality of its own gives one
    // mention each (mentions.md), the last one with the head noun.
    if (clean.length >= 3 && clean.every(([a, b]) => isQuality(text.slice(a, b).trim(), lex))) {
      if (covered(ctx, clean[0][0], headEnd)) continue;
      clean.forEach(([a, b], i) => {
        const end = i === clean.length - 1 ? headEnd : b;
        if (addMention(ctx, 'skill', a, end, text.slice(a, b).trim(), confidence)) n++;
      });
      continue;
    }
    // "integrity and interpersonal skills": a quality that takes no "skills" after it (-ity, -ness, -ism) is one of its own.
    const first = text.slice(clean[0][0], clean[0][1]).trim();
    if (/^\p{L}+(?:ity|ness|ism)$/u.test(first) && isQuality(first.toLowerCase(), lex) && !covered(ctx, clean[0][0], clean[0][1])) {
      if (addMention(ctx, 'skill', clean[0][0], clean[0][1], first, confidence)) n++;
      clean.shift();
      if (clean.length === 1) {
        if (addMention(ctx, 'skill', clean[0][0], headEnd, headed(text.slice(clean[0][0], clean[0][1]), head[0]), confidence)) n++;
        continue;
      }
    }
    // "communication and listening skills", "written and verbal communication skills": the list shares its head
    // noun, and annotators of real postings keep it one competency.
    const [x] = clean[0];
    const y = clean[clean.length - 1][1];
    if (!covered(ctx, x, headEnd) && addMention(ctx, 'skill', x, headEnd, headed(text.slice(x, y), head[0]), confidence)) n++;
  }
  return n;
}

/** The modes of communicating ("written", "verbal"): alone they name nothing; before "skills" they name the skill. */
export const MODE_WORDS = 'written|verbal|oral|spoken';
const MODE = new RegExp(`^(?:${MODE_WORDS})$`, 'i');

/**
 * "communication and interpersonal" + "skills": the normalized form keeps the head noun, so that a list sharing
 * it does not read as a cut fragment; one word before it is a name on its own ("communication"), unless it is an
 * adjective or an acronym that names nothing alone ("interpersonal skills", "technical abilities", "IT skills").
 */
function headed(core: string, head: string): string {
  // ("business acumen", "product mindset": a head that names the competency stays.)
  // ("current technical skills": an adjective left last names nothing alone either; nor does a mode, "written skills".)
  return /\s(?:and|or|&)\s|,|\//.test(core) || MODIFIER_ONLY.test(core.split(/\s+/).pop()!) || MODE.test(core) || !MERE_HEAD.test(head) ? `${core} ${head.toLowerCase()}` : core;
}
/** A verb (not a participle) written before an adjective: the phrase read back from a head stops after it. */
function verbBeforeAdjective(word: string, next: string, lex: LexiconIndex): boolean {
  const verb = lemma(word, lex);
  return verb !== null && verb.form !== 'ed' && (ADJECTIVE.test(next) || lex.modifiers.test(`${next} `));
}
/** The endings of an adjective's form: "technical", "creative", "analytic", "numerous", "careful", "visionary". */
const ADJECTIVE_ENDING = String.raw`\p{L}+(?:al|ive|ic|ous|ful|ary)`;
/** A word that reads as an adjective by its form: the endings above, "flexible", "reliable", "cutting-edge", "hands-on". */
const ADJECTIVE = new RegExp(String.raw`^(?:${ADJECTIVE_ENDING}|\p{L}+(?:ible|able)|\p{L}+-\p{L}+)$`, 'iu');

/** Heads that only say "a competency": "communication skills" is communication. */
const MERE_HEAD = /^(?:skills?|abilities|skill\s?set|competenc(?:ies|es))$/i;
const MODIFIER_ONLY = new RegExp(String.raw`^(?:${ADJECTIVE_ENDING}|\p{Lu}{2,4})$`, 'u');

/** "a flexible approach to work", "a friendly, professional manner", "a can-do attitude": a disposition asked of the candidate (an item may open with it: "Flexible approach to working patterns"). */
const DISPOSITION = guarded(
  /(?:\b(?:a|an)\s+|^)((?:(?:very|highly|genuinely|truly|good|great|strong|excellent|real)\s+)*)((?:[\p{L}-]+(?:\s*,\s*|\s+and\s+|\s+)){0,3}?)(approach|attitude|manner|mindset|mind-set|outlook|work ethic|nature|personality|disposition|temperament)\b(\s+(?:to|towards)\s+(?:work(?:ing(?:\s+(?:hours|patterns|practices))?)?|learning|change|life)\b)?/giu,
  /approach|attitude|manner|mind-?set|outlook|ethic|nature|personality|disposition|temperament/iu,
);
/** Words of a disposition that the quality list does not hold ("professional manner", "can-do attitude", "a warm, friendly personality"). */
const DISPOSITION_WORD = /^(?:professional|can-do|hands-on|positive|open|practical|calm|mature|courteous|polite|helpful|personable|pragmatic|sensible|common-sense|no-nonsense|solutions-focused|warm|upbeat|engaging|confident)$/i;

export function dispositions(ctx: ItemContext, confidence: number): number {
  const { text, lex } = ctx;
  let n = 0;
  for (const m of matches(DISPOSITION, text)) {
    // "We have a relaxed approach to dress code", "our pragmatic approach": the employer's.
    // ("conduct themselves in a professional manner": how something is done.)
    if (/\b(?:we|our|their|its)\b[^.;:!?]{0,24}$|\bin\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // (Opening an item without an article, no comma list before the noun: "Flexible and adaptable approach" is one,
    // "Analytical, data-driven and pragmatic mindset" lists qualities.)
    if (!/^(?:a|an)\s/i.test(m[0]) && m[2].includes(',')) continue;
    const words = m[2].split(/\s*,\s*|\s+and\s+|\s+/).filter(Boolean);
    // ("a strong work ethic" names one without an adjective.)
    // ("a good telephone manner": a quality the lexicon names whole.)
    // ("a professional telephone manner": qualities before one the lexicon names whole.)
    const plain = (w: string) => isQualityWord(w, lex) || DISPOSITION_WORD.test(w);
    const whole = words.some((_, k) => isQuality(`${words.slice(k).join(' ')} ${m[3]}`.toLowerCase(), lex) && words.slice(0, k).every(plain));
    if (!whole && ((words.length === 0 && m[3].toLowerCase() !== 'work ethic') || !words.every(plain))) continue;
    const end = m.index + m[0].length;
    const start = end - m[2].length - m[3].length - (m[4]?.length ?? 0);
    if (covered(ctx, start, end, ['skill'])) continue;
    if (addMention(ctx, 'skill', start, end, text.slice(start, end), confidence)) n++;
  }
  return n;
}

/** "our commitment", "the positive image", "country leadership": the quality word names something of the employer's. */
const OWNED_BEFORE = /(?:^|\s)(?:our|their|its|his|her|the|this|that|these|those|country|organi[sz]ational|senior|company|team)\s+$/i;
/** A noun-like quality word ("commitment", "flexibility"), not an adjective that could be used of a thing. */
const QUALITY_NOUN = /(?:ity|ness|ion|ment|ence|ance|ship|ism|ing|acy|sm)$/i;
/** What may follow an adjective used of the candidate ("friendly and", "positive, open", "flexible in"): anything else makes it an attribute of a noun ("friendly spaces", "positive image"). */
const PREDICATIVE_AFTER = /^(?:\s*(?:$|[,.;:!?)/&·•-])|\s+(?:and|or|with|in|to|about|under|towards?|when|at|for|by|as|but|self|team|individual|person|people|professional|attitude|approach|manner|personality|mindset|nature)\b)/i;

/** The team or workplace an adjective run may describe ("a friendly and supportive team", "a busy, caring ward"). */
const PLACE_AFTER =
  /^(?:\s*(?:,|and|or|&)?\s+[\p{Ll}][\p{Ll}-]*){0,3}?\s+(?:team|teams|environment|workplace|culture|atmosphere|company|organi[sz]ation|employer|business|office|practice|surgery|ward|unit|department|service|setting|place|home|community|group)\b(?!\s+(?:player|worker|member|leader|spirit|ethic))/u;

/** "Flexible working options are available", "flexible hours", "Flexible work model": the employer's working arrangements, not a quality. */
const ARRANGEMENT_AFTER = /^\s+(?:working(?!\s+(?:attitude|approach|style|manner))|work\b(?!\s+ethic)|hours|hybrid|options|arrangements?|benefits?|start|shifts|rota)\b/i;

/** Whether the words after a quality word, up to a workplace noun, are only more adjectives of that noun. */
function describesPlace(after: string): boolean {
  const m = PLACE_AFTER.exec(after);
  return m !== null && !/[.;:!?]/.test(m[0]);
}

/** "… and patient" closing a list of qualities (see qualities()). */
// (Or an item inside such a list, "Kind, patient and reliable"; not "caring, patient and family centred", whose "patient" is a noun.)
const PATIENT_CLOSING = /^\s*(?:,\s*|(?:,\s*)?(?:and|or|&)\s+)patient(?=\s*(?:$|[.;)]|,(?!\s*(?:carers?|famil(?:y|ies)|relatives)\b)|\s(?:and|or|&)\s+(?!(?:carers?|famil(?:y|ies)|relatives|visitors|staff|public)\b)))/iu;

/** A capitalised word with a capitalised word before it, not first in its sentence: "an experienced Mechanical | Maintenance …". */
export const TITLE_BEFORE = /[\p{Ll}\p{N},]\s+\p{Lu}[\p{L}&-]*\s+$/u;
const TITLE_NEXT = /^\s+(\p{Lu}\p{Ll}+)/u;

/**
 * "our first ever Site Reliability Engineer": a capitalised quality between capitalised words, after a word in lower
 * case, is a piece of a job title or a name (qualities typed in Title Case, "Flexible Reliable Punctual", go on with
 * another quality).
 */
function insideTitle(text: string, a: number, b: number, lex: LexiconIndex): boolean {
  if (!/^\p{Lu}/u.test(text[a]) || !TITLE_BEFORE.test(text.slice(Math.max(0, a - 40), a))) return false;
  const next = TITLE_NEXT.exec(text.slice(b, b + 40));
  return next !== null && !isQuality(next[1].toLowerCase(), lex);
}

/** Another quality word next, in a run of them typed without commas ("Honest Reliable Punctual"). */
function qualityNext(text: string, at: number, lex: LexiconIndex): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 40));
  return next !== null && isQuality(next[1].toLowerCase(), lex);
}

/** What the candidate is to have, before the qualities it names. */
const HAVE_LEAD = /^(?:(?:ideally|also|preferably),?\s+)?(?:you(?:['’]ll|\s+will|\s+must|\s+should)?\s+(?:also\s+)?have|(?:must|should|will)\s+have)\s+(?:an?\s+)?/i;

/** Personal qualities named by the lexicon ("attention to detail", "stress resistance"). */
const INTENSIFIER = /^(?:highly|very|extremely|really|genuinely|truly|naturally|exceptionally)\s+/i;

export function qualities(ctx: ItemContext, confidence: number, atStartOnly: boolean): number {
  const { text, lex } = ctx;
  let n = 0;
  // ("Proactive, resourceful, solutions-oriented and results-oriented.": a run of qualities from the start counts whole.)
  // (after a lead-in of degree: "High level of integrity")
  // (and after a criterion's label: "Essential: Good standard of literacy and numeracy")
  // (and after what the candidate is to have: "Ideally you will have a good standard of numeracy and literacy")
  const label = /^(?:essential|desirable|required|preferred)\s*:\s*/i.exec(text)?.[0].length ?? HAVE_LEAD.exec(text)?.[0].length ?? 0;
  let run = label + (lex.modifiers.exec(text.slice(label))?.[0].length ?? 0);
  // (And after an intensifier: "Highly organised with …".)
  run += INTENSIFIER.exec(text.slice(run))?.[0].length ?? 0;
  for (const q of matches(lex.qualities, text)) {
    const start = sharedHeadStart(text, q.index, q[0], lex);
    // ("Good organisation and time management": competencies named by nouns listed before a quality are qualities too.)
    const listed = atStartOnly && LINE_END.test(text.slice(q.index + q[0].length)) ? listedBefore(text, run, start, lex) : [];
    if (atStartOnly && listed.length === 0 && !/^[\s,;/&]*(?:(?:and|or)\s+)?$/i.test(text.slice(run, start))) continue;
    for (const [a, b] of listed) if (!covered(ctx, a, b) && addMention(ctx, 'skill', a, b, text.slice(a, b), confidence)) n++;
    run = q.index + q[0].length;
    // ("a data-driven approach": the end of a compound the lexicon does not hold is no quality.)
    if (/[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, q.index - 2), q.index))) continue;
    if (covered(ctx, q.index, q.index + q[0].length)) continue;
    if (!atStartOnly && OWNED_BEFORE.test(text.slice(Math.max(0, q.index - 16), q.index))) continue;
    if (!atStartOnly && !/\s/.test(q[0]) && !QUALITY_NOUN.test(q[0]) && !PREDICATIVE_AFTER.test(text.slice(q.index + q[0].length)) && !qualityNext(text, q.index + q[0].length, lex)) continue;
    if (!atStartOnly && describesPlace(text.slice(q.index + q[0].length))) continue;
    if (ARRANGEMENT_AFTER.test(text.slice(q.index + q[0].length))) continue;
    if (insideTitle(text, q.index, q.index + q[0].length, lex)) continue;
    if (addMention(ctx, 'skill', start, q.index + q[0].length, text.slice(start, q.index + q[0].length), confidence)) n++;
    // "Kind and patient", "caring, reliable and patient": "patient" is mostly a noun in a posting ("patient care"),
    // an adjective when it closes a list of qualities.
    const patient = PATIENT_CLOSING.exec(text.slice(run));
    if (patient) {
      const at = run + patient.index + patient[0].length - 'patient'.length;
      if (addMention(ctx, 'skill', at, at + 'patient'.length, text.slice(at, at + 'patient'.length), confidence)) n++;
    }
  }
  // "Strong leadership and people management": a competency named by its head closing a line of qualities.
  const closing = n > 0 ? COMPETENCY_CLOSING.exec(text.slice(run)) : null;
  if (closing) {
    const at = run + closing.index + closing[0].indexOf(closing[1]);
    if (addMention(ctx, 'skill', at, at + closing[1].length, closing[1], confidence)) n++;
  }
  return n;
}

/**
 * One to three lower-case words ending in a noun of an ability ("organisation", "self-management"); not a verb's
 * -ing form ("seeking and listening to feedback" is a task).
 */
const ABILITY_NOUN_PART = /^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*(?:ity|ness|ion|ment|ence|ance|ship|acy)$/u;
/** A quality that closes its line: the list before it is one of qualities, not a clause. */
const LINE_END = /^\s*[.;!]?\s*$/;
/** The separators of a list, and the words that say a part is a phrase, not a name of a competency. */
const LIST_SEPARATOR = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*/gu;
const PHRASE_WORD = /\b(?:of|to|in|with|for|on|at|by|from|the|a|an|our|your|their|this|that)\b/i;

/**
 * The parts of a list from `from` up to a quality at `to` ("organisation and " before "time management"), when every
 * part names an ability by its noun and none is something offered ("Excellent pension and teamwork"); else none.
 */
function listedBefore(text: string, from: number, to: number, lex: LexiconIndex): [number, number][] {
  const gap = text.slice(from, to);
  const parts: [number, number][] = [];
  let at = 0;
  for (const sep of gap.matchAll(LIST_SEPARATOR)) {
    parts.push([at, sep.index]);
    at = sep.index + sep[0].length;
  }
  if (parts.length === 0 || at !== gap.length) return [];
  const ok = parts.every(([a, b]) => {
    const part = gap.slice(a, b);
    return ABILITY_NOUN_PART.test(part) && !PHRASE_WORD.test(part) && !hits(lex.offers, part);
  });
  return ok ? parts.map(([a, b]) => [from + a, from + b]) : [];
}

/** Words joined before a quality's last word(s) ("verbal and", "oral, written or"). */
const JOINED_BEFORE = /((?:[\p{L}-]+(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*\/\s*)){1,3})$/u;

/**
 * "verbal and written communication": words joined before a quality of two words or more that each make a quality with
 * its head share it, one mention (mentions.md); where it starts.
 */
function sharedHeadStart(text: string, at: number, quality: string, lex: LexiconIndex): number {
  const words = quality.split(/\s+/);
  if (words.length < 2) return at;
  const joined = JOINED_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  const head = words.slice(1).join(' ');
  if (!joined || !joined[1].split(/\s*,\s*|\s+(?:and|or|&)\s+|\s*\/\s*/).filter(Boolean).every((w) => isQuality(`${w} ${head}`, lex))) return at;
  return at - joined[1].length;
}

/** "… and people management": one to three words whose last names a competency, ending the line. */
const COMPETENCY_CLOSING = /^\s+and\s+((?:[\p{Ll}-]+\s+){0,2}(?:management|planning|thinking|focus|awareness|handling|building|solving|making|writing|analysis|engagement))\s*[.;!]?\s*$/u;

const ADJECTIVE_LIKE = /^(?=.{4})(?:[\p{Ll}]+-)?[\p{Ll}]*(?:ive|ous|ful|ent|ant|ible|ic|al|ed|ary|ile|ate|ish|ised|ized|minded|driven|oriented|motivated)$/u;
export const NOT_QUALITY = /^(?:able|real|important|integral|vital|crucial|essential|individual|candidate|graduate|associate|advocate|certificate|template|estate|climate|mandate|skilled|competent|interested|responsible|based|located|required|expected|available|eligible|familiar|involved|employed|qualified|registered|experienced|established|seasoned|certified|licensed|accredited|trained|educated|used|exposed|comfortable|current|relevant|potential|different|local|national|international|several|present|permanent|additional|successful|final|legal|general|total|personal|professional|technical|financial|commercial|medical|clinical|digital|physical|social|global|central|natural|annual|full|part|new|able-bodied|prepared|willing|allowed|rewarded|paid|supported|substantive|locum|temporary|interim|honorary|fixed-term|part-time|full-time|seasonal|casual|postdoctoral|doctoral|postgraduate|undergraduate|academic|chartered|accountant|consultant|assistant|attendant|applicant|participant|servant|merchant|sergeant|lieutenant|student|resident|president|agent|client|patient|parent|executive|representative|operative|detective|secretary|mechanic|principal|delegate|thrive|strive|arrive|derive|drive|give|live|receive|achieve|believe|perceive|survive|archive|relieve|retrieve)$/i;

/** A word that names a quality: the lexicon's, or an adjective by its ending that is no verb the lexicon knows. */
export function isQualityWord(w: string, lex: ItemContext['lex']): boolean {
  const low = w.toLowerCase();
  if (NOT_QUALITY.test(low)) return false;
  if (isQuality(low, lex)) return true;
  // "organized and structured and create and maintain an overview": a verb the lexicon knows is no adjective.
  // ("a compassionate occupational therapist", "an enthusiastic mental health nurse": an adjective of a noun names the
  // post's field; the lexicon lists those that are qualities, "analytical", "punctual".)
  return ADJECTIVE_LIKE.test(low) && !low.endsWith('al') && !lex.verbs.has(low);
}
