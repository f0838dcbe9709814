// What marks a qualification in an item: counts of years or months, degrees, certificates and registrations, completed
// courses, experience asked for. Each is a trigger, the place its words start; qualifications.ts reads each one's span.
import type { QualificationFields } from '../types.js';
import { endingAt, firstMatch, guarded, hits, matches, type ItemContext } from './context.js';
import { leadingVerb } from './leading-verb.js';
import { TO_LEAD } from './duty-subjects.js';
import { isAbbreviation } from './knowledge.js';
import { NAMING_CUE } from './knowledge-lists.js';
import { experienceTriggers, MAX_CAREER_YEARS, OPENS_WITH_EXPERIENCE } from './experience.js';
import { degreeLevelOf, isQuality, type LexiconIndex } from './lexicon.js';
import { fieldAfter } from './degree-field.js';
import { allDictionaryWords } from '../clean/words.js';
import { COLLEAGUE_BEFORE, EMPLOYER_FOR, EMPLOYER_HAS, EMPLOYER_IS, employersCheck, OFFERED_BEFORE, OUR_BEFORE } from './employer-side.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, eighteen: 18,
  // ("a minimum of a couple of years' experience")
  'couple of': 2,
};

const YEARS = /(?<![\p{L}\p{N}.])(?:\d{1,2}\s*\/\s*)*(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|couple of)(?:\s*\((?:\p{L}+|\d{1,2})\))?\s*(\+|plus|or\s+(?:more|above|over)|and\s+(?:above|over))?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?|jahre?n?|ans|années|años|лет|года?)(?![\p{L}])/giu;

/** "several years of experience", "some years' experience": an amount of experience without a number, right before the word. */
const VAGUE_YEARS = guarded(/(?<![\p{L}])(?:some|several|many|a few|multiple|numerous)\s+years?['’]?\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?experience\b/giu, /years?['’]?\s/iu);

/** "12 months' experience": months of experience, the word experience right after the count. */
const MONTHS = guarded(/(?<![\p{L}\p{N}.])(\d{1,2}|three|six|nine|twelve|eighteen)\s*\+?\s*months?['’]?\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?experience\b/giu, /month/iu);

/** "360-degree", "a high degree of accuracy": not qualifications ("a 2:1 degree" is one). */
const NOT_DEGREE = /(?:(?<!\d[:.])\d\s*-?\s*degree|degree of|to (?:a|some) degree|degrees? (?:celsius|fahrenheit)|\ba[\s-]+levels?\s+(?:of|that|which)\b)/i;

const DEGREE_AS_POST = /^[\s-]*(?:degree\s+)?(?:students?|fellows?|fellowships?|candidates?|scholarships?|positions?|posts?|projects?|thesis|theses|studentships?|supervisors?|stipends?|researchers?|programmes? (?:in|at|on)\b)/i;

/** "You have a …", "you'll hold a …": a degree written as the candidate's. */
const HELD_BY_CANDIDATE = /\byou(?:['’]ve|['’]ll| will| should| must| ideally)?\s+(?:already\s+)?(?:have|hold|possess|bring|got)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** "higher economic or financial education", "higher education": a degree without the word. */
const HIGHER_EDUCATION = guarded(/\bhigher\s+(?:[\p{L}-]+\s+(?:or\s+|and\s+)?){0,4}?education\b/giu, /higher/iu);

/**
 * "Grade 10 complete", "12th grade", "10+2": the school grade completed (the Ethiopian and Indian milestones), not a
 * driving licence's grade ("3rd grade driving license"), a pay grade or the grades a school teaches ("from KG to grade 12").
 */
export const GRADE_NAMED = String.raw`(?:[Gg]rade\s+(?:8|10|12)|(?:8|10|12)th\s+[Gg]rade)`;

const SCHOOL_GRADE = guarded(
  new RegExp(String.raw`(?<!\b(?:to|from|through|KG)\s+)\b(?:${GRADE_NAMED}|10\s*\+\s*[1-3])(?![\p{L}\p{N}+])(?:\s+(?:complete[d]?|pass(?:ed)?|education|certificate|and above|or above))?(?!\s+(?:driv|licen|level))`, 'giu'),
  /grade|\+/iu,
);

/** The word that closes a school grade or a course done ("12th grade complete and driving license"). */
const COMPLETED_WORD = /^(?:complete[d]?|pass(?:ed)?|holders?|graduates?)$/i;

const TRAINING_LINE = guarded(
  /^(?:evidence of\s+)?(?!.*\b(?:you|must|should|completed|to|commitment|willing|willingness|ability|able|provide|provided|receive|offer|offered|full|ongoing|on-going|further)\b)(?:[\p{L}-]+\s+){1,5}training(?:\s+(?:(?:in|on)|(?:relevant|related)\s+(?:for|to))\s+[^,;.]+)?\s*(?:\([^)]*\))?\.?$/iu,
  /training/i,
);

/** "Food safety training is desirable": training done, named in a few words, asked for in a sentence of its own. */
const TRAINING_ASKED = guarded(
  /^(?!.*\b(?:full|ongoing|on-going|further|provided|offered|given)\b)(?:[\p{L}-]+\s+){1,5}training\s+(?:is|would be|will be)\s+(?:(?:highly|very|also|really)\s+)?(?:desirable|essential|required|preferred|an advantage|a plus|beneficial|advantageous|useful)\b/iu,
  /training/i,
);

const COMPLETED = guarded(
  /\b(?:(?:have|has|having)\s+(?:successfully\s+)?completed|(?:successful\s+)?completion\s+of)\s+(?:(?:a|an|the|your)\s+)?((?:[\p{L}\p{N}-]+\s+){0,5}?(?:programme|program|course|apprenticeship|preceptorship|training))\b/giu,
  /complet/i,
);

/** A body's letters ("HCPC", "NMC", "GPhC"). */
const REGISTERING_BODY = /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;

/** Two to six capitalised words that end with a practitioner's noun, its letters in brackets after it. */
const PROFESSION_LINE = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,5}\p{Lu}[\p{Ll}-]*(?:er|or|ist|ian|ant|nurse|midwife)(?:\s+\([^()]{1,12}\))?\.?$/u;

