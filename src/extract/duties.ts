import { addMention, firstMatch, guarded, hits, matches, OPEN_TAIL_WORDS, type ItemContext } from './context.js';
import { leadingVerb, TITLE_RUN_SUBJECT, type LeadingVerb } from './leading-verb.js';
import {
  AND_MODAL,
  FRONTED_PURPOSE,
  INNER_MODAL,
  NOT_A_TASK,
  noTaskAfter,
  ORGANIZATION_SUBJECT,
  PART_OF,
  PLURAL_ROLE_SUBJECT,
  REPORTING,
  ROLE_HEAD,
  ROLE_MODAL,
  ROLE_SUBJECT,
  SOUGHT_TO,
  SUBJECT_MODAL,
  THING_SUBJECT,
  TO_LEAD,
  YOU_PRESENT,
} from './duty-subjects.js';
import { languagesUsed } from './abilities.js';
import { andVerb, coordinatedDuties, EXAMPLE_GERUNDS, EXAMPLE_TASKS, NOUN_GERUND_AFTER, verbList } from './coordinated-duties.js';
import { activitiesAfterObject, coordinated, dutyNormal, gerundAmongNouns, spanEnd } from './duty-spans.js';
import { nounList } from './noun-list.js';
import { responsibleFor } from './responsible-for.js';
import { itemParts } from './sentence-parts.js';
import { lemma } from './verbs.js';

/** A label of a few words before a task, naming its group (see extractDuties). */
const GROUP_LABEL = guarded(/^(?:\p{L}[\p{L}&/-]*\s+){0,3}\p{L}[\p{L}&/-]*:\s+(?=[Tt]o\s+\p{L}|\p{Lu})/u, /:/);

/** "Use of Microsoft Teams and SharePoint would be beneficial": using something, asked as a requirement, is no task. */
const USE_ASKED = new RegExp(String.raw`^use\s+of\s.*\s(?:is|are|would be|will be)\s+(?:(?:also|very|highly|strongly)\s+)?${OPEN_TAIL_WORDS}`, 'iu');

const VALUES_BEFORE = /\b(?:values|behaviours|behaviors|principles|(?<!\byour\s+)(?:vision|mission|ambition))\s*:\s*$/i;

/**
 * Duties of one item: verb-first lines, "Responsible for …ing", "You will …". Coordinated duties with
 * their own verb ("Track profitability and flag accounts …") give one mention each.
 * `strong`: the item sits under a responsibilities heading, so any verb-first sentence counts; elsewhere
 * a sentence needs a list line, a subject ("You will …") or a present-tense verb with an object.
 */
export function extractDuties(ctx: ItemContext, strong: boolean, confidence: number): boolean {
  let found = false;
  for (const [a, b] of itemParts(ctx.text, ctx.lex)) {
    // "… demonstrate the NHS values: working together for patients, respect and dignity, …", "… one vision: to improve the
    // world's financial health": the values or the aim named after such a colon are what the employer stands for, not
    // tasks ("Your mission: to build …" is the job's).
    const at = ctx.item.start + a;
    if (VALUES_BEFORE.test(ctx.docText.slice(Math.max(0, at - 40), at))) continue;
    // "Clinical duties: To undertake assessments …", "Chronic disease management: Manage and review patients …": a
    // label of a few words before the task names its group.
    const label = firstMatch(GROUP_LABEL, ctx.text.slice(a, b));
    // "Study leave of 30 days …": what the post offers, whatever verb its first word could be.
    if (matches(ctx.lex.offers, ctx.text).some((o) => o.index === a)) continue;
    const from = a + (label?.[0].length ?? 0);
    if (USE_ASKED.test(ctx.text.slice(from, b))) continue;
    // "Sounds like a dream come true?", "Looks interesting?": a question whose verb has "it" or "this" for subject is
    // about the posting; it sets no task. ("Want to apply omics analyses …?", "Love working with data?" ask the reader
    // about the work: that work is read.)
    const verb = /\?\s*$/.test(ctx.text.slice(from, b)) ? leadingVerb(ctx.text, from, ctx.lex) : null;
    if (verb?.start === from && verb.form === 's') continue;
    // "Stock replenishment, merchandising and till operation": tasks named by nouns, one duty each.
    if (strong && nounList(ctx, from, b, confidence - 0.15, true)) found = true;
    else if (dutyOfSentence(ctx, from, b, strong, confidence)) found = true;
  }
  return found;
}

