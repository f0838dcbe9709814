// The last look at a posting's mentions: spans no rule should have given, and duplicates.
import type { Mention } from '../types.js';
import { isShouted } from '../shouted.js';
import { GENERIC_HEAD } from './knowledge-lists.js';
import { LANGUAGE_VERBS } from './abilities.js';
import { isNotACompetency, offeredDevelopment, SELECTION } from './not-a-competency.js';
import { MODE_WORDS } from './skills.js';

/** The longest span a mention of each kind may have: past it, a rule has swallowed a sentence. */
const MAX_WORDS: Record<Mention['kind'], number> = { duty: 30, skill: 20, knowledge: 12, qualification: 30 };


/** Words that grade a competency ("Excellent …", "Strong …"); alone, they name none (see EMPTY_WORD and EVALUATIVE). */
const GRADES = 'excellent|good|strong|solid|great|proven|sound|deep|extensive|demonstrated|outstanding|exceptional|profound';

/** Words that name no competency on their own: function words, redaction placeholders (an anonymised organisation may
 * be a product's name: "<ORGANIZATION>" stays), the category words of a heading, the modes of a language ("verbal and written"). */
const EMPTY_WORD = new RegExp(
  String.raw`^(?:\[[A-Z_ ]+\]\S*|<(?:LOCATION|NAME|CONTACT|ADDRESS|PERSON)>\S*|\d+\S*|a|an|the|and|or|of|in|on|for|to|with|both|all|any|other|after|before|since|during|while|until|between|through|via|within|without|etc|also|particular(?:ly)?|especially|specifically|then|than|these|those|whose|which|what|new|basic|${GRADES}|very|big|plus|bonus|advantage|advantageous|asset|relevant|required|preferred|desired|desirable|essential|minimum|additional|background|skills?|knowledge|abilit(?:y|ies)|experiences?|training|understanding|competenc(?:e|ies)|requirements?|qualifications?|job|role|position|${MODE_WORDS})$`,
  'i',
);

/** "written skills", "written and verbal skills": the modes of communicating with "skills" name a skill (communication). */
const MODES_SKILLS = new RegExp(String.raw`^(?:(?:${MODE_WORDS})(?:\s*(?:,|\/|&|\band\b|\bor\b)\s*|\s+))+skills?$`, 'i');

