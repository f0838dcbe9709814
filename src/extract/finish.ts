// The last look at a posting's mentions: spans no rule should have given, and duplicates.
import type { Mention } from '../types.js';
import { DANGLING_PREPOSITION } from './context.js';
import { isShouted } from '../shouted.js';
import { GENERIC_HEAD } from './knowledge-lists.js';
import { LANGUAGE_VERBS } from './abilities.js';
import { isDictionaryWord } from '../clean/words.js';

/** The longest span a mention of each kind may have: past it, a rule has swallowed a sentence. */
const MAX_WORDS: Record<Mention['kind'], number> = { duty: 30, skill: 20, knowledge: 12, qualification: 30 };

/** Catch-all lines and fragments that name no task (mentions.md: "any other duties as assigned" is not a mention); a clause of what a task takes into account ("considering project time frame") is none either. */
// ("Any other reasonable duties …", "Ad hoc duties as required"; not "support the team on ad-hoc tasks and initiatives",
// "managing ad hoc projects".)
const CATCH_ALL = /\b(?:other|related|similar|additional|any)\s+(?:(?:reasonable|ad[\s-]?hoc|general|such)\s+)?(?:duties|tasks|work|assignments|responsibilities)\b|\bad[\s-]?hoc\s+(?:duties|tasks|work|assignments|responsibilities)(?=\s*(?:as\b|when\b|where\b|[.;]?\s*$))|\bnot limited\b/iu;
const NOT_A_DUTY =
  /\b(?:following|these|their|his|her) (?:duties|responsibilities|tasks|activities|functions)\b|\b(?:learn|read|find out) more\b|^\S+\s+(?:that|to|at|in|on|for|with|of|our|the|a|an)$|\s(?:under|into|onto|on|at|by|from|about|as|than|and|or|the|a|an|our|their|its|your|his|her|we|you|they|that|which|who|will|shall|would|must|should|can|aimed|designed|intended|geared|according|due|keen|able|prior|subject)$|\S['’]s$|^\p{L}+\s+(?:owned|operated|funded|founded|established|headquartered|based|registered|licensed)\s+(?:by|in)\b|^(?:considering|taking into (?:account|consideration))\b/iu;

/**
 * The advert's invitations and offers: "Apply for the job", "Take your next career step with us", "Read our technical blog", "able
 * to progress in your career", "shape your own career", "realise your potential", "Fruits & drinks for free".
 */
const OUR_MEDIUM = /\bour (?:[a-z-]+\s+){0,2}(?:newsletter|webinars?|podcasts?|videos?|website|social media|linkedin|youtube|instagram|twitter)\b/i;
/** A duty that opens with a verb of doing, not of reading or following. */
const TASK_ON_MEDIUM = /^(?!(?:read|check|follow|visit|watch|subscribe|sign|join|see|find|like|look|listen|hear|learn|discover)\b)\p{L}+/iu;
const INVITATION = /\bapply (?:for (?:the|this|our) (?:job|position|role|vacancy|post|gig|opening)|now|online|today|if\b)|\bwith us\b|\byour (?:next |own )?career\b|\ba career (?:with|at)\b|\b(?:reali[sz]e|reach|fulfil+|unlock|unleash)(?:s|ing)?\s+(?:your|their)\s+(?:full\s+)?potential\b|\bleav(?:e|es|ing)\s+(?:your|a|their)\s+(?:mark|footprint)\b|\bcareer (?:step|move)\b|\bour (?:tech(?:nical)? )?(?:blog|careers? page)\b|^(?:read|check out|follow|visit|watch|subscribe to|sign up (?:to|for)|join)\s+(?:us|our)\b|^meet\s+(?:[a-z-]+\s+){0,2}(?:colleagues|team(?:mates)?|people)\b|\bfor (?:further|more) (?:information|details)\b|\b(?:for free|free of charge|at no (?:extra |additional )?cost)\b/i;

/** A skill that ends where its object should begin. */
const CUT_OFF = /\s(?:to|towards|with|of|for|in|on|at|by|from|about|into|than|and|or)$/i;

/** "undertake an enhanced DBS check", "complete a basic disclosure", "complete an occupational health assessment", "pass a pre-employment background check": the employer's checks on a new starter, not a task. */
const EMPLOYMENT_CHECK =
  /^(?:(?:the\s+)?(?:ability|willingness|able|willing|prepared|happy)\s+to\s+)?(?:undertake|undergo|complete|pass|have)\s+(?:a|an)\s+(?:satisfactory\s+)?(?:enhanced\s+|standard\s+|basic\s+)?(?:(?:(?:DBS|CRB|disclosure|occupational health|pre-employment|post-offer|background|medical|security|criminal records?|drug)\s+){1,3}(?:check|clearance|assessment|screening|examination|vetting|test)|(?:(?:DBS|CRB)\s+)?disclosure)\b/i;

/** "work 37.5 hours per week on a rotational shift pattern", "work a minimum of 15 hours per week", "work 4 nights per week", "(Ability to) work nights and weekends", "Able to work every other weekend", "working Monday to Friday, 8am to 5pm", "work flexibly including nights", "work flexible hours", "Working remotely", "Work in London two days a week", "work from our Leeds office", a job board's
 * "Working pattern" field: working hours or place, a contract term (mentions.md). */
const WORKING_TIME =
  /^(?:(?:the\s+)?(?:ability|willingness|flexibility|able|willing|available)\s+to\s+)?work(?:s|ing)?\s+(?:(?:(?:a\s+)?(?:minimum|maximum)\s+(?:of\s+)?|(?:up\s+to|at\s+least|around|approximately|approx\.?)\s+)?[\d.,]+\s*(?:hours|hrs|days|nights|shifts|evenings|weekends)\b|(?:full|part)[- ]?time\b|(?:on\s+)?(?:a\s+)?(?:24\/7\s+|24[- ]hour\s+|rotational\s+|rotating\s+|night\s+|day\s+|early\s+|late\s+|evening\s+|weekend\s+|split\s+|long\s+|12[- ]hour\s+)?(?:shifts?|rota|shift\s+pattern)\b|(?:(?:every\s+(?:other\s+|second\s+|third\s+)?|alternate\s+|occasional\s+|some\s+)?(?:nights?|weekends?|evenings?)|overtime|additional\s+hours|days\s+and\s+nights|bank\s+holidays)\b|(?:(?:flexible|long|unsocial|unsociable|irregular|variable|varied|extended|compressed|reduced|contracted|core|normal|standard|set|office|term[- ]time)\s+)?(?:patterns?|hours|arrangements?)\b|flexibly\s+(?:including|to\s+include|across|over)\s+(?:[\w-]+,?\s+){0,3}?(?:nights?|weekends?|evenings?|shifts?|days|hours|bank\s+holidays)\b|(?:(?:from|between)\s+)?(?:(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?s?|weekdays)\b(?!\.)|(?:(?:from|between)\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b|remotely(?:\s*$|\s+(?:anywhere|from|in|within|across)\b)|from\s+(?:home|anywhere)\b|hybrid\b|(?:in|at|from)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:office|offices|site|hq|headquarters)\b|on[- ]?site\b|(?:(?:in|at|from)\s+(?:[\w-]+\s+){1,2})?(?:\d|one|two|three|four|five)\s+days?\s+(?:a|per|each|every)\s+week\b)/i;

/**
 * "working in <LOCATION>", "be based in Aarhus", "work at <ORGANIZATION>": where the work is, a place of work (mentions.md:
 * no location), when the place is only names no dictionary holds (not "work in Python", "work in Agile teams").
 */
const WORK_AT = /^(?:(?:the\s+)?(?:ability|willingness|able|willing|available)\s+to\s+)?(?:work(?:s|ing)?|be\s+based|based|relocate|relocating)\s+(?:in|at|from|out\s+of)\s+/i;
const PLACE = /^(?:(?:<[A-Z]+>|\p{Lu}[\p{L}-]+)(?:\s*,\s*|\s+and\s+|\s+))*(?:<[A-Z]+>|\p{Lu}[\p{L}-]+)(?=(?:\s+and\s+abroad)?$)/u;
function workPlace(m: Mention): boolean {
  const at = WORK_AT.exec(m.text);
  const place = at ? PLACE.exec(m.text.slice(at[0].length))?.[0] : undefined;
  return place !== undefined && place.split(/\s*,\s*|\s+and\s+|\s+/).every((w) => /^<[A-Z]+>$/.test(w) || (!/\p{Lu}{2}|\p{Ll}\p{Lu}/u.test(w) && !isDictionaryWord(w.toLowerCase())));
}

/** Idioms of taking part ("Play a key part", "Porters play a vital role in …", "lead the way", "make a difference", "make a real impact", "being part of a team", "make your mark") name no task; "taking into account …" says how one is done. */
const IDIOM = /^(?:play(?:s|ing)?\s+an?\s+(?:[\p{L}-]+\s+)?(?:part|role)|lead(?:s|ing)?\s+the\s+way|mak(?:e|es|ing)\s+a\s+(?:real\s+|positive\s+)?difference|be(?:ing)?\s+(?:a\s+)?part\s+of\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,6}team)$|^mak(?:e|es|ing)\s+(?:your|their|a|an)\s+mark\b|^mak(?:e|es|ing)\s+(?:a|an)\s+(?:(?:real|positive|big|lasting|genuine|meaningful|huge|significant|tangible)\s+)?impact\b|^(?:\p{L}+\s+){1,2}plays?\s+an?\s+(?:[\p{L}-]+\s+)?(?:part|role)\b|^(?:tak(?:e|es|ing)\s+into\s+(?:account|consideration)|bear(?:s|ing)?\s+in\s+mind)\b/iu;

/** "Note: …" is a remark; "Fostering a diverse workplace is an important part of …" has the -ing clause as its subject. */
const GERUND_SUBJECT = /^note\b|^\p{L}+ing\b[^,;:]*?\s(?:is|are)\s(?:an?|the|part|important|essential|key|critical|vital|central)\b/iu;

/** The selection process ("will be short listed and contacted"): what happens to applicants, not what they need. */
const SELECTION = /\bshort[- ]?list(?:ed|ing)?\b|\bwill be (?:contacted|considered)\b/i;

/** Skills the employer offers to develop ("develop your professional and personal skills", "learning new skills"): training offered, not asked. */
const DEVELOPED_BEFORE = /\b(?:develop|grow|improve|broaden|expand|build|learn|acquire)(?:ing|s)?\s+(?:your|their|new)\s+(?:own\s+)?(?:[\p{L}-]+,?\s+(?:and|&)\s+)?$/iu;
// ("Building skills and careers", "developing skills and yourself further": skills grown, none named.)
const NEW_SKILLS = /^(?:(?:learn|acquir)(?:ing|e)?\s+new\s+skills|(?:develop|build|improv|enhanc|hon|sharpen|strengthen|expand|broaden|grow)(?:ing|e|s)?\s+(?:(?:new|your|their|own)\s+)*skills)\b/i;

/** "develop yourself", "challenge yourself", "learn from security experts": the candidate's own growth, which the employer offers, is no task. */
const SELF_GROWTH = /^(?:(?:develop|grow|challenge|push|stretch|improve|educate|upskill|immerse)(?:s|ing)?\s+(?:yourself|themselves)\b|learn(?:s|ing)?\s+from\b|(?:develop|grow|improve|build|broaden|expand|enhance)(?:s|ing)?\s+(?:your(?:\s+own)?|their\s+own)\s+(?:[\p{L}-]+\s+){0,2}(?:skills?|skill\s*set|knowledge|expertise|career)\b)/iu;

/** "Covering this process you can look forward to a lot of cross-functional projects": what the post holds in store, offered. */
const LOOK_FORWARD = /\byou(?:['’]ll|\s+will|\s+can|\s+may)\s+(?:also\s+)?(?:look forward to|benefit from)\b/i;

function offeredDevelopment(m: Mention, text: string): boolean {
  if (m.kind === 'duty') return SELF_GROWTH.test(m.text.replace(/^(?:continuously|constantly|further)\s+/i, '')) || LOOK_FORWARD.test(m.text);
  return (m.kind === 'skill' || m.kind === 'knowledge') && (DEVELOPED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || NEW_SKILLS.test(m.text));
}

const NONE_ASKED = /^(?:(?:no|none|not)\b(?!-)|0\s*(?:years?|yrs?|months?)\b)/i;
/** "… social science degrees or no degree at all": what is named after "no" is not asked. */
const NONE_BEFORE = /\b(?:no|without)\s+$/i;

const ON_CALL = /\bon[- ]call\s+(?:rota|rotas|rotation|rotations|basis|shifts?|duties|schedule)\b/i;

/** Documents an application asks for ("copies of …"), before a qualification's name or in it; checks the employer runs. */
const COPY_OF = String.raw`(?:(?:scanned|certified|attested)\s+)?cop(?:y|ies)\s+of`;
const APPLICATION_COPY = new RegExp(String.raw`\b${COPY_OF}\s+(?:(?:your|the|all|their|relevant|original)\s+)*(?:[\p{L}-]+\s+){0,3}$`, 'iu');
const COPIES = new RegExp(String.raw`^${COPY_OF}\b|\b(?:submit|send|attach|upload|bring)\b.*\b${COPY_OF}\b`, 'i');
const CHECKS = /\b(?:checks?|screening|vetting)$/i;
const EMPLOYER_RUNS = /\b(?:will|shall|may|must)\s+(?:conduct|carry out|perform|run|undertake|request|complete)\s+(?:[\p{L}-]+\s+){0,5}$/iu;

/**
 * "Must be 18+ years old", "Applicants must be aged 18 or over", "Age: 25-35 years": an age asked, no competency (not "10
 * years of experience", nor "Age 5 to 11 teaching experience").
 */
const AGE =
  /^(?:(?:applicants?|candidates?)\s+)?(?:(?:must|should|shall)\s+be\s+)?(?:aged?\s*:?\s*(?:between\s+|from\s+|under\s+|over\s+)?\d+(?:\s*(?:-|–|to|and)\s*\d+)?(?:\s*(?:\+|years?|yrs?))*(?:\s+(?:or|and)\s+(?:older|over|above))?|(?:at\s+least\s+|over\s+|under\s+)?\d{2}\s*(?:\+\s*)?(?:(?:years?|yrs?)\s+(?:of\s+age|old)|(?:years?\s+)?(?:or|and)\s+(?:older|over|above)))\s*\.?$/i;

/** "Must have full working rights in Australia", "the right to work in the UK": who may be employed, no competency (a contract term). */
const RIGHT_TO_WORK = /^(?:(?:must|should|will)\s+(?:have|hold)\s+|(?:have|hold)\s+)?(?:(?:a|an|the|full|valid|current|unrestricted|existing)\s+)*(?:right\s+to\s+(?:work|live\s+and\s+work)|working\s+rights|work\s+(?:permit|visa|authori[sz]ation)|(?:eligibility|eligible|authori[sz]ed|entitled)\s+to\s+work)\b/i;

/** "Flexible schedule", "including weekends", "Weekend availability", "Availability on weekends and public holidays": when the candidate works, a working pattern (mentions.md), not a quality. */
const SCHEDULE =
  /^(?:(?:a\s+)?(?:flexible|rotating|rotational|variable|irregular)\s+(?:schedule|hours|shifts?|rota|working\s+hours)|(?:including|incl\.?|plus)\s+(?:(?:some|occasional)\s+)?(?:nights?|weekends?|evenings?|(?:bank\s+|public\s+)?holidays)(?:\s+(?:and|or|&)\s+(?:nights?|weekends?|evenings?|(?:bank\s+|public\s+)?holidays))?|(?:weekend|evening|night)\s+(?:availability|work)|(?:full\s+|flexible\s+)?availability\s+(?:on|at|during|for|to\s+work)\s+(?:[\w-]+\s+){0,3}?(?:nights?|weekends?|evenings?|shifts?|days|hours|(?:bank\s+|public\s+|school\s+)?holidays)(?:\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:nights?|weekends?|evenings?|shifts?|(?:bank\s+|public\s+|school\s+)?holidays))?)$/i;

/** "Soft skills such as teamwork, resilience …", "Key skills": a kind of skills, which the ones it names are. */
const SKILLS_KIND = /^(?:soft|hard|transferable|key|essential|core|required|necessary)\s+skills?(?:\s*set)?$/i;

/** A catch-all line is neither a duty nor a skill ("experience in related work" is a qualification); a label before a colon ("Start date:", "Direct superior:") is a field name, not a duty; nor is a cut fragment or a remark. */
function isNotACompetency(m: Mention, text: string): boolean {
  if (AGE.test(m.text) || RIGHT_TO_WORK.test(m.text) || workPlace(m)) return true;
  if ((m.kind === 'duty' || m.kind === 'skill') && (CATCH_ALL.test(m.text) || INVITATION.test(m.text))) return true;
  // "Find out more on our website", "… our YouTube channel": where the employer can be read, unless a task is done on
  // it ("Manage our social media accounts", "Write our monthly newsletter").
  if ((m.kind === 'duty' || m.kind === 'skill') && OUR_MEDIUM.test(m.text) && !(m.kind === 'duty' && TASK_ON_MEDIUM.test(m.text))) return true;
  // "no specific requirements", "No experience necessary", "0 years of experience": what is not asked.
  if (NONE_ASKED.test(m.text) || (m.kind !== 'duty' && NONE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))) return true;
  // "Also see <CONTACT>": contact details (an anonymised corpus writes them as a placeholder) are no competency.
  if (m.text.includes('<CONTACT>')) return true;
  // ("Specialized experience includes: …": what it is follows, no qualification named.)
  if (m.kind === 'qualification' && /\s(?:includes?|including|involves?|means)$/i.test(m.text)) return true;
  // "Submit copies of your high school certificate …", "… will conduct robust reference and background screening checks":
  // documents the application asks for and checks the employer runs are the process, no qualification (mentions.md).
  if (m.kind === 'qualification' && (APPLICATION_COPY.test(text.slice(Math.max(0, m.start - 60), m.start)) || COPIES.test(m.text) || (CHECKS.test(m.text) && EMPLOYER_RUNS.test(text.slice(Math.max(0, m.start - 80), m.start))))) return true;
  // "… or willing to work towards": an ability whose object was left out is a fragment.
  // ("Being a part of the Northbeam team": belonging, not an ability.)
  // ("Ability to participate in an on-call rotation": a working pattern.)
  // ("Food handler certification (or ability to obtain within 30 days)": obtaining what was named before is that qualification's.)
  if (m.kind === 'skill') return CUT_OFF.test(m.text) || WORKING_TIME.test(m.text) || SCHEDULE.test(m.text) || SKILLS_KIND.test(m.text) || EMPLOYMENT_CHECK.test(m.text) || /^be(?:ing)?\s+(?:a\s+)?part\s+of\b/i.test(m.text) || ON_CALL.test(m.text) || OBTAIN_IT.test(m.text);
  if (m.kind !== 'duty') return false;
  return (/^\s*[:：]/u.test(text.slice(m.end, m.end + 3)) && m.text.split(/\s+/).length <= 3) || NOT_A_DUTY.test(m.text) || DANGLING_PREPOSITION.test(m.text) || GERUND_SUBJECT.test(m.text) || IDIOM.test(m.text) || WORKING_TIME.test(m.text) || EMPLOYMENT_CHECK.test(m.text) || POINTS_BACK_ONLY.test(m.text);
}

/** An ability to obtain what was named before, its object left out ("… or ability to obtain within 30 days", "willing to gain it"). */
const OBTAIN_IT = /^(?:the\s+)?(?:ability|willingness|able|willing|prepared)\s+to\s+(?:obtain|gain|acquire|achieve|complete|get|secure|attain)(?:\s+(?:it|one|this|them|the same))?(?:\s+(?:within|in|by|during|before|after|once)\b.*)?$/i;

/** "work towards it", "achieve this": a verb whose whole object points back to what was named before names no task. */
const POINTS_BACK_ONLY = /^[\p{L}-]+(?:\s+(?:towards?|to|with|on|for|at|into|about|from))?\s+(?:it|them|this|these|those|that)\s*$/iu;

/** Words that grade a competency ("Excellent …", "Strong …"); alone, they name none (see EMPTY_WORD and EVALUATIVE). */
const GRADES = 'excellent|good|strong|solid|great|proven|sound|deep|extensive|demonstrated|outstanding|exceptional|profound';

/** Words that name no competency on their own: function words, redaction placeholders (an anonymised organisation may
 * be a product's name: "<ORGANIZATION>" stays), the category words of a heading, the modes of a language ("verbal and written"). */
const EMPTY_WORD = new RegExp(
  String.raw`^(?:\[[A-Z_ ]+\]\S*|<(?:LOCATION|NAME|CONTACT|ADDRESS|PERSON)>\S*|\d+\S*|a|an|the|and|or|of|in|on|for|to|with|both|all|any|other|after|before|since|during|while|until|between|through|via|within|without|etc|also|particular(?:ly)?|especially|specifically|then|than|these|those|new|basic|${GRADES}|very|big|plus|bonus|advantage|advantageous|asset|relevant|required|preferred|desired|desirable|essential|minimum|additional|background|skills?|knowledge|abilit(?:y|ies)|experiences?|training|understanding|competenc(?:e|ies)|requirements?|qualifications?|job|role|position|spoken|written|verbal|oral)$`,
  'i',
);

/** A mention whose words are all placeholders, numbers or heading words ("[REDACTED]", "7", "Knowledge, Skills and Abilities", "3 Job Requirements Qualification"). */
function namesNothing(m: Mention): boolean {
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
  if (m.kind === 'skill' && /\bskills?$/i.test(m.text)) dropLead(m, GRADED_AFTER.exec(m.text));
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
  const employer = selfNames(text);
  const knowledgeAt = new Set(all.filter((m) => m.kind === 'knowledge').map((m) => m.start));
  for (const m of all) {
    dropTail(m, EXAMPLES_TAIL, /\p{L}{2,}/u);
    dropNamedTail(m, knowledgeAt);
    if (m.kind === 'knowledge') dropTail(m, KNOWLEDGE_TAIL);
    trimLeads(m);
  }
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

