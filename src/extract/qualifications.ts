import type { QualificationFields } from '../types.js';
import { addMention, ARTICLE, DRIVE_NOUNS, endingAt, firstMatch, guarded, hits, matches, type ItemContext } from './context.js';
import { leadingVerb } from './leading-verb.js';
import { isAbbreviation } from './knowledge.js';
import { EVALUATED_WORDS, experienceTriggers, MAX_CAREER_YEARS, OPENS_WITH_EXPERIENCE } from './experience.js';
import { degreeLevelOf, isQuality, type LexiconIndex } from './lexicon.js';
import { allDictionaryWords } from '../clean/words.js';

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
const TAIL = /\s*(?:\s(?:can|may|could|are|is)\s+(?:also\s+)?(?:(?:eligible|encouraged|welcome[d]?|invited)\s+to\s+)?apply\b.*|\((?:we|you|this|it|which|they|can be|will be|to be|must|should|may|if|once|within|upon)\b[^()]*\)\.?|,?\s*or (?:equivalent(?!\s+in\s+[^,;()]+\)?$)|(?:a )?(?:willingness|commitment) to|(?:be )?(?:working|willing to work|studying) (?:towards|for))\b.*|\(?(?:is |are |would be |will be )?(?:strongly |highly |very )?(?:preferred|required|desirable|essential|ideal|useful|beneficial|an?\s+(?:(?:added|additional|distinct|real|big|great|strong|definite|huge|clear|significant)\s+)?(?:advantage|plus|bonus|asset)|advantageous)(?:,?\s+but not (?:required|essential|necessary|mandatory|a must))?\)?\.?)$/iu;
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
const GRADE_NAMED = String.raw`(?:[Gg]rade\s+(?:8|10|12)|(?:8|10|12)th\s+[Gg]rade)`;
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
const NOT_NAME_WORD = /^(?:must|should|will|would|have|has|had|hold|holds|possess|possesses|a|an|the|to|towards|toward|your|our|their|his|her|its|of|for|in|on|with|is|are|be|been|by|from|as|at|this|that|any|no|seeking|seek|need|needs|require|requires|obtain|achieve|gain|study|least|than|years?|yrs|months?)$/i;
/** The employer as a sentence's subject names ("the practice", "our company"). */
const EMPLOYER_NOUN = String.raw`(?:company|business|organi[sz]ation|practice|school|trust|firm|group|client|charity|centre|home|nursery|hotel|restaurant|team)`;
const EMPLOYER_IS = new RegExp(String.raw`(?:^|[.;!]\s+|\s)(?:we(?:['’]re|\s+are)|(?:our|the)\s+${EMPLOYER_NOUN})\s+(?:(?:is|are)\s+)?(?:(?:also|now|very|proud|delighted|pleased|happy)\s+(?:to\s+be\s+)?)*(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,4}$`, 'iu');
const EMPLOYER_FOR = new RegExp(String.raw`\b(?:we|we['’]ve|our\s+[\p{L}-]+|the\s+${EMPLOYER_NOUN})\s+(?:have|has|['’]ve)?\s*(?:been\s+)?(?:[\p{L}-]+\s+){1,5}?for\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|around\s+)?(?:a\s+)?$`, 'iu');
/** "We bring many years of experience", "our team has several years of …": what the employer has. */
const EMPLOYER_HAS = /\b(?:we|our\s+[\p{L}-]+|they)\s+(?:have|has|bring|brings|combine|combines|boast|boasts)\s+(?:got\s+)?$/iu;
/** A qualification the employer gives: studied for with its support, funding or enrolment. */
const OFFERED_BEFORE =
  /\b(?:(?:support|help|fund|sponsor|enable|allow|encourage)\w*\s+(?:you|them|staff|employees|the\s+(?:successful\s+)?(?:candidate|applicant|post\s*holder))\s+(?:to\s+|in\s+|through\s+|with\s+)|(?:be|being|are|is|get)\s+(?:fully\s+)?(?:supported|funded|sponsored)\s+(?:to|in|through)\s+|funding\s+(?:is\s+available\s+)?(?:for|to)\b|enrol(?:l?ed)?\s+(?:on|onto|in)\s+|opportunity\s+to\s+|(?:leading|lead|leads)\s+to\s+|(?:we|our\s+\w+)\s+(?:will\s+)?(?:offer|provide|fund|pay\s+for|sponsor)\s+|(?:training|support|funding)\s+(?:will\s+be|is|are)\s+(?:provided|offered|given|available)\b)[^.;!?]*$/i;