/** Words before a certificate's cue that end its name read backwards. */
const NOT_NAME_WORD = /^(?:[-–—]|must|should|will|would|have|has|had|hold|holds|possess|possesses|a|an|the|to|towards|toward|your|our|their|his|her|its|of|for|in|on|with|is|are|be|been|by|from|as|at|this|that|any|no|seeking|seek|need|needs|require|requires|obtain|achieve|gain|study|least|than|years?|yrs|months?)$/i;

/**
 * "registered with the HCPC", "membership of CIPD": the registration or membership of the body named after the cue
 * ("hcpc registration", as "HCPC registration" is written); null when no body is named.
 */
function bodyNamed(cue: string, after: string): string | null {
  const kind = /^regist\S*\s+with$/i.test(cue) ? 'registration' : /^membership\s+(?:of|with|to)$/i.test(cue) ? 'membership' : null;
  const body = kind && /^\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&-]*(?:\s+(?:(?:of|and|for|&)\s+)?\p{Lu}[\p{L}\p{N}&-]*)*)/u.exec(after);
  return body ? `${body[1]} ${kind}` : null;
}

/** Cues that name a profession, which a colleague named before them holds (see COLLEAGUE_BEFORE). */
const PROFESSION_CUE = /^(?:registered nurse|rn|rgn|rmn|rnld|chartered)$/i;

/** Verbs whose object is what the candidate holds, not a task. */
const HOLD_VERB = /^(?:hold|have|possess)$/i;

/** A registered profession ("Registered Mental Health Nurse", "Registered Nursing Associate"): Title Case words between. */
const REGISTERED_PROFESSION = guarded(
  /\bRegistered\s+(?:as\s+an?\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Nurse|Nursing Associate|Midwife|Pharmacist|Pharmacy Technician|Paramedic|Physiotherapist|Dietitian|Radiographer|Social Worker|Occupational Therapist|Practitioner)\b/gu,
  /Registered/u,
);

/** "You will be a qualified accountant", "must be a fully qualified electrician", "would suit a qualified electrician", "looking for a qualified chef": the profession the candidate is qualified in ("supported by a qualified mentor" is someone else). */
const QUALIFIED_PERSON = guarded(
  /(?<=(?:^|\b(?:be|are|is|as|being|suit|suits|for|seeking|seek|recruiting|recruit|appoint|hire|hiring|need|needs|require|requires|are you)\s+(?:a|an)\s+)(?:(?:fully|suitably|appropriately|professionally|level\s+\d{1,2})\s+)?)qualified\s+(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]{2,}(?:er|or|ist|ian|ant|ent|nurse|midwife|chef|cook|surgeon|dentist)|nurse|midwife|chef|cook|surgeon)s?\b/giu,
  /qualified/iu,
);

/** "IRPM qualified", "ACCA or CIMA part qualified", "CeMAP qualified": a body's qualification named by its letters. */
const ACRONYM_QUALIFIED = guarded(/(?<![\p{L}\p{N}])(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}\p{Lu}{2,4})(?:\s*(?:or|and|\/)\s*\p{Lu}{2,6})*\s+(?:part[- ])?qualified\b/gu, /qualified/u);

/**
 * "Member of the Chartered Society of Physiotherapy", "Fellow of the Royal College of Surgeons": membership of a
 * named professional body (its name has a body's word: "member of the Senior Leadership Team" is a place in the team).
 */
