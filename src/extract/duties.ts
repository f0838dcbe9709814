import { addMention, firstMatch, guarded, hits, matches, type ItemContext } from './context.js';
import { leadingVerb, TITLE_RUN_SUBJECT, type LeadingVerb } from './leading-verb.js';
import type { LexiconIndex } from './lexicon.js';
import {
  FRONTED_PURPOSE,
  INNER_MODAL,
  NOT_A_TASK,
  noTaskAfter,
  ORGANIZATION_SUBJECT,
  PART_OF,
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
import { actionNounAfter, nounList } from './noun-list.js';
import { itemParts } from './sentence-parts.js';
import { lemma } from './verbs.js';

/** Purpose and scope tails cut from a duty's normalized form, so the same duty reads the same (not at the colon of "1:1" or "9:30"). */
const CUT = /,(?=\s*(?:and|or|then|which|where|who|when|while|as|to|with|including|such|in|on|for|by|so|from|under|at)\b|\s*\w+ing\b|\s*\w+ed\s+by\b)|;|(?<!\d):|:(?!\d)|\s\(|\s(?:in line with|in order (?:to|for)|so that|although|though|whereas|whilst|to ensure|ensuring|as needed|as necessary|as required|where needed|where necessary|when needed|where(?:ver)? possible|when possible|if possible|with the assistance|with the help|on a (?:daily|weekly|monthly|regular|quarterly|yearly|ongoing)|on an ongoing|within|across|including|such as|e\.g\.|via|through|based on|according to|in accordance with|etc|considering|taking into (?:account|consideration))\b/i;

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

/** Where the first match of a cut pattern from `from` is that is no comma between two verbs sharing an object (see joinsVerbs); -1 if none. */
function firstCut(re: RegExp, text: string, lex: LexiconIndex, from = 0): number {
  for (let at = from, m = re.exec(text.slice(at)); m; m = re.exec(text.slice(at))) {
    if (!joinsVerbs(text, at + m.index, lex)) return at + m.index;
    at += m.index + 1;
  }
  return -1;
}

function spanEnd(text: string, from: number, end: number, lex: LexiconIndex): number {
  const rest = text.slice(from, end);
  let cut = rest.length;
  let at = firstCut(SPAN_CUT, rest, lex);
  // "Assist patients with washing, dressing and eating": gerunds listed after a preposition are objects, not a clause.
  while (at >= 0 && /^,\s*\p{L}+ing\b/u.test(rest.slice(at)) && /\b(?:with|for|of|in|on|about|at|across|between|into|from)\s+\p{L}+ing$/iu.test(rest.slice(0, at))) {
    const list = /^(?:,\s*\p{L}+ing\b)*,?\s+(?:and|or)\s+\p{L}+ing\b/u.exec(rest.slice(at));
    if (!list) break;
    at = firstCut(SPAN_CUT, rest, lex, at + list[0].length);
  }
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

function dutyNormal(base: string, rest: string, lex: LexiconIndex): string {
  let r = rest.replace(/\s+/g, ' ').trim();
  const cut = firstCut(CUT, r, lex);
  if (cut > 0) r = r.slice(0, cut);
  r = r.replace(/[.;:,!]+$/, '').trim();
  return /^[,;]/.test(r) ? `${base}${r}` : `${base} ${r}`.trim();
}


/** A label of a few words before a task, naming its group (see extractDuties). */
const GROUP_LABEL = guarded(/^(?:\p{L}[\p{L}&/-]*\s+){0,3}\p{L}[\p{L}&/-]*:\s+(?=[Tt]o\s+\p{L}|\p{Lu})/u, /:/);

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

/** A hedge on how complete a list of tasks is. */
const HEDGE = String.raw`but\s+(?:are|is)\s+not\s+limited\s+to|(?:among|amongst)\s+others`;
/** What may stand between "… will include" and its list: a colon, or a hedge. */
const LIST_HEDGE = new RegExp(String.raw`^\s*(?:,?\s*(?:${HEDGE}|for\s+example)\s*[:,–-]?|[:–-])\s*(?=\p{L})`, 'u');

/** A sentence that only says what its list of tasks after a colon is ("Your duties will include the following:"). */
export function introducesTasks(sentence: string, lex: LexiconIndex): boolean {
  const resp = firstMatch(lex.responsible, sentence);
  return resp !== null && /\b(?:includ|involv)/i.test(resp[0]) && INTRODUCTION_END.test(sentence.slice(resp.index + resp[0].length));
}
const INTRODUCTION_END = new RegExp(String.raw`^\s*(?:,?\s*(?:${HEDGE}|the\s+following)\s*)?:?\s*$`);

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
  if (ctx.english && listed && words >= 2 && words <= 12 && !/[:?]/.test(text)) {
    if (!/^(?:no|yes|none|n\/a|not required)$/i.test(text.trim()) && !hits(lex.noise, text)) {
      return addMention(ctx, 'duty', 0, text.length, text, confidence) !== null;
    }
  }
  return false;
}

/** ", and the removal of …", " and the training of …", " and the loading and unloading of …": the next of a list of tasks named by nouns with their objects. */
const NOMINAL_NEXT = /(?:,\s*(?:and\s+)?|\s+and\s+)the\s+(?=(?:[\p{L}-]+\s+){1,2}(?:and\s+[\p{L}-]+\s+)?of\s)/gu;

/** The tasks of a list named by nouns with their objects ("the X of …, the Y of … and the Z of …"), or [] when it is not one. */
function nominalTasks(text: string, from: number, to: number): [number, number][] {
  const rest = text.slice(from, to);
  // ("a wide range of tasks …": a quantity of what follows, no task named.)
  if (!/^(?:[\p{L}-]+\s+){1,2}of\s/u.test(rest) || /^(?:[\p{L}-]+\s+)?(?:range|variety|number|host|series|set|lot|mix|array|selection|part)\s+of\s/iu.test(rest)) return [];
  const out: [number, number][] = [];
  let start = from;
  for (const m of rest.matchAll(NOMINAL_NEXT)) {
    out.push([start, from + m.index]);
    start = from + m.index + m[0].length;
  }
  out.push([start, to]);
  return out;
}

/**
 * "Nursing experience", "Programming experience in Python", "Hands on experience with Spring": a verb-like first word
 * that names the experience asked for (a qualification), no task.
 */
export const namesExperience = (v: LeadingVerb, after: string): boolean =>
  (v.form === 'ing' && /^\s+experience\b/i.test(after)) || (v.form === 's' && /^(?:\s*-\s*|\s+)on\s+experience\b/i.test(after));

/** "Welcome to our team", "Welcome aboard": a greeting, not the task of welcoming. */
const GREETING = /^welcome\s+(?:to|aboard|back)\b/i;

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

/** The rest of a complement's list of words, its noun last, ending its sentence (see dutyOfSentence). */
const COMPLEMENT_LIST = /^(?:,\s*[\p{Ll}-]+)*,?\s+(?:and|or)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?=\s*[.;]?\s*$)/u;

const AND_MODAL = /,?\s+and\s+(?:will|shall|would)\s+(?:also\s+)?(?:be\s+(?=\p{L}+ing\b))?(?=\p{L})/iu;

/** A responsibility pattern that is itself a verb of taking part ("take part in", "plays a key role in"). */
const PARTICIPATION = /^(?:take|takes|play|plays)\b/i;

/** One duty per verb of a coordinated list that opens with this verb and ends by `end`; gives where the list ends. */
function coordinated(ctx: ItemContext, v: LeadingVerb, end: number, confidence: number): number {
  const { text, lex } = ctx;
  let last = v.end;
  for (const p of coordinatedDuties(text, v, end, lex)) {
    if (REPORTING.test(text.slice(p.verb.start, p.end))) continue;
    const { verbs, rest } = verbList(text, p.verb, p.end, lex);
    const stop = spanEnd(text, rest, p.end, lex);
    last = stop;
    // ("… answering the telephone, filing and data entry": a gerund alone before a task named by a noun is one of them.)
    // (Not two verbs sharing an object: "taking or transcribing dictation".)
    const joined = p.verb.form === 'ing' ? /^\s+(?:and|or)\s+/.exec(text.slice(p.verb.end, stop)) : null;
    if (joined && !leadingVerb(text, p.verb.end + joined[0].length, lex) && nounList(ctx, p.verb.start, stop, confidence, true)) continue;
    addMention(ctx, 'duty', p.verb.start, stop, dutyNormal(verbs, text.slice(rest, stop), ctx.lex), confidence);
  }
  return last;
}

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

function clauseDuties(ctx: ItemContext, a: number, b: number, strong: boolean, confidence: number, modalled: boolean): boolean {
  const { text, lex } = ctx;
  const sentence = text.slice(a, b);
  // "Responsible for managing …", "This position is responsible for owning …".
  const resp = firstMatch(lex.responsible, sentence);
  // "The post holder will supervise assistants …, and take part in service evaluation": the task before "and"
  // is read as a sentence of its own.
  // ("… will lead the service and will be involved in training …": its modal again after "and".)
  const before = resp ? /(?:,\s*|\s)and\s+(?:(?:will|shall|would|may|must)\s+(?:also\s+)?)?$/.exec(sentence.slice(0, resp.index)) : null;
  if (resp && before && dutyOfSentence(ctx, a, a + before.index, strong, confidence)) {
    dutyOfSentence(ctx, a + resp.index, b, strong, confidence);
    return true;
  }
  if (resp) {
    // ("Responsibilities will include, but are not limited to: ordering stock, …": the list after the hedge.)
    const after = a + resp.index + resp[0].length + (LIST_HEDGE.exec(text.slice(a + resp.index + resp[0].length, b))?.[0].length ?? 0);
    // "responsible for managing their own caseload and will prioritise referrals …": the modal again after "and" opens
    // a sentence of its own.
    const andModal = AND_MODAL.exec(text.slice(after, b));
    if (andModal) dutyOfSentence(ctx, after + andModal.index + andModal[0].length, b, strong, confidence, true);
    const end = andModal ? after + andModal.index : b;
    // "responsible for the accurate dispensing of medicines and for supporting …": two tasks.
    const andFor = /\s+and\s+for\s+/i.exec(text.slice(after, end));
    const parts: [number, number][] = andFor ? [[after, after + andFor.index], [after + andFor.index + andFor[0].length, end]] : [[after, end]];
    // "Responsible for the growth of the business": the task named by a noun, under a duties heading or said
    // of the role; "To be responsible for …" opens a duty line as "Responsible for …" does.
    const opens = resp.index <= 1 || /^\s*(?:to\s+)?be\s+$/i.test(sentence.slice(0, resp.index));
    // ("Your main duties will be cleaning offices, …": after "be" only tasks in "-ing" are read, not "… will be varied".)
    const nounTask = !/\bbe$/i.test(resp[0]) && ((opens && (strong || resp.index + a === 0)) || /^(?:is|are|will|play|take|be|role|job|position|post|work|day|duties|tasks|responsibilities|your)\b/i.test(resp[0]) || /\b(?:you|who|post ?holder|candidate|applicant|jobholder|incumbent)\b[^.]{0,30}$/i.test(sentence.slice(0, resp.index + resp[0].length)));
    let found = false;
    for (const [x, y] of parts) {
      // "Take part in service audits", "play a key role in recruitment": the verb of taking part is the task's
      // (after it a word that may be a verb, "service", is a noun; gerunds are tasks of their own).
      const takesPart = x === after && PARTICIPATION.test(resp[0]);
      const v = leadingVerb(text, x, lex);
      // "Duties include filing and data entry": a gerund alone before tasks named by nouns is one of them.
      if (v?.form === 'ing' && /^\s*(?:,|(?:and|or)\s)/.test(text.slice(v.end, y)) && nounList(ctx, x, y, confidence, true)) {
        found = true;
        continue;
      }
      // ("Duties include stock control, cash handling …": a verb-like word before a noun of action names a task too.)
      if (v && (v.form === 'ing' || (v.form === 'base' && !takesPart && !actionNounAfter(text, v.end)))) {
        // "Responsibilities include processing invoices, reconciling accounts and preparing …": one duty per verb.
        const last = coordinated(ctx, v, y, confidence);
        if (/\b(?:includ|involv)/i.test(resp[0]) && /^\s*,/.test(text.slice(last, y))) nounList(ctx, last, y, confidence);
        found = true;
      } else if (nounTask && !/^\s*(?:this|these|that|it|them|ensuring)\b/i.test(text.slice(x, y))) {
        const lead = takesPart ? -resp[0].length : (/^\s*(?:(?:the|all|a|an|our|their)\s+)?/i.exec(text.slice(x, y))?.[0].length ?? 0);
        // "Duties will include cervical screening, childhood immunisations and wound care": tasks named by nouns, one
        // each ("the assessment, planning and evaluation of care", one word before the comma, is one task: below).
        // ("responsible for diary management, minute taking and organising meetings": so are tasks a role is responsible for.)
        if (/^[^\s,]+\s+[^,]*,/.test(text.slice(x + lead, y)) && nounList(ctx, x + lead, y, confidence)) {
          found = true;
          continue;
        }
        // "the safe transfer of patients …, the delivery of specimens … and the removal of waste": tasks named by nouns
        // with their objects, one each.
        const tasks = takesPart ? [] : nominalTasks(text, x + lead, y);
        if (tasks.length > 1) {
          for (const [s, e] of tasks) {
            const stop = spanEnd(text, s, e, lex);
            addMention(ctx, 'duty', s, stop, dutyNormal('', text.slice(s, stop), ctx.lex), strong ? confidence - 0.15 : confidence);
          }
          found = true;
          continue;
        }
        // "take part in the CPD programme and contribute to service audits": a verb after "and" opens a duty of its
        // own (not after a colon: "… include, but are not limited to: Review and update …" introduces a list).
        const next = text.slice(x, y).includes(':') ? null : andVerb(text, x + lead, y, lex);
        let end = spanEnd(text, x + lead, next ? next.at : y, lex);
        // "the assessment, planning, implementation and evaluation of care": one task named by a list of nouns.
        const list = /^\S+$/.test(text.slice(x + lead, end)) ? /^(?:,\s*[\p{L}-]+)+,?\s+(?:and|or)\s+[\p{L}-]+/u.exec(text.slice(end, y)) : null;
        if (list) end = spanEnd(text, end + list[0].length, next ? next.at : y, lex);
        // "the education and training of medical, nursing and pharmacy staff": the words listed after a complement's
        // first word are that complement's, up to its noun at the sentence's end.
        const complement = !list && /\s(?:of|for)\s+[\p{L}-]+$/u.test(text.slice(x + lead, end)) ? COMPLEMENT_LIST.exec(text.slice(end, y)) : null;
        if (complement) end += complement[0].length;
        addMention(ctx, 'duty', x + lead, end, list || complement || takesPart ? text.slice(x + lead, end) : dutyNormal('', text.slice(x + lead, end), ctx.lex), strong && !takesPart ? confidence - 0.15 : confidence);
        if (next) {
          const tail = spanEnd(text, next.verb.end, y, lex);
          addMention(ctx, 'duty', next.verb.start, tail, dutyNormal(next.verb.base, text.slice(next.verb.end, tail), ctx.lex), confidence);
        } else {
          // "Duties include audio typing of clinic letters, managing diaries and answering …": the tasks after the
          // noun one, each led by its "-ing" verb.
          const comma = /^\s*,\s*(?:and\s+)?/.exec(text.slice(end, y));
          const g = comma ? leadingVerb(text, end + comma[0].length, lex) : null;
          if (g?.form === 'ing') coordinated(ctx, g, y, confidence);
          // "Duties will include stock rotation, merchandising and cash handling": tasks named by nouns.
          else if (comma && /\b(?:includ|involv)/i.test(resp[0])) nounList(ctx, end, y, confidence);
        }
        found = true;
      }
    }
    if (found) {
      // "They will contribute to … and take part in audit", "You'll mentor engineers, take part in …": the clause
      // before the cue has its own task.
      const and = /(?:\s+and|,)\s+$/i.exec(sentence.slice(0, resp.index));
      if (and && and.index > 0) dutyOfSentence(ctx, a, a + and.index, strong, confidence);
      return true;
    }
  }
  const fronted = FRONTED_PURPOSE.exec(sentence);
  if (fronted) {
    // The main clause after the subject: a duty only when its subject is the role ("…, you will …").
    const clause = /(?:,\s*|\s)(?:we|you|they|he|she|i)\s+(?:will|shall|would|must|also)\b/i.exec(fronted[0]);
    return clause ? dutyOfSentence(ctx, a + clause.index + /^,?\s*/.exec(clause[0])![0].length, b, strong, confidence) : false;
  }
  let from = a;
  const sought = firstMatch(SOUGHT_TO, sentence);
  const modal = sought ?? TO_LEAD.exec(sentence) ?? SUBJECT_MODAL.exec(sentence) ?? ROLE_SUBJECT.exec(sentence) ?? ROLE_MODAL.exec(sentence) ?? INNER_MODAL.exec(sentence) ?? YOU_PRESENT.exec(sentence);
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
    // ("provide advice, teaching and instruction to carers": see AND_NOUN.)
    const nounsOn = NOUN_GERUND_AFTER.exec(text.slice(cutAt, p.end));
    const end = nounsOn ? spanEnd(text, cutAt + nounsOn[0].length, p.end, lex) : cutAt;
    // "monitoring of vital signs": a gerund with "of" names the task as a noun, and stays one.
    const nominal = p.verb.form === 'ing' && verbs === p.verb.base && /^\s+of\b/i.test(text.slice(p.verb.end, end));
    addMention(ctx, 'duty', spanStart, end, dutyNormal(nominal ? text.slice(p.verb.start, p.verb.end).toLowerCase() : verbs, text.slice(rest, cutAt), ctx.lex) + text.slice(cutAt, end), modal ? confidence - 0.05 : confidence);
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
