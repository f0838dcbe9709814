// What a span may be read as that is no competency: catch-all lines, the employer's invitations and offers, working
// time and place, checks and documents of the application, idioms and fragments (mentions.md: what is never a mention).
import type { Mention } from '../types.js';
import { DANGLING_PREPOSITION } from './context.js';
import { isDictionaryWord } from '../clean/words.js';

/** Catch-all lines and fragments that name no task (mentions.md: "any other duties as assigned" is not a mention); a clause of what a task takes into account ("considering project time frame") is none either. */
// ("Any other reasonable duties …", "Ad hoc (administrative) duties as required"; not "support the team on ad-hoc tasks and initiatives",
// "managing ad hoc projects".)
const CATCH_ALL = /\b(?:other|related|similar|additional|any)\s+(?:(?:reasonable|ad[\s-]?hoc|general|such)\s+)?(?:duties|tasks|work|assignments|responsibilities)\b|\bad[\s-]?hoc\s+(?:[\p{L}-]+\s+)?(?:duties|tasks|work|assignments|responsibilities)(?=\s*(?:as\b|when\b|where\b|[.;]?\s*$))|\bnot limited\b/iu;
const NOT_A_DUTY =
  /\b(?:following|these|their|his|her) (?:duties|responsibilities|tasks|activities|functions)\b(?!\s+of\b)|\b(?:learn|read|find out) more\b|^\S+\s+(?:that|to|at|in|on|for|with|of|our|the|a|an)$|\s(?:under|into|onto|on|at|by|from|about|as|than|and|or|the|a|an|our|their|its|your|his|her|we|you|they|that|which|who|will|shall|would|must|should|can|aimed|designed|intended|geared|according|due|keen|able|prior|subject)$|\S['’]s$|^\p{L}+\s+(?:owned|operated|funded|founded|established|headquartered|based|registered|licensed)\s+(?:by|in)\b|^(?:considering|taking into (?:account|consideration))\b/iu;

/**
 * The advert's invitations and offers: "Apply for the job", "Take your next career step with us", "Read our technical blog", "able
 * to progress in your career", "shape your own career", "realise your potential", "Fruits & drinks for free".
 */
const OUR_MEDIUM = /\bour (?:[a-z-]+\s+){0,2}(?:newsletter|webinars?|podcasts?|videos?|website|social media|linkedin|youtube|instagram|twitter)\b/i;
/** A duty that opens with a verb of doing, not of reading or following. */
const TASK_ON_MEDIUM = /^(?!(?:read|check|follow|visit|watch|subscribe|sign|join|see|find|like|look|listen|hear|learn|discover)\b)\p{L}+/iu;
const INVITATION = /\bapply (?:for (?:the|this|our) (?:job|position|role|vacancy|post|gig|opening)|now|online|today|if\b)|\bwith us\b|\byour (?:next |own )?career\b|\ba career (?:with|at)\b|\b(?:reali[sz]e|reach|fulfil+|unlock|unleash)(?:s|ing)?\s+(?:your|their)\s+(?:full\s+)?potential\b|\bleav(?:e|es|ing)\s+(?:your|a|their)\s+(?:mark|footprint)\b|\bcareer (?:step|move)\b|\bour (?:tech(?:nical)? )?(?:blog|careers? page)\b|^(?:read|check out|follow|visit|watch|subscribe to|sign up (?:to|for)|join)\s+(?:us|our)\b|^meet\s+(?:[a-z-]+\s+){0,2}(?:colleagues|team(?:mates)?|people)\b|\bfor (?:further|more) (?:information|details)\b|\b(?:for free|free of charge|at no (?:extra |additional )?cost)\b|\brefer\s+a\s+friend\b|\b(?:receive|earn|get|win)\s+(?:up\s+to\s+)?[£$€]\s?\d/i;

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

/** "ready to take the next step (in your career)": the candidate's move, no competency. */
const NEXT_STEP = /^(?:(?:ready|willing|eager|keen|looking)\s+to\s+)?tak(?:e|es|ing)\s+(?:the|your|their)\s+next\s+(?:big\s+)?step\b/i;

/** "Note: …" is a remark; "Fostering a diverse workplace is an important part of …" has the -ing clause as its subject. */
const GERUND_SUBJECT = /^note\b|^\p{L}+ing\b[^,;:]*?\s(?:is|are)\s(?:an?|the|part|important|essential|key|critical|vital|central)\b/iu;

/** The selection process ("will be short listed and contacted"): what happens to applicants, not what they need. */
export const SELECTION = /\bshort[- ]?list(?:ed|ing)?\b|\bwill be (?:contacted|considered)\b/i;

/** Skills the employer offers to develop ("develop your professional and personal skills", "learning new skills"): training offered, not asked. */
const DEVELOPED_BEFORE = /\b(?:develop|grow|improve|broaden|expand|build|learn|acquire)(?:ing|s)?\s+(?:your|their|new)\s+(?:own\s+)?(?:[\p{L}-]+,?\s+(?:and|&)\s+)?$/iu;
// ("Building skills and careers", "developing skills and yourself further": skills grown, none named.)
const NEW_SKILLS = /^(?:(?:learn|acquir)(?:ing|e)?\s+new\s+skills|(?:develop|build|improv|enhanc|hon|sharpen|strengthen|expand|broaden|grow)(?:ing|e|s)?\s+(?:(?:new|your|their|own)\s+)*skills)\b/i;

/** "develop yourself", "challenge yourself", "learn from security experts": the candidate's own growth, which the employer offers, is no task. */
const SELF_GROWTH = /^(?:(?:develop|grow|challenge|push|stretch|improve|educate|upskill|immerse)(?:s|ing)?\s+(?:yourself|themselves)\b|learn(?:s|ing)?\s+from\b|(?:develop|grow|improve|build|broaden|expand|enhance)(?:s|ing)?\s+(?:your(?:\s+own)?|their\s+own)\s+(?:[\p{L}-]+\s+){0,2}(?:skills?|skill\s*set|knowledge|expertise|career)\b)/iu;

/** "Covering this process you can look forward to a lot of cross-functional projects": what the post holds in store, offered. */
const LOOK_FORWARD = /\byou(?:['’]ll|\s+will|\s+can|\s+may)\s+(?:also\s+)?(?:look forward to|benefit from)\b/i;

export function offeredDevelopment(m: Mention, text: string): boolean {
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

/** "(will) receive regular supervision from the Consultant", "be given full training": what the post holder is given, no task. */
const GIVEN_TO_HOLDER =
  /^(?:receive|be given|be offered|be provided with|have access to)\s+(?:(?:regular|ongoing|full|formal|clinical|monthly|weekly|line|management|dedicated|structured|comprehensive|excellent|high[- ]quality|appropriate)\s+)*(?:supervision|training|support|induction|mentoring|coaching|feedback|appraisals?|preceptorship|development|CPD)\b/i;

/** A catch-all line is neither a duty nor a skill ("experience in related work" is a qualification); a label before a colon ("Start date:", "Direct superior:") is a field name, not a duty; nor is a cut fragment or a remark. */
export function isNotACompetency(m: Mention, text: string): boolean {
  if (AGE.test(m.text) || RIGHT_TO_WORK.test(m.text) || workPlace(m)) return true;
  if ((m.kind === 'duty' || m.kind === 'skill') && (CATCH_ALL.test(m.text) || INVITATION.test(m.text) || NEXT_STEP.test(m.text) || OWN_TRANSPORT.test(m.text))) return true;
  if (m.kind === 'duty' && GIVEN_TO_HOLDER.test(m.text)) return true;
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
  // ("… and enjoy mentoring junior engineers" read as "enjoy": liking without what is liked.)
  if (m.kind === 'skill') return CUT_OFF.test(m.text) || LIKING_ALONE.test(m.text) || WORKING_TIME.test(m.text) || SCHEDULE.test(m.text) || SKILLS_KIND.test(m.text) || EMPLOYMENT_CHECK.test(m.text) || /^be(?:ing)?\s+(?:a\s+)?part\s+of\b/i.test(m.text) || ON_CALL.test(m.text) || OBTAIN_IT.test(m.text);
  if (m.kind !== 'duty') return false;
  return (/^\s*[:：]/u.test(text.slice(m.end, m.end + 3)) && m.text.split(/\s+/).length <= 3) || NOT_A_DUTY.test(m.text) || DANGLING_PREPOSITION.test(m.text) || GERUND_SUBJECT.test(m.text) || IDIOM.test(m.text) || WORKING_TIME.test(m.text) || EMPLOYMENT_CHECK.test(m.text) || POINTS_BACK_ONLY.test(m.text);
}

/** "Own transport essential", "Access to own vehicle": a means of getting to work, a condition of the post (not "own the roadmap"). */
const OWN_TRANSPORT = /^(?:(?:access\s+to|use\s+of)\s+(?:(?:a|your|their)\s+)?)?own\s+(?:transport|car|vehicle)\b/i;

const LIKING_ALONE = /^(?:enjoy|love|like|thrive|care|excel)s?$/i;

/** An ability to obtain what was named before, its object left out ("… or ability to obtain within 30 days", "willing to gain it"). */
const OBTAIN_IT = /^(?:the\s+)?(?:ability|willingness|able|willing|prepared)\s+to\s+(?:obtain|gain|acquire|achieve|complete|get|secure|attain)(?:\s+(?:it|one|this|them|the same))?(?:\s+(?:within|in|by|during|before|after|once)\b.*)?$/i;

/** "work towards it", "achieve this": a verb whose whole object points back to what was named before names no task. */
const POINTS_BACK_ONLY = /^[\p{L}-]+(?:\s+(?:towards?|to|with|on|for|at|into|about|from))?\s+(?:it|them|this|these|those|that)\s*$/iu;
