// Who does what a sentence says and whether it is the post holder's task: the subjects, modals and lead-ins that open a
// duty ("You will …", "The post holder will …", "To …", "looking for a … to …"), and those that say it is not one.
import { firstMatch, guarded } from './context.js';
import type { LexiconIndex } from './lexicon.js';

/**
 * "The COP will ensure …", "They also manage employees …", "The primary role of the Junior Physiotherapist is
 * to assist …": the role (any short noun phrase with a modal, or a pronoun) and then what it does.
 */
export const ROLE_MODAL =
  /^(?:(?:the|our|this|each|a|an)\s+(?:[\p{L}-]+\s+){0,5}?(?:will|shall|would)\s+(?:also\s+)?|(?:they|he|she|he\s*\/\s*she|he or she|s\/he)\s+(?:also\s+|will\s+(?:also\s+)?)?(?=\p{Ll})|(?:the\s+)?(?:(?:main|primary|key|overall)\s+)?(?:role|job|purpose|task|aim|objective)\b[^.;]{0,60}?\b(?:is|will be)\s+to\s+)/iu;

/** A subject that is the employer or its work, not the role ("this five-year activity", "the programme", "we"; "As a Disability Confident employer, we will …"). */
export const ORGANIZATION_SUBJECT =
  /^(?:(?:as an? [^,]{1,60},\s*)?we\b(?!\s+(?:(?:will|would)\s+)?(?:expect|require)\s+you\b)|[^,;]*\b(?:project|activity|activities|programme|program|organi[sz]ation|company|initiative|award|grant|fund|agency|mission|vision|consortium|partnership|cent(?:er|re)|institute|department|faculty|university|school|hospital|trust|foundation|firm|business|group|unit|lab|laboratory|division)\s+(?:will|shall|would|is|are)\b)/i;

/** The head noun of "The <noun phrase> will": a person or a role ("The COP", "The junior Physiotherapist", "the
 * manager"), not a thing ("The list will tell you …", "This will take up …", "The research will focus …"). */
export const ROLE_HEAD = /(?:^|\s)(?:\p{Lu}[\p{L}-]*|[\p{L}-]{2,}(?:er|or|ist|ian|ant|ent|ee)|(?:nurse|lead|head|holder|person|candidate|individual|professional|worker|staff|position|role|job|post))\s+(?:will|shall|would)\s/u;
export const THING_SUBJECT = /^(?:the|our|this|each|a|an)\s+(?:[\p{L}-]+\s+){0,5}?(?:will|shall|would)\s/iu;

/** After "you will" or "the role will": where the job is and what it offers, not a task ("You will be working
 * with highly experienced colleagues", "You'll work in a collaborative environment", "will make a great candidate",
 * "You will receive a comprehensive preceptorship programme"). */
export const NOT_A_TASK =
  /^(?:be\s+)?(?:work(?:ing)?\s+(?:alongside\b|(?:in|at|from|within)\s+(?:a|an|our|the|highly|dedicated|some)\b(?!\s+(?:boundaries|limits|scope|framework|remit|parameters|policies|guidelines|codes?|standards)\b))|work(?:ing)?\s+with\s+(?:highly|some|an?\s+(?:great|amazing|talented|dedicated))\b|join(?:ing)?\b|refer\s+to\b|report\s+to\b|make\s+an?\s+(?:great|good|strong|ideal|excellent)\b|be\s+based\b|tak(?:e|ing)\s+up\b|enjoy(?:ing)?\b|hav(?:e|ing)\s+(?:the|an?)\s+(?:opportunity|chance)\b|receiv(?:e|ing)\s+(?:\S+\s+){0,4}?(?:training|induction|support|supervision|preceptorship|programme|program|package|salary|pay|bonus|benefits|development|mentoring|coaching)\b|benefit(?:ing|ting)?\s+from\b|have\s+access\s+to\b|start\s+(?:on|with)\s+(?:\d|a\b|an\b))/i;

/** The object of a verb that sends an application, not a task: "your CV", "copies of your diplomas", "publication list". */
const APPLICATION_DOCUMENT =
  /^\s+(?:(?:your|a|an|the|two|three|\d(?:\s*-\s*\d)?|complete|full|updated|short|brief|copies|copy|list|scanned)\s+(?:of\s+)?)*(?:cvs?|resumes?|résumés?|curriculum vitae|cover(?:ing)? letters?|motivation(?:al)? letters?|letters? of (?:motivation|recommendation|reference)|publication list|list of publications|reprints|transcripts?|diplomas?)\b/i;

/** The object of a verb that offers the job, not a task: "you the opportunity", "you significant opportunities", "this chance". */
const OPPORTUNITY = /^\s+(?:you\s+(?:(?:the|an?|many|numerous|great|significant|excellent|unique|plenty\s+of)\s+)*|this\s+)(?:opportunit(?:y|ies)|chances?)\b/i;