/** A mention whose words are all placeholders, numbers or heading words ("[REDACTED]", "7", "Knowledge, Skills and Abilities", "3 Job Requirements Qualification"). */
function namesNothing(m: Mention): boolean {
  if (m.kind === 'skill' && MODES_SKILLS.test(m.text.trim())) return false;
  // "policies", "procedures", "tools" alone: a knowledge only with what it is of.
  if (m.kind === 'knowledge' && GENERIC_HEAD.test(m.text.trim())) return true;
  return m.text
    .split(/[\s,;/&]+/)
    .filter((w) => w !== '')
    .every((w) => EMPTY_WORD.test(w.replace(/[.:()'’]+$/u, '')));
}

/**
 * "and certification", "Education", "license, registration": credentials' category words alone, left over from a
 * heading ("Required Education, training, license, registration, and certification").
 */
const CREDENTIAL_WORD = /^(?:certifications?|certificates?|licen[cs]es?|registrations?|education)$/i;
function credentialWordOnly(m: Mention): boolean {
  const words = m.text.split(/[\s,;/&]+/).filter((w) => w !== '' && !/^(?:and|or)$/i.test(w));
  const credential = (w: string) => CREDENTIAL_WORD.test(w.replace(/[.:()'’]+$/u, ''));
  return words.length === 1 ? credential(words[0]) : m.kind === 'qualification' && words.every(credential);
}

/**
 * A duty is a task: one word names one only as an activity ("sweeping", "troubleshooting"); a bare
 * verb ("Drive", "build") is a cut-off fragment and a noun ("transparency", "service") no task.
 */
function bareWord(m: Mention): boolean {
  return m.kind === 'duty' && !/\s/.test(m.text.trim()) && !/ing$/i.test(m.text.trim());
}

/**
 * English duties are written as sentences; a phrase in Title Case ("Code of Conduct", "Planning, Design
 * Development and Documentation") is a heading or a name. (German capitalises every noun: not there.)
 */
const ADDRESSED_POST = /\sthe\s(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Manager|Lead|Leader|Director|Officer|Supervisor|Head|Co-?ordinator|Consultant|Matron|Sister|Chief|Engineer|Partner|Team|Board|Committee)s?$/u;

/** The line of the text a mention is in, up to 100 characters on either side (a one-line posting is one line). */
function lineAround(text: string, m: Mention): string {
  const start = Math.max(text.lastIndexOf('\n', m.start) + 1, m.start - 100);
  const nl = text.indexOf('\n', m.end);
  return text.slice(start, Math.min(nl < 0 ? text.length : nl, m.end + 100));
}

const GOES_ON = /^[ \t]+(?!to\b)\p{Ll}+[ \t]+[\p{Ll}\d]/u;
/**
 * Where a task opens its sentence: a line's start, a bullet, a full stop, or a lower-case word ending the item before
 * in a posting that lost its bullets ("… by local policy | Adhere to …"); not a small word ("… Code of | Conduct and …").
 */
const OPENS_SENTENCE = /(?:^|\n|[.;:•*-]|(?<![\p{L}'’-])(?!(?:of|and|or|the|a|an|to|for|in|on|at|by|with|from|as|our|your|their|its)\s)\p{Ll}[\p{Ll}-]*)[ \t]*$/u;

function isTitleCase(m: Mention, text: string): boolean {
  if (m.kind !== 'duty') return false;
  // ("RECEIVE AND INSPECT INCOMING MATERIALS": in a line typed in capitals, capitals tell no name.)
  if (!/\p{Ll}/u.test(m.text) && m.text.split(/\s+/).length >= 3 && isShouted(lineAround(text, m))) return false;
  // A lower-case verb opens a task whatever its length ("use Excel and Outlook" is no Title Case name).
  if (/^\p{Ll}/u.test(m.text)) return false;
  // ("Deputise for the Store Manager", "Report to the Clinical Lead": a task done for a post or a body named in Title Case.)
  if (ADDRESSED_POST.test(m.text)) return false;
  // ("Complete the Care Certificate within 12 weeks of starting": a sentence goes on in lower case after the task; a
  // name or a title ends its line or a clause.)
  if (OPENS_SENTENCE.test(text.slice(Math.max(0, m.start - 30), m.start)) && GOES_ON.test(text.slice(m.end, m.end + 40))) return false;
  const words = m.text.split(/[\s,/]+/).filter((w) => /^\p{L}{4,}/u.test(w));
  // An acronym is capitalised in any sentence ("Monitoring KPIs" is a task), unless every word is in capitals.
  const cased = words.filter((w) => !/^\p{Lu}{2}/u.test(w));
  if (cased.length < words.length && cased.length > 0) return cased.length >= 2 && cased.every((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A job board's field about the employer or the contract, written inline ("Role: Full Stack Developer Industry: Financial Services Company size: …"). */
// The value ends where the next label starts: a "Company size" value ends with "people", a "Technologies" label opens a list of tools.
const FIELD_BEFORE =
  /(?:^|\s)(?<!\b(?:the|this|our|your|a|an)\s)(?:industry|sector|company (?:size|type)|job type|employment type|contract type|role|location|department)\s*:\s*(?:(?!(?:technologies|tech|stack|tools|skills|people|description)\b)[^\s:]+\s+){0,5}$/i;

/** Where the employer's name is written ("Northshire Community Health NHS Trust"). */
function nameSpans(text: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  if (name === '') return out;
  const lower = text.toLowerCase();
  const n = name.toLowerCase();
  for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) out.push([at, at + n.length]);
  return out;
}

/** A mention that is the value of such a field, or the employer's own name or a piece of it ("Community Health"): nothing the candidate needs. */
function aboutEmployer(m: Mention, text: string, companyAt: [number, number][]): boolean {
  if (companyAt.some(([a, b]) => a <= m.start && m.end <= b)) return true;
  // (The line's text before the mention, 80 characters at most: a posting pasted as one line is one long line.)
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return FIELD_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
}

/**
 * "About CRS", "CRS is seeking …", "IRC works to …": letters a posting names itself by (its employer's), which a
 * vocabulary may hold for a tool ("CRS", computerized reservation systems).
 */
const SELF_NAMED = /(?:^|[\n.!?:]\s*|\bAbout\s+)(\p{Lu}{2,6})(?:['’]s)?\s+(?:is\s+(?:(?:currently\s+)?(?:seeking|looking|hiring|recruiting|inviting)|committed|an?\s+(?:equal|international|global|leading|non-?profit|humanitarian|faith-based|not-for-profit)|the\s+(?:official|leading|largest))|works\s+(?:to|in|with|across)|operates\s+in|was\s+(?:founded|established))\b|(?:^|\n)About\s+(\p{Lu}{2,6})\s*(?:\n|$)/gu;
function selfNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(SELF_NAMED)) out.add(m[1] ?? m[2]);
  return out;
}

/** "local languages is (a desirable)", "Excel and": a knowledge span run on past its name ends at the name. */
const KNOWLEDGE_TAIL = /(?:\s+(?:is|are|and|or|of|the|to|with|in|for|a|an|as|at|by|on))+$/i;

/** Cuts the words that end a mention's span at `tail` (from its normalized form too), when words are left before it. */
function dropTail(m: Mention, tail: RegExp, left = /\S/u): void {
  const found = tail.exec(m.text);
  if (!found || !left.test(m.text.slice(0, found.index))) return;
  m.text = m.text.slice(0, found.index);
  m.end = m.start + m.text.length;
  m.normalized = m.normalized.replace(tail, '');
}

/**
 * "Experience of cloud technologies (e.g. AWS or Azure)", "NoSQL database experience (e.g. Cassandra)": the examples a
 * mention gives in brackets at its end are mentions of their own or none, not part of its span (mentions.md: the
 * shortest span that names the competency).
 */
const EXAMPLES_TAIL = /\s*\((?:e\.?\s?g|i\.?e|for\s+(?:example|instance)|such\s+as|including)\b[^()]*\)?$/i;

/** A bracket that closes a mention, and what it holds. */
const BRACKET_TAIL = /\s*\(([^()]+)\)$/;
const LIST_JOINER = /\s*(?:,|\/|\band\b|\bor\b)\s*/g;

/**
 * "Experience with cloud platforms (AWS, Azure)", "Experience with CI tools (Jenkins)": names listed in a closing bracket
 * that are each a knowledge mention of their own are examples too, as after "e.g." (a knowledge mention keeps a bracket
 * of one, its abbreviation: "Google Cloud Platform (GCP)").
 */
function dropNamedTail(m: Mention, knowledgeAt: ReadonlySet<number>): void {
  const found = BRACKET_TAIL.exec(m.text);
  if (!found || found.index === 0) return;
  const inner = m.start + found.index + found[0].indexOf('(') + 1;
  const parts: number[] = [];
  let at = 0;
  for (const sep of found[1].matchAll(LIST_JOINER)) {
    if (sep.index > at) parts.push(at);
    at = sep.index + sep[0].length;
  }
  if (at < found[1].length) parts.push(at);
  if (parts.length < (m.kind === 'knowledge' ? 2 : 1) || !parts.every((p) => knowledgeAt.has(inner + p))) return;
  m.text = m.text.slice(0, found.index);
  m.end = m.start + m.text.length;
  m.normalized = m.normalized.replace(BRACKET_TAIL, '');
}

/** "Excellent", "Strong", "Proven", "Very good": how much of it is asked, not what (mentions.md: no evaluative words). */
const EVALUATIVE = new RegExp(String.raw`^(?:(?:very|really|extremely)\s+)?(?:${GRADES}|thorough|in-depth)\s+(?=\p{Ll}|\p{Lu}{2,}\b)`, 'iu');

/**
 * "Good organizational skills", "demonstrated experience of …", "Strong SQL skills": the competency without its
 * grade (not "Basic Life Support", a course's name). (A duty that begins so, "Very good SAP knowledge", names no task.)
 */
/** "A portfolio showing strong interaction … skills", "someone with excellent communication skills": what shows or holds the graded skill. */
const GRADED_AFTER = new RegExp(String.raw`^(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:showing|demonstrating|with|having|possessing)\s+(?=(?:(?:very|really|extremely)\s+)?(?:${GRADES})\s)`, 'iu');

/** "Evidence of continuing professional development", "Demonstrable evidence of team working": a lead-in (mentions.md), not the competency. */
const EVIDENCE_LEAD = /^(?:(?:demonstrable|demonstrated|documented|proven|clear)\s+)?evidence\s+of\s+(?=\S)/i;

/** Drops words that lead a mention's span ("Evidence of ", "Excellent "), from its normalized form too when it opens with them. */
function dropLead(m: Mention, lead: RegExpExecArray | null): void {
  if (!lead) return;
  m.text = m.text.slice(lead[0].length);
  m.start += lead[0].length;
  const lower = lead[0].toLowerCase();
  if (m.normalized.startsWith(lower)) m.normalized = m.normalized.slice(lower.length);
}

/**
 * "at least JavaScript", "ideally some Python experience", "preferably experience from trading environments", "both
 * Danish and English": how firmly or how much of it is asked, not what (mentions.md: the shortest span, no lead-ins).
 */
const HEDGE_LEAD = /^(?:at\s+least|ideally|preferably|both)\s+(?:(?:also|some|any)\s+)?(?:one\s+(?!of\b))?(?=[\p{L}\p{N}])/iu;

/**
 * "You have an advanced degree in …", "You gathered already 6+ years of experience", "We expect you to have a degree in
 * …", "Qualified applicants must have a valid … licence": who holds it, not what is asked (mentions.md: no lead-ins).
 */
const HOLDER_LEAD = /^(?:(?:you|we|(?:(?:the\s+)?(?:qualified|successful|ideal)\s+)?(?:applicants?|candidates?))\s+(?:(?:will|must|should|would|shall)\s+)?(?:also\s+|already\s+)?|we\s+(?:expect|require|need|want|would\s+like)\s+you\s+to\s+)(?:have|hold|possess|bring|gathered|gained|acquired)\s+(?:(?:already|also)\s+)?(?:(?:a|an)\s+)?(?=[\p{L}\p{N}])/iu;

/** Drops what leads a mention's span: who holds it, a hedge, "Evidence of", a grade. */
function trimLeads(m: Mention): void {
  if (m.kind === 'duty') return;
  dropLead(m, HOLDER_LEAD.exec(m.text));
  dropLead(m, HEDGE_LEAD.exec(m.text));
  dropLead(m, EVIDENCE_LEAD.exec(m.text));
  if (m.kind === 'skill' && /\bskills?$/i.test(m.text)) {
    dropLead(m, GRADED_AFTER.exec(m.text));
    // ("basic computer skills": a grade too, of skills only: "basic life support" is a subject.)
    dropLead(m, /^basic\s+(?=\p{L})/iu.exec(m.text));
  }
  dropLead(m, EVALUATIVE.exec(m.text));
}

/** "(Able to) speak and write" before "Polish": the use of the language named next, which is the knowledge asked (mentions.md). */
const LANGUAGE_USE = new RegExp(String.raw`^(?:(?:the\s+)?(?:ability|able)\s+to\s+)?${LANGUAGE_VERBS}(?:\s+(?:effectively|fluently|confidently|clearly|well))?(?:\s+in)?$`, 'i');
const languageVerbs = (m: Mention, all: Mention[]): boolean =>
  m.kind === 'skill' && LANGUAGE_USE.test(m.text) && all.some((o) => o.kind === 'knowledge' && o.start >= m.end && o.start - m.end <= 4);

/**
 * "Previous care experience is not required", "A degree is not necessary", "You don't need any experience in retail":
 * what the posting says it does not ask (not "… is not required but would be an advantage": asked after all).
 */
const NOT_ASKED_AFTER = /^(?:\s+(?!and\b|or\b|but\b)[\p{L}\p{N}'’()-]+){0,5}?\s+(?:is|are)\s+not\s+(?:required|needed|necessary|a\s+requirement)\b(?![^.;!?\n]{0,30}\bbut\b)/iu;
const NOT_ASKED_BEFORE = /\b(?:do(?:n['’]t|\s+not)|does(?:n['’]t|\s+not)|won['’]t|will\s+not)\s+(?:need|require)\s+(?:(?:any|a|an|previous|prior)\s+)*(?:experience\s+(?:in|of|with)\s+)?$/i;
const notAsked = (m: Mention, text: string): boolean =>
  m.kind !== 'duty' && (NOT_ASKED_AFTER.test(text.slice(m.end, m.end + 80)) || NOT_ASKED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));

/** Drop low-confidence and duplicate mentions (same kind, overlapping span: keep the more confident, then the longer). */
export function finish(all: Mention[], minConfidence: number, text: string, english: boolean, company = ''): Mention[] {
  const companyAt = nameSpans(text, company);
  const knowledgeAt = new Set(all.filter((m) => m.kind === 'knowledge').map((m) => m.start));
  for (const m of all) {
    // ("Knowledge of basic computer skills": skills are abilities, whatever cue named them.)
    if (m.kind === 'knowledge' && /\sskills?$/i.test(m.text)) m.kind = 'skill';
    dropTail(m, EXAMPLES_TAIL, /\p{L}{2,}/u);
    dropNamedTail(m, knowledgeAt);
    if (m.kind === 'knowledge') dropTail(m, KNOWLEDGE_TAIL);
    trimLeads(m);
  }
  // (Read only for a posting with a knowledge mention that is letters alone.)
  const employer = all.some((m) => m.kind === 'knowledge' && /^\p{Lu}{2,6}$/u.test(m.text)) ? selfNames(text) : new Set<string>();
  const kept = all.filter(
    (m) =>
      m.confidence >= minConfidence &&
      !(m.kind === 'duty' && EVALUATIVE.test(m.text)) &&
      m.text.split(/\s+/).length <= MAX_WORDS[m.kind] &&
      !isNotACompetency(m, text) &&
      !namesNothing(m) &&
      !credentialWordOnly(m) &&
      !SELECTION.test(m.text) &&
      !offeredDevelopment(m, text) &&
      !(english && isTitleCase(m, text)) &&
      !(english && bareWord(m)) &&
      !aboutEmployer(m, text, companyAt) &&
      !(m.kind === 'knowledge' && employer.has(m.text)) &&
      !languageVerbs(m, all) &&
      !notAsked(m, text),
  );
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let longest = 0;
  for (const m of kept) {
    // Sorted by start: only mentions starting within the longest span before this one can overlap it.
    let clash = -1;
    for (let k = out.length - 1; k >= 0 && out[k].start >= m.start - longest; k--) {
      const o = out[k];
      if (o.kind === m.kind && o.start < m.end && m.start < o.end && (o.role ?? '') === (m.role ?? '')) {
        clash = k;
        break;
      }
    }
    if (clash < 0) {
      out.push(m);
      longest = Math.max(longest, m.end - m.start);
    } else if (m.confidence > out[clash].confidence) {
      out[clash] = m;
      longest = Math.max(longest, m.end - m.start);
    }
  }
  return oncePerPosting(out);
}

/** Each competency once per posting, even when the posting repeats itself (mentions.md): the first place it is named. */
function oncePerPosting(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.kind}\u0000${m.role ?? ''}\u0000${m.normalized.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