/**
 * "as delegated by the registered nurse", "alongside our Registered Nurses", "the RMN on shift": a profession after
 * "the", "our" or an agent's preposition is a colleague the post works with, not what the candidate is asked to be.
 */
const COLLEAGUE_BEFORE = /\b(?:the|our|their|other|by|alongside|supporting|support|assist|assisting)\s+(?:(?:senior|qualified|lead|named|duty|allocated|supervising)\s+)?$/i;
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
/** "IRPM qualified", "ACCA or CIMA part qualified": a body's qualification named by its letters. */
const ACRONYM_QUALIFIED = guarded(/(?<![\p{L}\p{N}])\p{Lu}{2,6}(?:\s*(?:or|and|\/)\s*\p{Lu}{2,6})*\s+(?:part[- ])?qualified\b/gu, /qualified/u);
/**
 * "Member of the Chartered Society of Physiotherapy", "Fellow of the Royal College of Surgeons": membership of a
 * named professional body (its name has a body's word: "member of the Senior Leadership Team" is a place in the team).
 */
const BODY_MEMBERSHIP = guarded(
  /\b(?:(?:[Ff]ull|[Aa]ssociate|[Cc]hartered|[Gg]raduate|[Ss]tudent|[Aa]ffiliate)\s+)?(?:[Mm]ember|[Ff]ellow)(?:ship)?\s+(?:of|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|&|in)\s+)?){0,5}(?:Society|Institute|Institution|College|Association|Council|Academy|Federation|Faculty|Chamber|Guild|Register)\b(?:\s+(?:of|for)(?:\s+\p{Lu}[\p{L}'’-]*)+)*/gu,
  /[Mm]ember|[Ff]ellow/u,
);
/** A label that says only that experience follows ("Experience:", "Minimum years of experience:", "Total work experience:"). */
const EXPERIENCE_LABEL = /^(?:(?:minimum|min|total|required|relevant|work|working|professional|years?|of|experience|exp)\.?\s+)*(?:experience|exp|years?)\.?\s*:\s*$/i;
/** A sentence that asks the candidate for something. */
const ASKS = /\b(?:you|your|candidates?|applicants?|must|should|required|requires?|essential|desirable|ideal|need|needs|preferred|plus|advantage|have|has|having|possess)\b/i;

interface Trigger {
  /** Local offset where the qualification's words start. */
  at: number;
  fields: QualificationFields;
}

/** The quantifier a count or a qualification opens with ("at least", "a minimum of", "a"). */
const QUANTIFIER_WORDS = String.raw`at least|a minimum of|minimum(?: of)?|over|more than|a|an`;
const QUANTIFIERS = String.raw`(?:(?:${QUANTIFIER_WORDS})\s+)*`;
/** The words a credential's name may open with ("the", "a valid", "a full"). */
const CREDENTIAL_WORDS = 'the|valid|current|full';
/** What belongs to a qualification before its trigger: a quantifier, a credential's word, a level or a count ("a Level 3 Diploma", "five GCSEs"). */
const QUALIFICATION_OPENING = new RegExp(String.raw`(?:(?:${QUANTIFIER_WORDS}|min\.?|${CREDENTIAL_WORDS}|level\s+\d{1,2}|(?<![\d:.])\d{1,2}|two|three|four|five|six)\s+)*$`, 'i');
/** Where the qualification before a later one of its own ends: before the joiner and the later one's opening words. */
const JOINED_OPENING = new RegExp(String.raw`\s*(?:,|and|plus|as well as|holding|who holds?|and holds?|with)?\s*(?:(?:${QUANTIFIER_WORDS}|${CREDENTIAL_WORDS})\s+)*$`, 'i');
/**
 * "… and at least one year of experience", "… and have post-registration experience", "degree level or have equivalent
 * experience in …": an added qualification, or an alternative with a verb of its own.
 */
const ADDED_BEFORE = new RegExp(
  String.raw`\s(?:(?:and|plus|as well as)\s+(?:(?:must|should|will|also)\s+)?(?:(?:have|has|hold|holds|possess)\s+)?|(?:or|but)\s+(?:(?:must|should|will|also)\s+)?(?:have|has|hold|holds|possess)\s+(?:(?:equivalent|similar|comparable|relevant)\s+)?)${QUANTIFIERS}$`,
  'i',
);
/** "… with at least 2 years …": an added count. */
const WITH_BEFORE = new RegExp(String.raw`(?<!\bholders?)\swith\s+${QUANTIFIERS}$`, 'i');
/** "… or BA in …", "… with 6.5 years …": an alternative or an added count. */
const ALTERNATIVE_BEFORE = new RegExp(String.raw`[\s/](?:or|with)\s+${QUANTIFIERS}$`, 'i');

/**
 * Where a requirement's clause ends in prose: a full stop, a comma before a lower-case word (except inside a
 * list of fields: "Business, Marketing or E-commerce"), a bracket before a sentence of a run-on line ("…
 * (preferably MSc or MBA) A strong network in …"), "is required/desirable …", a new clause ("and must have"), the
 * place the post is for ("a qualified nurse for our ward") or what the person is to do there ("… to lead our kitchen").
 */
/** "… and excellent communication skills", "… and proficiency in Excel": a requirement of another kind added with "and". */
const ANOTHER_ASK = String.raw`and (?:the )?(?:ability|willingness)|and (?:an? )?(?:(?:good|strong|sound|solid|excellent|working|thorough|basic)\s+)?(?:knowledge|understanding|familiarity|command|ability|willingness|proficiency)|and (?:an? )?(?:excellent|outstanding|exceptional|strong|good|proven|fluent|high)\s`;
const ANOTHER_ASK_AFTER = new RegExp(String.raw`\s(?:${ANOTHER_ASK})`, 'u');
/** "… essential (you will drive between sites)", "… desirable but we can train", "… essential - or equivalent": a verdict, then a remark on it. */
const VERDICT_BEFORE_REMARK = String.raw`\s(?=(?:essential|desirable|required|preferred|mandatory)(?:\s+(?:due to|as|because|since|given|but|though|although|however|for (?:this|the) (?:role|post|position))\b|\s*\(|\s+[-–—]\s|,\s*(?:but|though|although|however)\b))`;
const VERDICT_REMARK = new RegExp(VERDICT_BEFORE_REMARK, 'u');
const CLAUSE_STOP = new RegExp(String.raw`[;.](?:\s|$)|(?<=\b${GRADE_NAMED}(?:\s+[Cc]omplete[d]?)?)\s(?=with\s)|(?<=\))\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})|\s(?=(?:Should|Must)\s+(?:have|be|hold|possess|know)\b)|(?<=\p{Ll})\s(?=(?:Are|Is|Have|Has|Can|Speak|Know|Enjoy|Love|Thrive|Bring|Possess|Hold)\s+\p{Ll})|,\s+(?!(?:or|and)\s+\p{Lu})(?![\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,?\s+(?:or|and)\s)(?![\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:environments?|settings?|workplaces?|organi[sz]ations?|compan(?:y|ies)|business(?:es)?|teams?|cultures?|industry|sector)\b)(?=\p{Ll})|\s(?:is|are|would be|will be)\s+(?:not\s+)?(?:(?:strongly|highly|very|also|really|particularly|of course)\s+)?(?:preferred|required|desirable|essential|ideal|useful|helpful|nice|great|welcome[d]?|favou?rable|appreciated|important|vital|crucial|expected|needed|encouraged|invited|valued|valuable|beneficial|advantageous|necessary|mandatory|(?:a|an)\s+(?:(?:distinct|real|definite|added|big|great|additional|strong|huge|clear|significant)\s+)?(?:advantage|plus|bonus|asset|must|requirement))\b|\s(?:is|are|will be|would be)\s+(?:given|looked\s+(?:up)?on|viewed|seen|considered|regarded)\b|(?<=\bqualified)\s+(?=\p{Lu})(?!\p{Lu}[\p{Lu}\d]*(?:\/|\s+(?:or|and|with)\b|[,.;)]|$))|(?<=\p{Ll}{3})(?<!\b(?:the|and|then|that|what|with|from|here|there))\s(?=(?:<[A-Z]+>\s*|\[REDACTED\]\s*)+(?:is|are|has|have|was|were)\s)|\s(?:and|but|or)\s+(?:(?:must|should|will|also)\s+)?(?:have|has|be|are|is|hold|possess)\s|\s(?=and\s+(?:(?:really|genuinely|also|deeply)\s+)?(?:enjoy|love|like|thrive|care)s?\s)|\s(?:which|who|although|though|whereas|however|but not|to join|and (?:we|you|they)|and (?:(?:your|their) )?own|and access to|${ANOTHER_ASK}|with (?:an?\s+)?(?:${EVALUATED_WORDS})\s)\b|${VERDICT_BEFORE_REMARK}|(?<!\b(?:of|in|with|for|to|on))\s(?=and (?:an? |the )?(?:(?:genuine|real|strong|keen)\s+)?(?:${DRIVE_NOUNS}|drive|thirst)\s)|\s(?=to\s+\p{Ll}+\s+(?:our|the|this|their|its)\s)|\s(?=(?:(?:[Ww]e|[Yy]ou|[Tt]hey)(?:['’]re|\s+are)\s+)?(?:looking|seeking|wanting|hoping)\s+(?:for|to)\s)|\s(?=for\s+(?:our|this|the)\s+(?:[\p{L}-]+\s+)?(?:ward|team|department|unit|practice|service|clinic|kitchen|site|company|organi[sz]ation|business|role|post|position|vacancy)\b)|\s(?=(?:such as|e\.g\.?|for example|including)\s+(?:[\p{Lu}\d]|\p{Ll}+ing\b))(?<!\b(?:GCSEs?|[Ll]evels?|[Gg]rades?|subjects?|passes)\s)`, 'u');
/** An article before a qualification, no part of it (but of "a few years"). */
const LEADING_ARTICLE = new RegExp(String.raw`^${ARTICLE}\s+(?!few\b)`, 'i');
/** Words before "qualified" that make what follows it the qualified person ("a qualified Social Worker"). */
const QUALIFIED_LEAD = /\b(?:a|an|fully|suitably|appropriately|professionally|newly|recently)\s+$/i;

/**
 * Degrees, years of experience, certifications and licences. `strong`: the item sits under a
 * requirements / education / experience heading, so a bare match suffices; elsewhere the sentence
 * must also speak of experience or of what is required. A list line gives one mention; a sentence
 * gives one per qualification it names ("a degree in economics and at least one year of experience").
 */
export function qualifications(ctx: ItemContext, strong: boolean, confidence: number): boolean {
  const triggers = findTriggers(ctx, strong);
  if (triggers.length === 0) return false;
  const { text } = ctx;
  const merged = (ts: Trigger[]) => Object.assign({}, ...ts.map((t) => t.fields).reverse()) as QualificationFields;
  // "… or a related field 2 years of experience": a count right after a noun, the punctuation between
  // them lost, opens the next requirement.
  // "… in Software Engineering Minimum 4 years of …": a capitalised quantifier opens it too; so does a degree
  // written with a capital after a word of the requirement before ("… preferably in E-Commerce Bachelor and/or …").
  const runOn = (k: number) => {
    const gap = text.slice(triggers[k - 1].at, triggers[k].at);
    if ((triggers[k].fields.degreeLevel || triggers[k].fields.certification) && /^\p{Lu}/u.test(text.slice(triggers[k].at)) && /(?:[\p{Ll}\p{N}]{2,}|(?:^|\()\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*\))\s+$/u.test(gap) && !/\b(?:or|and|a|an|the|in|of|with|plus|equivalent|for|to|at|on|by|from|as|have|has|hold|holds|possess|preferably|ideally|current|valid|active|live)\s+$/i.test(gap)) return true;
    // ("Diploma in Accounting, 1 year experience": after a comma, a count of years after a degree or a certificate.)
    if (triggers[k].fields.minYears !== undefined && (triggers[k - 1].fields.degreeLevel || triggers[k - 1].fields.certification) && /,\s*$/.test(gap) && /^\d/.test(text.slice(triggers[k].at))) return true;
    return (
      /^(?:Experience\s*:?\s*)?\d/.test(text.slice(triggers[k].at)) &&
      (/\s(?!(?:of|than|least|minimum|min|at|or|and|to|with|plus|over|about|approximately|for|in|from|by|the|a|an|including|includes|incl|within|level|grade|band|class|stage|part|tier|section)\s)\p{Ll}{3,}\s+$/iu.test(gap) ||
        /[\p{L}\d)]\s+(?:Minimum(?: of)?|At least|A minimum of)\s+$/u.test(gap))
    );
  };

  // "NMC registration and experience of working in acute care": a qualification added with "and" is its own, as in prose
  // (two counts are one requirement's cases: "1 year above for Degree and 2 years above for Diploma").
  const added = (k: number) =>
    ADDED_BEFORE.test(text.slice(triggers[k - 1].at, triggers[k].at)) && !(triggers[k].fields.minYears !== undefined && triggers.slice(0, k).some((t) => t.fields.minYears !== undefined));
  // ("BA Degree in Accounting with 2 years of relevant experience": a count of years with a degree or a certificate is
  // a requirement of its own, on a list line as in prose; "Diploma holders with 4 years of experience" are one kind of
  // candidate.)
  const withYears = (k: number) =>
    triggers[k].fields.minYears !== undefined && (triggers[k - 1].fields.degreeLevel !== undefined || triggers[k - 1].fields.certification !== undefined) && WITH_BEFORE.test(text.slice(triggers[k - 1].at, triggers[k].at)) && /^\d/.test(text.slice(triggers[k].at));
  // ("NVQ Level 2, driving licence, caring nature": qualifications listed apart by commas, each named in a few words.)
  // (Not adjectives listed before one name: "Registered Nurse with a current, unrestricted RN licence".)
  const listedApart = (k: number) => {
    const gap = /^([^,]{1,40}),\s*(?:(?:a|an|valid|current|full|clean)\s+)*$/i.exec(text.slice(triggers[k - 1].at, triggers[k].at));
    return gap !== null && !/\b(?:with|of|in|for|a|an|the|and|or|current|valid|full)$/i.test(gap[1].trim());
  };
  if (ctx.listLike && !ctx.alone && text.split(/\s+/).length <= 25 && !triggers.some((_, k) => k > 0 && (runOn(k) || added(k) || withYears(k) || listedApart(k)))) {
    let end = text.length;
    const fields = merged(triggers);
    // "Full driving licence and access to a car": a licence line ends where something else begins.
    // (After the certificate's name: "Mentorship and teaching qualifications" is one name.)
    if (fields.certification && fields.minYears === undefined && !fields.degreeLevel) {
      const at = triggers[triggers.length - 1].at;
      const named = text.toLowerCase().indexOf(fields.certification, at);
      const from = named >= 0 ? named + fields.certification.length : at;
      const and = /\s+and\s+(?=\p{Ll})/u.exec(text.slice(from));
      if (and) end = from + and.index;
    }
    // ("Degree in Accounting and strong Excel skills": the skill is no part of the degree.)
    const last = triggers[triggers.length - 1].at;
    const ask = ANOTHER_ASK_AFTER.exec(text.slice(last, end)) ?? VERDICT_REMARK.exec(text.slice(last, end));
    if (ask) end = last + ask.index;
    // "Knowledge of Excel and a full UK driving licence": a line that opens with something else starts the
    // qualification at its own words.
    // So does a line that asks for something else first ("Must have excellent communication skills and a full UK
    // driving licence").
    // (After a slash as after a comma: "Customer service / Full UK driving licence".)
    let start = 0;
    const lead = endingAt(/(?:(?:a|an|the|valid|current|full)\s+)*$/i, text, triggers[0].at);
    const before = text.slice(0, lead ? lead.index : triggers[0].at);
    // (And one that opens with who has it: "You will have experience with application design …".)
    const holder = /^(?:(?:you|candidates?|applicants?|the\s+(?:ideal|successful)\s+(?:candidate|applicant|person))\s+)?(?:(?:will|must|should|shall|would|need\s+to|also)\s+)*(?:have|has|hold|holds|possess|bring)\s+(?:(?:previously|already|also|ideally|successfully)\s+)?(?:(?:completed|attained|achieved|obtained|gained)\s+)?$/i.test(before);
    // ("Computer literate, SystmOne experience": a quality before a comma is a skill of its own.)
    const quality = /^[^,]+,\s+$/.test(before) && isQuality(before.replace(/,\s+$/, '').replace(ctx.lex.modifiers, '').toLowerCase(), ctx.lex);
    if (firstMatch(ctx.lex.knowledgeCue, text)?.index === 0 || holder || quality || (/(?:\s(?:and|plus|as well as|with)|,|\s\/)\s+$/i.test(before) && before.trim().split(/\s+/).length >= 3)) {
      start = lead ? lead.index : triggers[0].at;
      start += LEADING_ARTICLE.exec(text.slice(start))?.[0].length ?? 0;
    }
    // "Driving license: 3rd grade automobile driving license": a field's label that names the kind of what follows it.
    // ("In this position you need to: have experience with …": a lead-in of more words that speaks to the candidate.)
    const label = /^(?:\p{L}[\p{L}'’-]*\s+){0,3}\p{L}[\p{L}'’-]*\s*:\s+(?=\S)|^(?=[^:]*\byou\b)(?:\p{L}[\p{L}'’-]*\s+){0,7}\p{L}[\p{L}'’-]*\s*:\s+(?=\S)/u.exec(text);
    // ("Industrial maintenance: 3 years (Required)": before a count of years alone the label is what the experience is in.)
    const experienceIn = fields.minYears !== undefined && !fields.degreeLevel && !fields.certification && label !== null && !EXPERIENCE_LABEL.test(label[0]);
    if (label && !experienceIn && start < label[0].length && triggers.some((t) => t.at >= label[0].length)) {
      // (What follows may open with the verb of having: "… you need to: Have experience with …".)
      start = label[0].length + (/^(?:have|hold|possess)\s+/i.exec(text.slice(label[0].length))?.[0].length ?? 0);
    }
    return emit(ctx, start, end, fields, confidence);
  }

  // In prose: the phrase from each match (with its quantifier: "at least", "a") to the end of its clause.
  let any = false;
  let i = 0;
  while (i < triggers.length) {
    // The level and the count belong to the qualification: "a Level 3 Diploma in …", "five GCSEs" (not the "1" of "2:1").
    const lead = endingAt(QUALIFICATION_OPENING, text, triggers[i].at);
    let start = lead ? lead.index : triggers[i].at;
    // The shortest span: "a full UK driving licence" names the licence without its article.
    start += LEADING_ARTICLE.exec(text.slice(start))?.[0].length ?? 0;
    const tail = text.slice(triggers[i].at);
    // (Names or activities given as examples are their own mentions, after it: "Experience with networking protocols |
    // such as TCP/IP", "… security matters | including collaborating with …"; not "… role such as retail or hospitality",
    // nor the subjects of "five GCSEs including English and Maths".)
    // The clause ends at a comma before a lower-case word ("… in B2B sales, excellent …"), except inside a
    // list of fields ("Business, Marketing or E-commerce", "economics, management or marketing") or of the words
    // describing a setting ("within a fast paced, target driven environment"), and after a
    // bracket before a sentence of a run-on line ("… (preferably MSc or MBA) A strong network in …").
    let stop = CLAUSE_STOP.exec(tail);
    // ("a qualified Social Worker registered with …": after "a qualified" the capitals name the profession.)
    if (stop && /^qualified$/i.test(tail.slice(0, stop.index)) && QUALIFIED_LEAD.test(text.slice(Math.max(0, triggers[i].at - 20), triggers[i].at))) {
      const next = CLAUSE_STOP.exec(tail.slice(stop.index + stop[0].length));
      stop = next && ({ index: stop.index + stop[0].length + next.index, 0: next[0] } as RegExpExecArray);
    }
    let end = triggers[i].at + (stop ? stop.index : tail.length);
    let j = i + 1;
    while (j < triggers.length && triggers[j].at < end) j++;
    // A later qualification inside the clause with its own words ("… and at least one year of experience") starts its own mention.
    let own = j;
    for (let k = i + 1; k < j; k++) {
      const gap = text.slice(triggers[k - 1].at, triggers[k].at);
      // "… with 6.5 years of experience or BA in the same fields with 8.5 years …": an alternative or an
      // added count after a qualification of some words is its own ("BSc or MSc in …" stays one).
      const alternative = ALTERNATIVE_BEFORE.test(gap) && (/^\d/.test(text.slice(triggers[k].at)) || gap.trim().split(/\s+/).length >= 5);
      // "… or equivalent practical experience" stands in for the degree: one requirement.
      const equivalent = /\bor\s+(?:an?\s+)?(?:equivalent|similar|comparable)\b[^,;]*$/i.test(gap) || (/\bor\s+$/i.test(gap) && /^(?:an?\s+)?(?:equivalent|similar|comparable)\b/i.test(text.slice(triggers[k].at)));
      // ("A degree in Computer Science or similar, 2+ years' experience with Java": a count after a comma is listed next to it.)
      const listed = /[^\d\s],\s+(?:(?:at least|a minimum of|minimum|over|more than)\s+)?$/i.test(gap) && /^\d/.test(text.slice(triggers[k].at));
      // (In prose, only names of two words or more and not in brackets: "SMSTS, First Aid at Work and …"; not "(ACA, ACCA or
      // CIMA)", "CIMA, ACCA or ACA qualification".)
      const apart = listedApart(k) && !/\([^)]*$/.test(text.slice(0, triggers[k].at)) && /^\S+\s+\S+/.test(text.slice(triggers[k].at).split(/,|\s(?:and|or)\s/)[0]);
      // ("a qualified electrician holding the 18th Edition with experience in commercial installations": a certificate the
      // person holds and the experience they bring are each their own.)
      // (So is a registration or licence "with" it: "Registered Nurse (Adult) with current NMC registration".)
      const held = HELD_BEFORE.test(gap) || (WITH_EXPERIENCE_BEFORE.test(gap) && /^experience\b/i.test(text.slice(triggers[k].at))) || (WITH_CREDENTIAL_BEFORE.test(gap) && CREDENTIAL_NOUN.test(text.slice(triggers[k].at, triggers[k].at + 40)));
      if (runOn(k) || (alternative && !equivalent) || listed || ADDED_BEFORE.test(gap) || apart || held) {
        own = k;
        break;
      }
    }
    if (own < j) {
      end = endingAt(JOINED_OPENING, text, triggers[own].at)!.index;
      j = own;
    }
    if (emit(ctx, start, end, merged(triggers.slice(i, j)), confidence)) any = true;
    i = j;
  }
  return any;
}

/**
 * "a minimum of 5 years of experience …", "At least one year …", "Proven track record in …", "Strong background in …":
 * how much or how well is no part of the qualification's name (mentions.md: no evaluative words); the annotated
 * postings start after it. The triggers find it with the qualification (a count's quantifier, an experience's modifier).
 */
const QUALIFICATION_LEAD = /^(?:(?:a|an)\s+)?(?:minimum(?:\s+of)?|min\.?|at\s+least|proven|strong|solid|previous|prior|demonstrable|extensive|significant|substantial|excellent|good)\s+(?:(?:a|an|the)\s+(?!(?:couple|few|number|minimum)\b))?(?=\S+\s+\S)/i;

/** Words before "qualifications" that name no kind of them ("relevant qualifications", "the following professional qualifications"). */
const VAGUE_QUALIFIER =
  /^(?:relevant|appropriate|professional|academic|necessary|required|requisite|following|above|suitable|formal|recognised|recognized|equivalent|other|further|additional|good|high|higher|minimum|essential|desirable|any|all|your|the|a|and|or|&|educational|related|right|specific|basic|similar|these|those|such|valid|current|and\/or)$/i;

/** The words after a requirement's last comma, when they may all be qualities ("…, honest and reliable"). */
const LAST_WORDS = /,\s*((?:[\p{L}-]+(?:\s*,\s*|\s+(?:and|or)\s+))*[\p{L}-]+)\.?$/u;

function emit(ctx: ItemContext, start: number, end: number, fields: QualificationFields, confidence: number): boolean {
  start += QUALIFICATION_LEAD.exec(ctx.text.slice(start, end))?.[0].length ?? 0;
  // ("1 year experience, honest and reliable": qualities after the last comma are skills of their own.)
  const last = LAST_WORDS.exec(ctx.text.slice(start, end));
  if (last && last[1].split(/\s*,\s*|\s+(?:and|or)\s+/).every((w) => isQuality(w.toLowerCase(), ctx.lex))) end = start + last.index;
  const span = ctx.text.slice(start, end);
  // ("… or its equivalent, as accredited by the BPS": who accredits the qualification named before is no qualification.)
  if (/^(?:accredited|approved|recogni[sz]ed|validated|endorsed)\s+by\b/i.test(span)) return false;
  // ("Your driving licence will be subject to annual checks", "The scholarships for the MSc degree are subject to approval":
  // a condition of the post, as "This post is subject to a DBS check" is (mentions.md), nothing asked of the candidate.)
  if (SUBJECT_TO.test(span)) return false;
  // ("Attitude is more important than experience": what something is weighed against is not asked; "less than 4 years …" counts.)
  if (/\bthan\s+(?:[\p{L}-]+\s+)?experience\b/iu.test(span) || (/^\D/.test(span) && /\bthan\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start)))) return false;
  // (Tails in turn: "Full UK driving licence essential (you will drive between sites)".)
  let trimmed = span;
  for (let t = span.replace(TAIL, ''); t !== trimmed; t = trimmed.replace(TAIL, '')) trimmed = t;
  const spanEnd = trimmed.trim() === '' ? end : start + trimmed.length;
  return addMention(ctx, 'qualification', start, spanEnd, ctx.text.slice(start, spanEnd), confidence, { qualification: fields }) !== null;
}

/** "… holding the 18th Edition", "… who holds a CSCS card": a certificate the person named before holds. */
const HELD_BEFORE = /\s(?:holding|who holds?|and holds?)\s+(?:(?:a|an|the|valid|current|full)\s+)*$/i;
/** "… with experience in …", "… with relevant experience of …": the experience the person named before brings. */
const WITH_EXPERIENCE_BEFORE = /\swith\s+(?:(?:some|significant|relevant|proven|previous|good|solid|extensive)\s+)*$/i;
/** "… with current NMC registration", "… with a full UK driving licence": a credential the person named before holds. */
const WITH_CREDENTIAL_BEFORE = /\swith\s+(?:(?:a|an|the|current|valid|full|active|live|clean)\s+)*$/i;
/** A credential named with its own noun ("NMC registration", "UK driving licence"; not "with the NMC", "with QTS"). */
const CREDENTIAL_NOUN = /^(?:[\p{L}\d&-]+\s+){0,3}(?:registration|licen[cs]e|card|certificate|certification|membership|PIN)\b/u;
/** A subject's qualification named by its level ("Level 2 Food Hygiene", "Level 3 in Childcare"): the level, then the subject in capitals. */
const LEVELLED = guarded(/(?<![\p{L}\p{N}])[Ll]evel\s+[1-8]\s+(?:in\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:(?:and|&|in|of)\s+)?\p{Lu}[\p{L}-]+){0,3}(?![\p{L}\p{N}])/gu, /[Ll]evel/u);
const SUBJECT_TO = /\s(?:is|are|will be|would be|may be|shall be)\s+(?:also\s+)?subject\s+to\b/i;

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