const SOUGHT_POST = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:wanted|needed|required|sought)\b/u;

/** "Reports are produced monthly …": a clause with its own subject and verb says what happens, not what the job holder does. */
const OWN_SUBJECT = /^\S+(?:\s+\S+)?\s+(?:is|are|was|were|will be|has been|have been)\b/i;
export const hasOwnSubject = (text: string): boolean => OWN_SUBJECT.test(text) || TITLE_RUN_SUBJECT.test(text);

/** A reporting line ("Working under the supervision of a registered nurse") or a list's introduction: no duty, whoever reads it. */
export const isReportingLine = (text: string): boolean => REPORTING.test(text);

/** Whether the item is a whole line of the posting. */
function wholeLine(ctx: ItemContext): boolean {
  const { docText, item } = ctx;
  return (item.start === 0 || docText[item.start - 1] === '\n') && (item.end === docText.length || docText[item.end] === '\n');
}

/** "A dynamic and challenging work environment", "An inclusive culture": where the post holder works, described; no task. */
const PLACE_DESCRIBED = /^(?:(?:a|an|the|our)\s+)?(?:[\p{L}-]+(?:,\s*|\s+and\s+|\s+)){1,4}(?:work(?:ing)?\s+)?(?:environment|culture|atmosphere|workplace)\s*[.!]?$/iu;

/**
 * Who a task is done with or for, as a whole item's head ("REB, RRS or other relevant authorities", "partners and
 * donors"): no task named. (After a preposition it is the task's complement: "Technical sales support to customers".)
 */
const AGENT_HEAD = /^(?!.*\b(?:to|for|with|of|from|by|in|on|at|across|between|among)\s).*\b(?:authorit(?:y|ies)|partners?|participants?|stakeholders?|officials?|donors?|beneficiar(?:y|ies)|agenc(?:y|ies)|ministr(?:y|ies)|bodies|organi[sz]ations?|institutions?|communities|members?|managers?|officers?|coordinators?|staff|colleagues|customers?|clients?|suppliers?|vendors?|contractors?|patients?|residents?|families|carers?|students?)\s*[.;]?\s*$/i;

/** A task named without a verb ("Account monitoring", "Monthly engagement emails") under a duties heading. */
export function nounDuty(ctx: ItemContext, confidence: number): boolean {
  const { text, lex } = ctx;
  const words = text.split(/\s+/).length;
  // Only a real list line (or a table cell): a short paragraph here is a caption or a stray heading.
  // (So is a short line of its own among three or more under the heading, typed without bullets: "Meal preparation".)
  const listed = ctx.item.level > 0 || ctx.section.role !== undefined || (ctx.section.items.length >= 3 && words <= 5 && !/[,;]/.test(text) && wholeLine(ctx));
  // "To be an active member of the ward team", "To be aware of and adhere to Trust policies": what the post holder
  // is, not a task named by a noun.
  if (REPORTING.test(text) || hits(lex.offers, text) || hasOwnSubject(text) || /^to\s+(?:be|have)\b/i.test(text) || PLACE_DESCRIBED.test(text)) return false;
  if (ctx.english && listed && words >= 2 && words <= 12 && !/[:?]/.test(text) && !AGENT_HEAD.test(text)) {
    if (!/^(?:no|yes|none|n\/a|not required)$/i.test(text.trim()) && !hits(lex.noise, text)) {
      return addMention(ctx, 'duty', 0, text.length, text, confidence) !== null;
    }
  }
  return false;
}

/**
 * "Nursing experience", "Programming experience in Python", "Hands on experience with Spring": a verb-like first word
 * that names the experience asked for (a qualification), no task.
 */
export const namesExperience = (v: LeadingVerb, after: string): boolean =>
  (v.form === 'ing' && /^\s+experience\b/i.test(after)) || (v.form === 's' && /^(?:\s*-\s*|\s+)on\s+experience\b/i.test(after));

/** "Welcome to our team", "Welcome aboard": a greeting, not the task of welcoming. */
const GREETING = /^welcome\s+(?:to|aboard|back)\b/i;