/**
 * After a verb-like first word, what shows it is a noun: a date or a time ("Start date", "Review dates"), a web
 * form's button or list ("Submit button", "Select from dropdown", left in a posting copied from its page), or a
 * phrase of a preposition before a modal and "be" ("Interview for this post will be held …", "Training for new
 * staff will be provided"; a task's object comes first: "Ensure all staff will be …").
 */
const NOUN_SUBJECT = /^(?:\s+(?:dates?|times?|deadlines?|buttons?|(?:from\s+(?:the\s+)?)?drop-?down)\b|\s+(?:for|of|in|on|at|with|from)\s+(?:(?!\b(?:that|who|which|where|when|whom|whose|so|and|or|if|to|as|because|while|whilst|until|once)\b)[^,;:])*?\s(?:will|shall|would|must|can|could|may|might|is|are)\s+(?:(?:most|more|very|\p{L}+ly)\s+)*be\b)/iu;

/**
 * After a task-like first word: what the job offers ("you the opportunity to …"), an application sent ("your CV"),
 * or a noun ("date", "will be held"): no task.
 */
export function noTaskAfter(afterVerb: string): boolean {
  return OPPORTUNITY.test(afterVerb) || APPLICATION_DOCUMENT.test(afterVerb) || NOUN_SUBJECT.test(afterVerb);
}

/** A verb whose whole object points back to something named before ("or be willing to obtain one", "maintain it"): no task. */
export const PRONOUN_OBJECT = /^\s*\p{L}+\s+(?:it|them|one|this|that|these|those)\s*[.;,!?)]*\s*$/iu;

/**
 * "Reports to the Ward Manager", "work under the direction of the Physiotherapist", "take instructions from
 * …": a reporting line, not a duty; "perform some of the following activities": an introduction to a list.
 */
export const REPORTING =
  /^\s*(?:(?:(?:the|this)\s+(?:position|post|role|post\s*holder|job\s*holder|incumbent)\s+(?:will|shall)\s+(?:be\s+)?)?reports?(?:ing)?\s+(?:directly\s+|in\s+)?to\b|works?(?:ing)?\s+under\s+the\s+(?:direct\s+)?(?:direction|supervision|guidance|leadership)\b|(?:only\s+)?takes?\s+instructions?\b)|\bthe\s+following\s+(?:activities|tasks|duties|responsibilities)\b/i;

/** "To provide complex medicines information to patients": a duty written as the role's purpose. */
export const TO_LEAD = /^to\s+(?=\p{L})/iu;

/**
 * "To ensure the continuity of our operations, the company is adopting a policy …", "To support these
 * initiatives we have launched …": a purpose clause put before the sentence's own subject and verb says
 * why, not what the role does; the duty, if any, is the main clause. A pronoun after "ensure", "that", "when" …
 * opens a clause inside the task ("To process referrals and ensure they are triaged").
 */