function findTriggers(ctx: ItemContext, strong: boolean): Trigger[] {
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
      if (/\p{Lu}[\p{L}\p{N}]*\s+$/u.test(before) || OFFERED_BEFORE.test(before) || out.some((t) => t.at <= m.index + m[0].length && m.index <= t.at + 12)) continue;
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
    if (OFFERED_BEFORE.test(text.slice(Math.max(0, d.index - 80), d.index))) continue;
    if (out.some((t) => t.fields.degreeLevel && d.index < t.at + 40 && d.index >= t.at)) continue;
    const named = degreeLevelOf(d[0], lex);
    // (A school grade is asked for only where requirements are: "students in grade 12" are taught.)
    const school = !named && /grade|\+/i.test(d[0]);
    const level = named ?? (school ? 'secondary' : 'degree');
    const specific = level !== 'degree' && level !== 'diploma' && !school;
    // ("Degree in Computer Science.": a short sentence that is only the degree asks for it.)
    const alone = d.index === 0 && text.split(/\s+/).length <= 8 && !/\b(?:is|are|was|were|will|offers?|provides?)\b/i.test(text);
    // (Or what the candidate is said to have: "You have a degree in statistics or economics".)
    if (!strong && !specific && !alone && !/required|preferred|must|essential|qualification|holder|graduate|ask for|expect|educated to|\b(?:need|needs|require|requires)\b/i.test(text) && !HELD_BY_CANDIDATE.test(text.slice(0, d.index))) continue;
    const fields: QualificationFields = { degreeLevel: level };
    const after = text.slice(d.index + d[0].length);
    const fm =
      /^\s*(?:degree|diploma|qualification)?\s*(?:in|of)\s+(.+?)(?:,?\s+or\s+(?:a\s+)?(?:related|equivalent|similar|relevant|comparable)\b.*|\s*[;.(]|\s+(?:preferred|required|desirable|is|or equivalent|from|and (?:at least|a minimum|\d))\b|$)/iu.exec(after) ??
      /^\s*[–—-]\s*(.+?)(?:\s+(?:preferred|required|desirable)\b.*|[;.(]|$)/u.exec(after);
    if (fm && fm[1].split(/\s+/).length <= 8 && !/^(?:any|a|an)\b/i.test(fm[1])) fields.field = fm[1].toLowerCase().replace(/[,.]$/, '').trim();
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
  const verb = out.length === 0 && (cues[0].length > 0 || cues[1].length > 0) ? leadingVerb(text, 0, lex) : null;
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
      if (!strong && !/required|must|valid|current|essential|desirable|needed|necessary|\bhold|\b(?:will|should) have\b|\b(?:need|needs|require|requires)\b|\bideally\b|\byou(?:\s+(?:will|should)\s+be|['’]ll\s+be)\b/i.test(text)) continue;
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
      // "We are proud to be an accredited Living Wage employer", "The practice is a registered …": the employer's.
      // ("We will support you to achieve your Level 3 Diploma", "will be enrolled onto the Care Certificate": offered.)
      if (EMPLOYER_IS.test(text.slice(Math.max(0, c.index - 60), c.index)) || OFFERED_BEFORE.test(text.slice(Math.max(0, c.index - 80), c.index))) continue;
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
      const joinsTwo = (i: number) =>
        /^(?:and|or|&)$/i.test(words[i - 1].trim()) && ((i === words.length && found === cues[1] && !sharedHead) || (i >= 2 && (firstMatch(lex.degrees, words[i - 2]) !== null || COMPLETED_WORD.test(words[i - 2].trim()))));
      while (k > 0 && (!NOT_NAME_WORD.test(words[k - 1].trim()) || joins(k)) && !sentenceBreak(k) && !joinsTwo(k)) k--;
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
      const name = (before + c[0]).replace(/^(?:a|an|the|valid|current|full|must hold|hold)\s+/i, '').trim();
      out.push({ at: c.index - before.length, fields: { certification: name.toLowerCase() } });
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