const BODY_MEMBERSHIP = guarded(
  /\b(?:(?:[Ff]ull|[Aa]ssociate|[Cc]hartered|[Gg]raduate|[Ss]tudent|[Aa]ffiliate)\s+)?(?:[Mm]ember|[Ff]ellow)(?:ship)?\s+(?:of|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|&|in)\s+)?){0,5}(?:Society|Institute|Institution|College|Association|Council|Academy|Federation|Faculty|Chamber|Guild|Register)\b(?:\s+(?:of|for)(?:\s+\p{Lu}[\p{L}'’-]*)+)*/gu,
  /[Mm]ember|[Ff]ellow/u,
);

/** A sentence that asks the candidate for something. */
const ASKS = /\b(?:you|your|candidates?|applicants?|must|should|required|requires?|essential|desirable|ideal|need|needs|preferred|plus|advantage|have|has|having|possess)\b/i;

/** Words that ask for a qualification named in prose, or welcome it ("… would be an advantage"). */
const ASKED_FOR = String.raw`required|essential|desirable|\b(?:need|needs|require|requires)\b|\b(?:beneficial|advantage|advantageous|preferred|preferable|an asset|a plus)\b`;
/** A sentence that asks for the degree it names, or the certificate. */
const DEGREE_ASKED = new RegExp(String.raw`${ASKED_FOR}|preferred|must|qualification|holder|graduate|ask for|expect|educated to`, 'i');
const CERTIFICATE_ASKED = new RegExp(String.raw`${ASKED_FOR}|must|valid|current|needed|necessary|\bhold|\b(?:will|should) have\b|\bideally\b|\byou(?:\s+(?:will|should)\s+be|['’]ll\s+be)\b`, 'i');

export interface Trigger {
  /** Local offset where the qualification's words start. */
  at: number;
  fields: QualificationFields;
}

/** The quantifier a count or a qualification opens with ("at least", "a minimum of", "a"). */
export const QUANTIFIER_WORDS = String.raw`at least|a minimum of|minimum(?: of)?|over|more than|a|an`;

export const QUANTIFIERS = String.raw`(?:(?:${QUANTIFIER_WORDS})\s+)*`;

/** How an added qualification is graded ("QTS and a good honours degree", "NMC registration and a relevant degree"). */
export const ADDED_GRADES = 'good|relevant|recognised|recognized|appropriate|suitable|first|second|valid|current|full';

/**
 * "… and at least one year of experience", "… and have post-registration experience", "degree level or have equivalent
 * experience in …": an added qualification, or an alternative with a verb of its own.
 */
export const ADDED_BEFORE = new RegExp(
  String.raw`\s(?:(?:and|plus|as well as)\s+(?:(?:must|should|will|also|ideally|preferably)\s+)?(?:(?:have|has|hold|holds|possess)\s+)?|(?:or|but)\s+(?:(?:must|should|will|also)\s+)?(?:have|has|hold|holds|possess)\s+(?:(?:equivalent|similar|comparable|relevant)\s+)?)(?:${QUANTIFIERS}|(?:a|an)\s+(?:${ADDED_GRADES})\s+)$`,
  'i',
);

/** Words before "qualifications" that name no kind of them ("relevant qualifications", "the following professional qualifications"). */
const VAGUE_QUALIFIER =
  /^(?:relevant|appropriate|professional|academic|necessary|required|requisite|following|above|suitable|formal|recognised|recognized|equivalent|other|further|additional|good|high|higher|minimum|essential|desirable|any|all|your|the|a|and|or|&|educational|related|right|specific|basic|similar|these|those|such|valid|current|and\/or)$/i;

/** Words that give an example of what precedes them (knowledge-lists.ts's NAMING_CUE, as a test). */
const NAMES_AN_EXAMPLE = new RegExp(String.raw`\b(?:${NAMING_CUE})\s`, 'i');

/** A subject's qualification named by its level ("Level 2 Food Hygiene", "Level 3 in Childcare", "Level 3 qualified in Childcare"): the level, then the subject in capitals. */
const LEVELLED = guarded(/(?<![\p{L}\p{N}])[Ll]evel\s+[1-8]\s+(?:(?:qualified|trained)\s+)?(?:in\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:(?:and|&|in|of)\s+)?\p{Lu}[\p{L}-]+){0,3}(?![\p{L}\p{N}])/gu, /[Ll]evel/u);

/** One to three capitalised words, or one lower-case word, just before a degree's noun: its field (see fieldBefore). */
const FIELD_WORDS_BEFORE = /(?:^|\s)((?:\p{Lu}[\p{L}&-]*\s+){1,3}|\p{Ll}[\p{Ll}-]{3,}\s+)$/u;

/** The field named just before a bare "degree" or "diploma" ("Social Work degree"), and how many characters it takes; not a vague word ("relevant"). */
function fieldBefore(before: string, lex: LexiconIndex): { field: string; length: number } | null {
  const m = FIELD_WORDS_BEFORE.exec(before);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  while (words.length > 0 && /^(?:a|an|the|any|your|their|with|and|or|of|in|hold|have|has)$/i.test(words[0])) words.shift();
  if (words.length === 0 || words.some((w) => VAGUE_QUALIFIER.test(w) || lex.levelWords.has(w.toLowerCase()) || isQuality(w.toLowerCase(), lex))) return null;
  return { field: words.join(' ').toLowerCase(), length: m[1].length - m[1].indexOf(words[0]) };
}

/** A count of years in a role or post ("one year in a similar role", "3 years in a supervisory position"). */
const YEARS_IN_ROLE = guarded(/\b(?:years?|yrs?)\s+(?:in|within)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:role|position|post|capacity)\b/iu, /y(?:ea)?rs?\s/i);