export const FRONTED_PURPOSE = /^to\s+[^,;:.]{3,160}?(?:,|(?<!\b(?:ensure|ensures|make sure|check|verify|confirm|that|so|where|when|if|how|what|as|until|once)))\s+(?:we|you|they|he|she|i)\s+(?:(?:will|shall|would|have|has|are|is|can|must|also)\s+)*(?=\p{L})|^to\s+[^,;:.]{3,160},\s+(?:(?:the|our|this|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:is|are|was|were|has|have)\s+(?=\p{L})/iu;

// ("Under the direct supervision of the Coordinator, the Nutrition Officer will …": after a fronted phrase of how the role works;
// "Our Customer Service Advisors handle …": the role's holders, in the plural.)
/** Nouns of roles that a sentence's subject names. */
const ROLE_NOUNS = 'manager|nurse|engineer|developer|coordinator|co-ordinator|specialist|analyst|supervisor|assistant|director|officer|planner|accountant|executive|representative|consultant|administrator|technician|post ?holder|role ?holder|job ?holder|incumbent|employee|clerk|agent|controller|advisor|adviser|designer|scientist|architect|tester|operative|student|researcher|fellow|trainee|apprentice|intern|practitioner|therapist|worker|driver|receptionist|teacher|lecturer|midwife|pharmacist|physician|doctor|carer|chef|cook|secretary|appointee';

export const ROLE_SUBJECT = new RegExp(
  String.raw`^(?:(?:under|reporting\s+to|reporting\s+directly\s+to|working\s+(?:closely\s+)?with|within|in\s+(?:this|the)\s+role|as\s+(?:a|an|the|part\s+of))\b[^,;:.]{3,120},\s+)?(?:the|our|this|each|a|an|these)\s+(?:[\p{L}-]+\s+){0,3}?(?:lead|(?:${ROLE_NOUNS})s?)\s+(?:(?:will|shall|would)\s+(?:also\s+)?)?(?=\p{Ll})`,
  'iu',
);

/** "Healthcare Assistants provide personal care …": a role named in the plural, without an article, in Title Case. */
export const PLURAL_ROLE_SUBJECT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:${ROLE_NOUNS.replace(/(^|\|)(\p{L})/gu, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`)})s\s+(?:(?:will|shall|would)\s+(?:also\s+)?)?(?=\p{Ll})`,
  'u',
);

/** "… a Business Developer who will build …", "… and you will support …": the subject and its modal inside a sentence. */
export const INNER_MODAL = /\b(?:you|who|he\s*\/\s*she|he or she|s\/he)\s+(?:will|shall|would|are expected to|will be expected to)\s+(?:also\s+)?(?:be\s+(?=(?!working\b)[a-z]+ing\b))?(?!be\b|have\b|need\b|report\b|join\b|work\s+(?:in|at|from|with\s+(?:a|an|our|the))\b)/i;

export const SUBJECT_MODAL =
  /^(?:(?:as an? [^,]{1,60}?|in this (?:role|position|job)|day to day|every day)\s*,?\s+)?(?:(?:you|he|she|they|we|the (?:successful )?(?:candidate|post ?holder|role ?holder|job ?holder|employee|specialist|manager|account manager|incumbent)|this (?:role|position|person)|the role|the position)(?:\s+(?:will|shall|must|should|would|is expected to|are expected to|is required to|are required to|also)|['’]ll)|we\s+(?:(?:will|would)\s+)?(?:expect|require)\s+you\s+to)\s+(?:also\s+)?(?:be\s+(?:able\s+to\s+)?)?/i;

/** "You write clean, maintainable code", "You design and build …": the candidate's tasks in the present tense (not what
 * they have, are, like or bring: those are other kinds, read by their own rules). */
export const YOU_PRESENT =
  /^you\s+(?:(?:also|often|regularly|actively|closely|continuously|proactively)\s+)?(?!(?:have|has|are|were|need|want|wish|love|like|enjoy|get|join|know|understand|possess|hold|thrive|bring|share|care|believe|feel|see|think|can|could|may|might|speak|should|must|would|will|shall|do|don['’]t|did|already|excel|take pride|pride|describe|consider|identify with|fit|match|meet|come|hail|live|reside|apply|manage to|\p{L}+ly)\b)(?=\p{Ll})/iu;

/**
 * "We are looking for a Sous Chef to support our Head Chef …", "… hiring a Cyber Security professional to lead the
 * Endpoint Engineering team": what the person sought is hired to do is the job's task ("to join our team", "to help
 * us …", "to be …" are not; nor is the "to" of "someone with strong attention to detail").
 */
export const SOUGHT_TO = guarded(
  /\b(?:looking\s+for|seeking|looking\s+to\s+(?:hire|recruit|appoint)|recruiting|hiring|(?:want|need)(?=\s+an?\s))\s+(?:(?:an?|two|three|four|\d+)\s+)?(?:[\p{L}-]+\s+){1,6}?(?<!\b(?:attention|commitment|dedication|devotion|adherence|approach|access|exposure|passion)\s)to\s+(?!(?:join|become|be|help\s+(?:us|our)|work\s+(?:for|in|at|with\s+us)|fill|start|apply|grow\s+with)\b)(?=\p{Ll})/iu,
  // (One of its verbs: the regex is tried at every position.)
  /looking|seeking|recruiting|hiring|want|need/i,
);

/** "be an integral part of the multidisciplinary team, ", "be the first point of contact for customers, " before an "-ing" clause that says what the post holder does. */
export const PART_OF = /^(?:be\s+)?(?:an?\s+|the\s+)?(?:(?:integral|key|vital|important|active|core|valued|essential|first|main|primary|single)\s+)?(?:part|member|point\s+of\s+contact)\s+(?:of|for)\s+[^,;:.]{3,80},\s+(?=\p{Ll}+ing\s)/u;

/**
 * Whether the sentence says what the person sought is hired to do, or opens with what the post holder will do
 * ("As an Electrician you will install … , so an 18th Edition qualification is essential"): a task besides what it asks.
 */
export function statesTask(text: string, lex: LexiconIndex): boolean {
  if (firstMatch(SOUGHT_TO, text)) return true;
  const modal = SUBJECT_MODAL.exec(text);
  if (!modal) return false;
  // ("The successful candidate will be responsible for the day-to-day management of the team and will need …".)
  if (/\bbe\b/i.test(modal[0])) return /^responsible\s+for\b/i.test(text.slice(modal[0].length));
  const v = /^[\p{L}-]+/u.exec(text.slice(modal[0].length));
  return v !== null && v[0] === v[0].toLowerCase() && lex.verbs.has(v[0]) && !/^(?:have|be|need|possess|hold|bring|enjoy|join|receive|get)$/.test(v[0]);
}

/** "… and will provide …", "… and will be supporting …": a second clause with its own modal after "and". */
export const AND_MODAL = /,?\s+and\s+(?:will|shall|would)\s+(?:also\s+)?(?:be\s+(?=\p{L}+ing\b))?(?=\p{L})/iu;