/** Being the one others go to: "be the main point of contact", "be a key liaison". */
const POINT_OF_CONTACT = /^(?:be\s+)?(?:the|a|an|your|our)\s+(?:(?:main|primary|first|key|single|central|principal|day-to-day|named|lead)\s+)?(?:point\s+of\s+contact|contact\s+point|focal\s+point|liaison)\b/i;

/** "use your initiative to …", "draw on your experience to …": the candidate's means, then the task after "to". */
const USE_YOUR = /^(?:use|draw on|apply)\s+(?:your|their|his|her)\s+(?:[\p{L}-]+\s+){1,6}?to\s+(?=\p{Ll})/iu;

/**
 * "work closely with the product team to understand their needs", "Collaborate with HEW to provide …": working with
 * someone names who, and the purpose after it names the task (the annotated postings give either, or both).
 */
const WITH_WHOM = /^(?:work|collaborate|partner|liaise|cooperate|co-operate|team up)\s+(?:closely\s+|together\s+)?(?:with|alongside)\s/i;
// ("… to understand their needs": what working together lets one know, no task.)
const PURPOSE_TO = /^,?\s+(?:in order\s+)?to\s+(?!(?:understand|learn|know|see|hear)\b)(?=\p{Ll})/u;
/** The purpose of a reporting line, somewhere after it ("… under the supervision of registered nurses | to deliver …"). */
const REPORTING_PURPOSE = /\s(?:in order\s+)?to\s+(?=\p{Ll})/u;

/** How deep the clauses of one sentence are read, one inside another (see dutyOfSentence). */
let clauseDepth = 0;
/** Deeper than this, a "sentence" is a run-on chain ("work with the team to work with the team to …"): no more is read. */
const MAX_CLAUSE_DEPTH = 40;

/** `modalled`: the sentence is a clause whose subject and modal came before `a` ("… and will support …"). */
function dutyOfSentence(ctx: ItemContext, a: number, b: number, strong: boolean, confidence: number, modalled = false): boolean {
  if (clauseDepth >= MAX_CLAUSE_DEPTH) return false;
  clauseDepth++;
  try {
    return clauseDuties(ctx, a, b, strong, confidence, modalled);
  } finally {
    clauseDepth--;
  }
}

/** The role named in the plural that opens a sentence ("Healthcare Assistants provide …"), not a verb's object ("Manage engineers and …"). */
function pluralRole(sentence: string, text: string, a: number, lex: ItemContext['lex']): RegExpExecArray | null {
  const m = PLURAL_ROLE_SUBJECT.exec(sentence);
  if (!m || !leadingVerb(text, a, lex)) return m;
  // ("Staff Nurses communicate sensitively …": a first word that may be a verb modifies the subject when a modal or a
  // verb of its own follows it; "Train assistants in …" is a task.)
  const next = /^\p{Ll}+/u.exec(sentence.slice(m[0].length))?.[0];
  return /\s(?:will|shall|would)\s+(?:also\s+)?$/.test(m[0]) || (next !== undefined && lex.verbs.has(next) && lemma(next, lex)?.form === 'base') ? m : null;
}