export function findTriggers(ctx: ItemContext, strong: boolean): Trigger[] {
  const { text, lex } = ctx;
  const out: Trigger[] = [];
  // Years count as experience on a list line under a needs heading, under an experience heading ("Experience: 2
  // years"), or in a sentence that says "experience".
  const yearsContext = (strong && ctx.listLike) || ctx.section.kind === 'experience' || hits(lex.experienceWords, text);
  // (So do years spent in a role anywhere: "chefs with at least one year in a similar role".)
  const inRole = !yearsContext && firstMatch(YEARS_IN_ROLE, text) !== null;
  for (const y of yearsContext || inRole ? matches(YEARS, text) : []) {
    if (!yearsContext && !firstMatch(YEARS_IN_ROLE, text.slice(y.index, y.index + y[0].length + 40))) continue;
    const after = text.slice(y.index + y[0].length, y.index + y[0].length + 12);
    if (/^\s*(?:old|of age|ago)/i.test(after)) continue;
    // "no major accidents within the last 3 years", "in the past two years": a time window, not experience.
    if (/\b(?:last|past|previous|next|first)\s+$/i.test(text.slice(Math.max(0, y.index - 12), y.index))) continue;
    // "We have been trading for 5 years", "The practice has served the town for 30 years": the employer's history.
    if (EMPLOYER_FOR.test(text.slice(Math.max(0, y.index - 80), y.index))) continue;
    // "will be employed for three years", "a fixed term of 2 years": the post's duration.
    if (/\b(?:employed|appointed|funded|hired|contracted|engaged|period|term|duration|lasts?|runs?)\s+(?:(?:of|for)\s+)?(?:up\s+to\s+|a\s+)?$/i.test(text.slice(Math.max(0, y.index - 30), y.index))) continue;
    const n = /^\d/.test(y[1]) ? Math.floor(Number(y[1])) : NUMBER_WORDS[y[1].toLowerCase()];
    // "Experience: 0 years": none asked ("0-2 years" asks for up to two).
    if (n === undefined || n > MAX_CAREER_YEARS || (n === 0 && !/^\s*(?:[-–]|to\b)\s*\d/.test(text.slice(y.index + y[1].length)))) continue;
    // "… Material Supplies Experience 1/2/3 Years and above": a capitalised "Experience" right before the count is its label.
    const label = /(?<=\s)Experience\s*:?\s*$/.exec(text.slice(Math.max(0, y.index - 14), y.index));
    out.push({ at: label ? y.index - label[0].length : y.index, fields: { minYears: n } });
  }
  // "at least 12 months' experience", "6 months experience of …": a count of months is experience too (UK adverts),
  // only right before the word experience.
  for (const m of matches(MONTHS, text)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    if (n === undefined || n > 60 || out.some((t) => t.at === m.index)) continue;
    out.push({ at: m.index, fields: { minYears: Math.round((n / 12) * 10) / 10 } });
  }

  for (const m of matches(VAGUE_YEARS, text)) {
    // ("With many years of experience, we …", "our team brings many years of experience": the employer's.)
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    // ("our leadership's many years of experience": someone's years, named by a possessive.)
    const employers =
      EMPLOYER_FOR.test(before) || EMPLOYER_HAS.test(before) || /(?:\b(?:our|their|its|his|her)|['’]s|s['’])\s+$/i.test(before) || /^[^.;]*,\s*(?:we|our)\b/i.test(text.slice(m.index + m[0].length));
    if (!employers && !out.some((t) => t.at === m.index)) out.push({ at: m.index, fields: {} });
  }

  // "You will have completed a recognised preceptorship programme", "Successful completion of an apprenticeship": a
  // course completed is a qualification, named from its first word.
  for (const m of matches(COMPLETED, text)) {
    const at = m.index + m[0].length - m[1].length;
    if (!OFFERED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) out.push({ at, fields: {} });
  }
  // "Level 2 Food Hygiene": a subject's qualification named by its level, where it is asked for.
  if (strong || ASKS.test(text)) {
    for (const m of matches(LEVELLED, text)) {
      // (Not the level of a body's qualification named before it: "City and Guilds Level 2 in Plumbing", "NVQ Level 3 …".)
      // (Nor one the employer offers: "We will support you to achieve your Level 3 Diploma …".)
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      if (OFFERED_BEFORE.test(before) || out.some((t) => t.at <= m.index + m[0].length && m.index <= t.at + 12)) continue;
      // "ILM Level 5 in Leadership and Management": the level of a body the lexicon does not know, named by its letters.
      const body = /(?<![\p{L}\p{N}])\p{Lu}{2,6}\s+$/u.exec(before);
      if (body && !firstMatch(lex.degreesExact, body[0]) && !firstMatch(lex.certificationsExact, body[0])) {
        out.push({ at: m.index - body[0].length, fields: { certification: `${body[0]}${m[0]}`.toLowerCase() } });
        continue;
      }
      if (/\p{Lu}[\p{L}\p{N}]*\s+$/u.test(before)) continue;
      out.push({ at: m.index, fields: { certification: m[0].toLowerCase() } });
    }
  }
  // "Cervical cytology training", "Post-graduate training in injection therapy": a list line under a needs heading that
  // names training done is a qualification (a course completed), unless a verb or a disposition leads it.
  // ("Post graduate training in FEES": "post" opens a compound, not a task.)
  if (strong && firstMatch(TRAINING_LINE, text) && (/^post[\s-]*(?:graduate|registration|qualification)\b/i.test(text) || !leadingVerb(text, 0, lex))) out.push({ at: 0, fields: {} });
  // ("First aid training would be an advantage": a sentence that asks for training done, as such a line does.)
  else if (firstMatch(TRAINING_ASKED, text)) out.push({ at: 0, fields: {} });
  // "Independent Non-Medical Prescriber (V300)", "Chartered Accountant" on a line of a requirements or education list:
  // the profession the candidate is qualified in.
  // (Ordinary words only: "Ansible Docker", "JavaScript Developer" name tools.)
  if (strong && ctx.listLike && PROFESSION_LINE.test(text) && (ctx.section.kind === 'requirements' || ctx.section.kind === 'education') && allDictionaryWords(text.replace(/\s*\([^)]*\)\.?$/, ''))) {
    out.push({ at: 0, fields: { certification: text.toLowerCase() } });
  }

  const degree = [...matches(lex.degrees, text), ...matches(lex.degreesExact, text), ...matches(HIGHER_EDUCATION, text), ...matches(SCHOOL_GRADE, text)].sort((a, b) => a.index - b.index);
  for (const d of degree) {
    if (NOT_DEGREE.test(text.slice(Math.max(0, d.index - 4), d.index + d[0].length + 12))) continue;
    // "The PhD student will develop …", "PhD fellowship in …", "Master thesis": the degree names a post or a work, not one asked for.
    if (DEGREE_AS_POST.test(text.slice(d.index + d[0].length, d.index + d[0].length + 16))) continue;
    // ("our award-winning apprenticeship scheme has trained …": the employer's own scheme.)
    if (OFFERED_BEFORE.test(text.slice(Math.max(0, d.index - 80), d.index)) || OUR_BEFORE.test(text.slice(Math.max(0, d.index - 40), d.index))) continue;
    // (Unless given as its example: "a good standard of education including GCSE Maths and English" names two.)
    if (out.some((t) => t.fields.degreeLevel && d.index < t.at + 40 && d.index >= t.at && !NAMES_AN_EXAMPLE.test(text.slice(t.at, d.index)))) continue;
    const named = degreeLevelOf(d[0], lex);
    // (A school grade is asked for only where requirements are: "students in grade 12" are taught.)
    const school = !named && /grade|\+/i.test(d[0]);
    const level = named ?? (school ? 'secondary' : 'degree');
    const specific = level !== 'degree' && level !== 'diploma' && !school;
    // ("Degree in Computer Science.": a short sentence that is only the degree asks for it.)
    const alone = d.index === 0 && text.split(/\s+/).length <= 8 && !/\b(?:is|are|was|were|will|offers?|provides?)\b/i.test(text);
    // (Or what the candidate is said to have: "You have a degree in statistics or economics".)
    if (!strong && !specific && !alone && !DEGREE_ASKED.test(text) && !HELD_BY_CANDIDATE.test(text.slice(0, d.index))) continue;
    const fields: QualificationFields = { degreeLevel: level };
    const field = fieldAfter(text, d.index + d[0].length, lex);
    if (field) fields.field = field;
    // "a Nursing degree", "a Computer Science degree", "A nursing diploma": the field named before a bare degree is its own.
    const before = !fields.field && /^(?:degree|diploma)$/i.test(d[0]) ? fieldBefore(text.slice(0, d.index), lex) : null;
    if (before) fields.field = before.field;
    out.push({ at: before ? d.index - before.length : d.index, fields });
  }

  // "Maintain professional registration …" is work, unless it also names a degree or years; a verb that is
  // the first word of the certificate's name ("Care Certificate", "Clean driving licence", "Practice
  // educator qualification", "Practice placement educator accreditation") is no work.
  // The cues are found first: most texts have none, and then the line's verb (two fifths of this
  // function's CPU) decides nothing.
  // ("qualifications", "approval", "trained" name a certificate only after its name: most texts that say them name none.)
  const endsLine = (c: RegExpExecArray) => text.slice(c.index + c[0].length).trim() === '';
  const named = (c: RegExpExecArray) => {
    const word = c[0].toLowerCase();
    if (word === 'trained') return c.index === 0 || /\p{L}\s+$/u.test(text.slice(0, c.index));
    // (Or "qualifications" ending the line: kindNamed below.)
    return (word !== 'qualifications' && word !== 'approval') || /\p{Lu}{2}|\d/u.test(text.slice(Math.max(0, c.index - 40), c.index)) || (word === 'qualifications' && endsLine(c));
  };
  const cues = [matches(lex.certifications, text).filter(named), matches(lex.certificationsExact, text)];
  // ("To prescribe … within the scope of the post holder's prescribing qualification": a task opened by "To" too.)
  const verb = out.length === 0 && (cues[0].length > 0 || cues[1].length > 0) ? leadingVerb(text, TO_LEAD.exec(text)?.[0].length ?? 0, lex) : null;
  // "Holding a PRINCE2 Practitioner certificate would be beneficial", "Have a full UK driving licence": holding is no work.
  const workLine =
    verb !== null &&
    !HOLD_VERB.test(verb.base) &&
    // ("Working towards AAT Level 3": studying for it is asked, as holding it is.)
    !(/^(?:work|study|train)$/i.test(verb.base) && /^\s+towards?\b/i.test(text.slice(verb.end))) &&
    !/^\s+(?:certificate|certification|licen[cs]e|registration|qualification)s?\b|^\s+(?:(?!(?:the|a|an|all|any|your|their|our|his|her)\s)[\p{L}-]+\s+){1,2}(?:certificate|certification|licen[cs]e|qualification|accreditation)s?\b/iu.test(text.slice(verb.end));
  for (const found of workLine ? [] : cues) {
    for (const c of found) {
      // (What the candidate will be asks for it too: "You will be HCPC registered".)
      // ("A forklift licence would be beneficial", "… is an advantage": asked as a plus.)
      if (!strong && !CERTIFICATE_ASKED.test(text)) continue;
      if (/software|licen[cs]e (?:fee|key)s?/i.test(text.slice(c.index, c.index + c[0].length + 6))) continue;
      // "the NMC Code of Conduct", "HCPC Standards of Proficiency": the body's name before a document it issues.
      // ("in line with HCPC requirements": the body's rules, in lower case too.)
      if (/^\s+(?:Code|Codes|Standards?|Guidelines|Guidance|Framework|Rules|Regulations|Policy|Policies|Handbook|codes?|standards?|guidelines|guidance|framework|rules|regulations|polic(?:y|ies)|requirements)\b/u.test(text.slice(c.index + c[0].length))) continue;
      // "post-registration experience", "pre-registration training": the cue is the end of a modifier, not a registration.
      if (/\p{L}-$/u.test(text.slice(Math.max(0, c.index - 2), c.index))) continue;
      // "Licence/Certification: Driving Licence": a field's label names the kind of what follows it.
      if (/^(?:\s*\/\s*\p{L}+)*\s*:/u.test(text.slice(c.index + c[0].length))) continue;
      // "This post is subject to a DBS check", "(willing to) undergo an enhanced DBS check": a condition of the offer, not asked of the candidate.
      if (/\b(?:subject\s+to|undergo(?:es|ing)?|undertak(?:e|es|ing))\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, c.index - 40), c.index))) continue;
      if (employersCheck(text, c.index, c.index + c[0].length)) continue;
      // "We are proud to be an accredited Living Wage employer", "The practice is a registered …": the employer's.
      // ("We will support you to achieve your Level 3 Diploma", "will be enrolled onto the Care Certificate": offered.)
      if (EMPLOYER_IS.test(text.slice(Math.max(0, c.index - 60), c.index)) || OFFERED_BEFORE.test(text.slice(Math.max(0, c.index - 80), c.index)) || OUR_BEFORE.test(text.slice(Math.max(0, c.index - 40), c.index))) continue;
      if (PROFESSION_CUE.test(c[0]) && COLLEAGUE_BEFORE.test(text.slice(Math.max(0, c.index - 40), c.index))) continue;
      // "Qualified Teacher Status (QTS)": an abbreviation in brackets names the words before it, read from them.
      const spelt = spelledOut(text, c.index, c.index + c[0].length);
      if (spelt !== null) {
        out.push({ at: spelt, fields: { certification: text.slice(spelt, c.index + c[0].length + 1).toLowerCase() } });
        continue;
      }
      // The named certificate: up to four words before the cue ("Food Hygiene Level 2 certificate"), back to a word
      // that cannot be part of a name ("must have current UK professional registration", "is seeking a CIPD …",
      // "study towards your AAT …").
      // ("Intermediate Life Support (ILS) certificate": the name's letters in brackets are inside it; so is the "&" of "City & Guilds".)
      const words = [...(endingAt(/((?:(?:[\p{L}\p{N}'’+-]+(?:\(\p{N}+\))?|\(\p{Lu}[\p{L}\p{N}]{1,9}\)|&)\s+){0,6})$/u, text, c.index)?.[1] ?? '').matchAll(/\S+\s+/g)].map((w) => w[0]);
      let k = words.length;
      // ("First Aid at Work certificate": a small word between capitalised ones is inside the name.)
      const joins = (i: number) => i > 0 && i < words.length && /^(?:at|of|in|on|for|and|&)$/i.test(words[i - 1].trim()) && /^\p{Lu}/u.test(words[i]) && /^\p{Lu}/u.test(words[i - 2] ?? '');
      // (Beyond four words, a lower-case word before a capital is the end of a run-on sentence: "… in a similar
      // position Valid 3rd grade or above Driver's License".)
      const sentenceBreak = (i: number) => words.length - i >= 4 && /^\p{Ll}/u.test(words[i - 1]) && /^\p{Lu}/u.test(words[i]);
      // ("a relevant degree and CIMA", "a degree in Accounting and ACCA": "and" before a body's letters, or after a
      // degree, joins two qualifications; "IPAF and PASMA trained", "18th Edition and AM2 qualifications" share their head.)
      const sharedHead = /^\s+(?:trained|qualified|qualifications|certified|certificates|certifications|cards|licen[cs]es)\b/i.test(text.slice(c.index + c[0].length));
      // ("Knowledge of CDM regulations and SMSTS certification": one certificate named by its letters is no two things'
      // head, a word in lower case before "and" ends another subject; "IPAF and PASMA certification" is one name.)
      const singular = !/s$/i.test(c[0]) && !sharedHead;
      const joinsTwo = (i: number) =>
        /^(?:and|or|&)$/i.test(words[i - 1].trim()) &&
        ((i === words.length && found === cues[1] && !sharedHead) ||
          (i >= 2 &&
            (firstMatch(lex.degrees, words[i - 2]) !== null ||
              COMPLETED_WORD.test(words[i - 2].trim()) ||
              (singular && /^\p{Ll}+$/u.test(words[i - 2].trim()) && /^\p{Lu}[\p{Lu}\d]+$/u.test(words[i]?.trim() ?? '')))));
      // ("a motivated registered nurse": a quality asked of the person is no word of the name.)
      const nameWord = (w: string) => !NOT_NAME_WORD.test(w) && !isQuality(w.toLowerCase(), lex);
      while (k > 0 && (nameWord(words[k - 1].trim()) || joins(k)) && !sentenceBreak(k) && !joinsTwo(k)) k--;
      // ("(PGCE or equivalent) and QTS": a name opens with no joining word.)
      while (k < words.length && /^(?:and|or|&)$/i.test(words[k].trim())) k++;
      // "BSc (Hons) Occupational Therapy HCPC registration": a registration is named by its body's letters alone.
      if (/^regist/i.test(c[0]) && REGISTERING_BODY.test(words[words.length - 1]?.trim() ?? '')) k = words.length - 1;
      // ("HCPC registration", "HCPC registered": a cue that opens with the letters.)
      else if (REGISTERING_BODY.test(c[0].split(/\s/)[0]) && /^\S+\s+regist/i.test(text.slice(c.index, c.index + c[0].length + 14))) k = words.length;
      const before = words.slice(k).join('');
      // "IPAF and PASMA trained", "Team Teach trained": trained in a named scheme; "fully trained staff", "trained in …" are no name.
      if (/^trained$/i.test(c[0]) && (before === '' || /ly\s/i.test(before) || /^\s+(?:in|on|to|by|for|and|staff|personnel|team|people|professionals?)\b/i.test(text.slice(c.index + c[0].length)))) {
        // ("Trained on CMAM and IYCN-E": a line that opens with the training names it.)
        if (c.index === 0 && (strong || ctx.listLike) && /^\s+(?:in|on)\s+\S/i.test(text.slice(c[0].length))) out.push({ at: 0, fields: {} });
        continue;
      }
      // "18th Edition and AM2 qualifications", "GCSE qualifications": named ones; "relevant qualifications" names none.
      // ("Section 12(2) approval", "AMHP approval": an approval named by its scheme; "budget approval" is none.)
      // ("Mentorship and teaching qualifications" ending a line of a list names its kind as a name does.)
      const kindNamed = /^qualifications$/i.test(c[0]) && (strong || ctx.listLike) && endsLine(c) && before.split(/\s+/).some((w) => w !== '' && !VAGUE_QUALIFIER.test(w));
      if (/^(?:qualifications|approval)$/i.test(c[0]) && !/(?:\p{Lu}{2}|\d)/u.test(before) && !kindNamed) continue;
      // "meets the above qualification", "the required qualification": a reference to what is listed, no name.
      if (/^(?:above|above-mentioned|abovementioned|mentioned|said|stated|listed|same|such)\s+$/i.test(before)) continue;
      // ("experience of project management using PRINCE2": a name written as one, in capitals or with a number, has no
      // word in lower case before it.)
      const own = /^\p{Lu}[\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(c[0]) ? before.replace(/^(?:\S*\p{Ll}\S*\s+)*/u, '') : before;
      const name = (own + c[0]).replace(/^(?:a|an|the|valid|current|full|must hold|hold)\s+/i, '').trim();
      out.push({ at: c.index - before.length, fields: { certification: (bodyNamed(c[0], text.slice(c.index + c[0].length)) ?? name).toLowerCase() } });
    }
  }

  // "Registered Mental Health Nurse (RMN)", "a qualified accountant": a registered or qualified profession is a qualification.
  if (strong || /required|must|essential|desirable|\b(?:will|should) (?:be|have)\b/i.test(text)) {
    for (const re of [REGISTERED_PROFESSION, QUALIFIED_PERSON, ACRONYM_QUALIFIED, BODY_MEMBERSHIP]) {
      for (const r of matches(re, text)) {
        if (COLLEAGUE_BEFORE.test(text.slice(Math.max(0, r.index - 40), r.index))) continue;
        if (!out.some((t) => t.at <= r.index && r.index < t.at + 40)) out.push({ at: r.index, fields: { certification: r[0].toLowerCase() } });
      }
    }
  }
  // "Experience of caring for ventilated patients": experience of an activity, without a tool.
  const record = /^(?:an?\s+)?(?:(?:proven|demonstrable|demonstrated|strong|solid|successful)\s+)?track record\b/i.exec(text);
  if (record && strong) out.push({ at: 0, fields: {} });
  // "experience in/with X" is a qualification wherever the candidate is asked for it.
  // ("Experience applying community-based approaches …": a sentence that opens with the experience asks for it.)
  if (strong || ctx.listLike || ASKS.test(text) || OPENS_WITH_EXPERIENCE.test(text)) experienceTriggers(text, out, ADDED_BEFORE);
  // "You are not required to have a computer science degree", "You do not need a degree": a requirement waived.
  const waived = NEGATION.test(text) ? out.filter((t) => WAIVED.test(text.slice(0, t.at))) : [];
  return out.filter((t) => !waived.includes(t)).sort((a, b) => a.at - b.at);
}

const NEGATION = /\b(?:not|don['’]t|doesn['’]t|won['’]t|no need|without)\b/i;

const WAIVED = /\b(?:not (?:required|expected|necessary) to (?:have|hold)|(?:don['’]t|do not|doesn['’]t|does not|won['’]t|will not) (?:need|require)|no need (?:for|to have)|without (?:a|an|any))\b(?:(?!\b(?:however|but|although|though|yet)\b)[^.;:])*$/i;

/** Where the Title Case words that an abbreviation in brackets spells start ("Qualified Teacher Status (QTS)"), or null. */
function spelledOut(text: string, start: number, end: number): number | null {
  if (!/\(\s*$/.test(text.slice(Math.max(0, start - 2), start)) || !/^\s*\)/.test(text.slice(end))) return null;
  const before = endingAt(/((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|in)\s+)?){2,6})\(\s*$/u, text, start);
  if (!before) return null;
  const words = [...before[1].matchAll(/\S+/g)];
  // The shortest run of words that the letters spell, from a word with the first letter.
  for (let k = words.length - 2; k >= 0; k--) {
    if (words[k][0][0] !== text[start]) continue;
    if (isAbbreviation(`(${text.slice(start, end)})`, before[1].slice(words[k].index).trim())) return before.index + (words[k].index ?? 0);
  }
  return null;
}