function clauseDuties(ctx: ItemContext, a: number, b: number, strong: boolean, confidence: number, modalled: boolean): boolean {
  const { text, lex } = ctx;
  const sentence = text.slice(a, b);
  if (responsibleFor(ctx, a, b, strong, confidence, (x, y, modalled) => dutyOfSentence(ctx, x, y, strong, confidence, modalled))) return true;
  const fronted = FRONTED_PURPOSE.exec(sentence);
  if (fronted) {
    // The main clause after the subject: a duty only when its subject is the role ("…, you will …").
    const clause = /(?:,\s*|\s)(?:we|you|they|he|she|i)\s+(?:will|shall|would|must|also)\b/i.exec(fronted[0]);
    return clause ? dutyOfSentence(ctx, a + clause.index + /^,?\s*/.exec(clause[0])![0].length, b, strong, confidence) : false;
  }
  let from = a;
  const sought = firstMatch(SOUGHT_TO, sentence);
  const modal = sought ?? TO_LEAD.exec(sentence) ?? SUBJECT_MODAL.exec(sentence) ?? ROLE_SUBJECT.exec(sentence) ?? pluralRole(sentence, text, a, lex) ?? ROLE_MODAL.exec(sentence) ?? INNER_MODAL.exec(sentence) ?? YOU_PRESENT.exec(sentence);
  // "The purpose of this activity is to …", "The project will …": what the employer's work does, not the role.
  if (modal && !sought && ORGANIZATION_SUBJECT.test(modal[0])) return false;
  if (modal && !sought && THING_SUBJECT.test(modal[0]) && !ROLE_HEAD.test(modal[0])) return false;
  if (modal) from = a + modal.index + modal[0].length;
  // "The post holder will be the first point of contact for patients, and will provide a clerical service …": a
  // second clause with its own modal is read on its own, whether or not the first names a task.
  const again = modal ? AND_MODAL.exec(text.slice(from, b)) : null;
  if (again) {
    const head = dutyOfSentence(ctx, a, from + again.index, strong, confidence);
    return dutyOfSentence(ctx, from + again.index + again[0].length, b, strong, confidence, true) || head;
  }
  // "The post holder will be an integral part of the team, working closely with …": the task is the clause after the comma.
  const partOf = modal ? PART_OF.exec(text.slice(from, b)) : null;
  if (partOf) from += partOf[0].length;
  if (modal && NOT_A_TASK.test(text.slice(from, b))) {
    // "You'll work in a cross-functional squad with product and design, own features end to end and …": the setting, then
    // the tasks after the comma, which share its subject and modal.
    const comma = /,\s+(?:and\s+)?(?=\p{Ll})/u.exec(text.slice(from, b));
    const next = comma ? leadingVerb(text, from + comma.index + comma[0].length, lex) : null;
    return next?.form === 'base' || next?.form === 'ing' ? dutyOfSentence(ctx, next.start, b, strong, confidence, true) : false;
  }
  // "You will do this by setting up partnerships …": what is done comes after "by".
  const doThis = /^(?:do|achieve|accomplish) (?:this|so|that)\s+(?:by|through)\s+/i.exec(text.slice(from, b));
  if (doThis) from += doThis[0].length;
  // "You will use your knowledge of employment law to advise managers …": the task is what the means are used for.
  const means = USE_YOUR.exec(text.slice(from, b));
  if (means) from += means[0].length;
  // "The post holder will be required to assess …", "You will need to …": the task is the verb after.
  const required = modal ? /^(?:(?:be|is|are)\s+)?(?:(?:required|expected|asked)|need|have)\s+to\s+(?=\p{L})/iu.exec(text.slice(from, b)) : null;
  if (required) from += required[0].length;
  // "Be the main point of contact for all clients", "You will be the first point of contact for …": the part the post
  // holder takes, as "act as the primary point of contact for …" is (a task in the annotated postings).
  if ((strong || modal || modalled || ctx.listLike) && POINT_OF_CONTACT.test(text.slice(from, b))) {
    // ("… the first point of contact for relatives and liaise with the on-call nurse": the task after "and" is another.)
    const end = spanEnd(text, from, b, lex);
    const next = andVerb(text, from, end, lex);
    const to = next ? next.at : end;
    const added = addMention(ctx, 'duty', from, to, dutyNormal('', text.slice(from, to), lex), modal ? confidence - 0.05 : confidence) !== null;
    return (next !== null && dutyOfSentence(ctx, next.verb.start, b, strong, confidence, true)) || added;
  }
  const v = leadingVerb(text, from, lex);
  // A verb-like word before a colon is a field's name ("Address: …", "Contact: …"), not a task.
  if (!v || text[v.end] === ':') return false;
  // A reporting line ("report to the Director of Commerce") is not a duty, nor what the verb's object or a noun
  // after it makes no task ("Take this opportunity", "Attach your CV", "Start date …").
  const reporting = REPORTING.exec(text.slice(v.start, b));
  if (reporting) {
    // ("You will work under the supervision of registered nurses to deliver patient centred care": the task is the purpose.)
    const at = v.start + reporting.index + reporting[0].length;
    const purpose = REPORTING_PURPOSE.exec(text.slice(at, b));
    const task = purpose ? leadingVerb(text, at + purpose.index + purpose[0].length, lex) : null;
    return task?.form === 'base' ? dutyOfSentence(ctx, task.start, b, strong, confidence, true) : false;
  }
  if (GREETING.test(text.slice(v.start, b)) || noTaskAfter(text.slice(v.end, b))) return false;
  // "Driving skills to travel between sites", "Listening skills": an -ing word before "skills" names the skill, no task.
  if (v.form === 'ing' && /^\s+(?:skills?|abilities)\b/i.test(text.slice(v.end, b))) return false;
  if (namesExperience(v, text.slice(v.end, b))) return false;
  if (!strong && !modal && !modalled && !ctx.listLike && v.form !== 's' && v.form !== 'base') return false;
  if (!strong) {
    // Outside a duties section a verb needs an object, and a Title Case run is a name ("Growing Accounts Press").
    const next = text.slice(v.end, b).trim().split(/\s+/).filter(Boolean);
    if (next.length === 0) return false;
    if (/^\p{Lu}/u.test(text.slice(v.start, v.end)) && next.slice(0, 2).every((w) => /^\p{Lu}/u.test(w))) return false;
    // ("Care Assistant wanted", "Cleaner needed for …": a post sought, as a headline names it.)
    if (SOUGHT_POST.test(text.slice(v.start, b))) return false;
  }
  // "You communicate clearly in English, both written and spoken": the use of a language is the language asked (mentions.md).
  const languages = languagesUsed(text, v.start, b, lex);
  if (languages) {
    for (const [x, y] of languages) addMention(ctx, 'knowledge', x, y, text.slice(x, y), confidence);
    return true;
  }
  const parts = coordinatedDuties(text, v, b, lex);
  for (const p of parts) {
    if (p !== parts[0] && REPORTING.test(text.slice(p.verb.start, p.end))) continue;
    const spanStart = p === parts[0] ? (modal ? from : a) : p.verb.start;
    const { verbs, rest } = verbList(text, p.verb, p.end, lex);
    const cutAt = spanEnd(text, rest, p.end, lex);
    if (gerundAmongNouns(ctx, p.verb, cutAt, confidence)) continue;
    // ("provide advice, teaching and instruction to carers": see AND_NOUN.)
    const nounsOn = NOUN_GERUND_AFTER.exec(text.slice(cutAt, p.end));
    const listEnd = nounsOn ? spanEnd(text, cutAt + nounsOn[0].length, p.end, lex) : cutAt;
    // ("answering calls, data entry and filing": see activitiesAfterObject.)
    const end = (p.verb.form === 'ing' && !nounsOn ? activitiesAfterObject(ctx, rest, listEnd, confidence) : undefined) ?? listEnd;
    // "monitoring of vital signs": a gerund with "of" names the task as a noun, and stays one.
    const nominal = p.verb.form === 'ing' && verbs === p.verb.base && /^\s+of\b/i.test(text.slice(p.verb.end, end));
    addMention(ctx, 'duty', spanStart, end, dutyNormal(nominal ? text.slice(p.verb.start, p.verb.end).toLowerCase() : verbs, text.slice(rest, Math.min(cutAt, end)), ctx.lex) + text.slice(cutAt, end), modal ? confidence - 0.05 : confidence);
    const purpose = WITH_WHOM.test(`${p.verb.base}${text.slice(p.verb.end, cutAt)}`) ? PURPOSE_TO.exec(text.slice(end, p.end)) : null;
    // (The purpose is read to the sentence's end: the tasks joined after it are its own, "to recruit, develop and retain …".)
    if (purpose) {
      dutyOfSentence(ctx, end + purpose[0].length, b, strong, confidence, true);
      break;
    }
  }
  // "Assist patients with personal care, including washing, dressing and toileting": activities named as examples
  // are duties of their own, one each (as the annotated postings list "sweeping", "mopping").
  const examples = EXAMPLE_GERUNDS.exec(text.slice(a, b));
  if (examples) {
    const at = a + examples.index + examples[0].indexOf(examples[1]);
    for (const g of examples[1].matchAll(/\p{L}+ing\b/gu)) addMention(ctx, 'duty', at + g.index, at + g.index + g[0].length, g[0].toLowerCase(), confidence - 0.1);
  } else {
    // "… support to the finance team, including processing invoices and reconciling accounts": so are tasks with their
    // objects, when two or more are listed (one alone is as often a noun: "including accounting records").
    const cue = EXAMPLE_TASKS.exec(text.slice(a, b));
    const g = cue ? leadingVerb(text, a + cue.index + cue[0].length, lex) : null;
    if (g?.form === 'ing' && coordinatedDuties(text, g, b, lex).length >= 2) coordinated(ctx, g, b, confidence);
  }
  return true;
}
