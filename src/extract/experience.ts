// Experience asked of the candidate: where its words start in a text, and what is experience of something else.
import type { QualificationFields } from '../types.js';
import { guarded, matches } from './context.js';

/**
 * Work the candidate is asked to have done ("You will have managed a team …", "candidates who have led …", "expected to
 * have conducted …"): experience, as "worked in" is. Verbs of obtaining ("obtained", "completed", "gained") are left to
 * what they obtain, a degree or a certificate.
 */
const DONE = '(?:managed|led|supervised|run|delivered|developed|built|designed|implemented|conducted|undertaken|overseen|coordinated|taught|supported|handled|sold|operated|maintained|administered|produced|created|launched|deployed|performed)';

/** "You have developed some amazing technical skills": abilities grown, which the candidate has now (a skill), no work done. */
const NOT_SKILLS_DONE = String.raw`(?!(?:[\p{L}-]+\s+){0,3}(?:skills?|abilit(?:y|ies)|knowledge|understanding|expertise|experience|competenc(?:e|ies))\b)`;
const DONE_AT = new RegExp(`^${DONE}`, 'i');
/** Work done joined to the first, in the same sentence: "…, delivered …", "… and delivered …". */
const DONE_JOINED = new RegExp(String.raw`(?:,|\sand)\s+(${DONE})\s+${NOT_SKILLS_DONE}(?=\S)`, 'giu');

/**
 * Adjectives before "experience", and any hyphenated modifier ("post-registration", "post-qualification"), and where it
 * was gained ("experience gained in a retail environment"); "Experienced in …", "You will have worked in …", "Our ideal
 * candidate has worked in …", "a Chef de Partie who has worked in …" and work done (DONE) ask for experience too.
 */
const EXPERIENCE = guarded(
  new RegExp(String.raw`(?<![\p{L}-])(?:(?:previous|proven|demonstrable|demonstrated|relevant|recent|significant|substantial|extensive|some|prior|hands-on|hands on|practical|working|professional|solid|strong|good|direct|practical|technical|industry|field|work|\p{L}+-\p{L}+)\s+)*(?:(?:experience|background)\s+(?:(?:gained|acquired|obtained)\s+)?(?:(?:of|in|with|using|within|on|at|as)\s+(?=\S)|(?=[\p{L}]+ing\b))|track record\s+(?:in\s+(?=\S)|of\s+(?=\p{Ll}+ing\b))|experienced\s+(?:in|with)\s+(?=\S)|(?<=\b(?:(?:will|must|should|['’]ll)\s+have|(?:expected|required|needs?)\s+to\s+have|(?:you|(?:ideal|successful|right)\s+(?:candidate|applicant|person))\s+(?:has|have)|(?:someone|somebody|anyone|those|candidates?|applicants?|people|individuals?|persons?|professionals?|(?<=\b(?:a|an)\s+(?:\S+\s+){0,3})\p{Lu}\p{Ll}+)\s+who\s+(?:has|have))\s+(?:(?:previously|already|recently|ideally)\s+)?)(?:worked\s+(?:\p{Ll}+ly\s+)?(?:in|with|within|as|on|for)\s+|${DONE}\s+${NOT_SKILLS_DONE})(?=\S))`, 'giu'),
  // Every match has one of these: the words its alternatives end with.
  new RegExp(`experience|background|track record|worked|${DONE}`, 'iu'),
);
/** "refugee intervention experience", "Automotive background": experience named by what precedes it. */
// (A pay band's number is a word of the name: "Band 5 experience".)
const NAMED_EXPERIENCE = /((?:(?:[\p{L}][\p{L}\p{N}&/-]*|(?<=\bband\s+)\d{1,2}[a-z]?)\s+){1,4})(?:experience|background|expereince)\b(?!\s+(?:of|in|with|using|within|on|at)\b)/giu;
const NAMED_KEYWORD = /experience|background|expereince/giu;
const NAMED_AT = new RegExp(NAMED_EXPERIENCE.source, 'iuy');
const SPACE = /\s/;
const WORD_PART = /[\p{L}\p{N}'’]/u;

/**
 * "management experience in a retail setting", "Clinical experience in an acute setting": the word before the
 * keyword that says what kind of experience it is belongs to it ("working experience in …"); not a verb of asking,
 * an adverb or a small word ("We also expect experience …", "however experience with …", "or have equivalent …").
 */
function kindBefore(text: string, at: number): number {
  const band = /\bband\s+\d{1,2}[a-z]?\s+$/i.exec(text.slice(Math.max(0, at - 12), at));
  if (band) return at - band[0].length;
  const word = /(?:^|\s)([\p{L}][\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!word) return at;
  if (!kindWord(word[1]) || /ly$/i.test(word[1])) return at;
  let start = at - word[0].length + word[0].search(/\S/);
  // ("Team Leader experience within …": a role in Title Case before it is named whole, up to three words.)
  for (let k = 0; k < 2 && /^\p{Lu}\p{Ll}/u.test(text.slice(start)); k++) {
    const prev = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (!prev || !kindWord(prev[1])) break;
    start -= prev[0].length - prev[0].search(/\S/);
  }
  return start;
}

/** Where the kind before a conjunction at `and` starts (up to three words), or `start` when no kind word is there. */
function coordinatedKind(text: string, and: number, start: number): number {
  const before = /((?:[\p{L}][\p{L}\p{N}/-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, and - 60), and));
  if (!before || REQUIREMENT_HEAD.test(before[1].trim().split(/\s+/).pop()!)) return start;
  const words = [...before[1].matchAll(/\S+/g)];
  let k = words.length;
  while (k > 0 && kindWord(words[k - 1][0]) && !/ly$/i.test(words[k - 1][0])) k--;
  return k === words.length ? start : and - before[1].length + (words[k].index ?? 0);
}

const kindWord = (w: string): boolean => !NOT_EXPERIENCE_WORD.test(w) && !NOT_KIND_WORD.test(w.toLowerCase());

const NOT_KIND_WORD = /^(?:also|both|either|neither|however|but|although|though|whereas|while|whilst|ideally|preferably|especially|particularly|equivalent|similar|comparable|sufficient|adequate|appropriate|such|some|all|other|we|you|they|i|he|she|it|me|us|them|his|her|its|my|expect|expected|need|needs|require|requires|want|seek|value|demonstrate|show|bring|offer|like|love|as|if|then|than|so|etc)$/;

/**
 * NAMED_EXPERIENCE's matches, as its global loop finds them. Tried at every position, the regex cost
 * about 400 ns per character (up to four words read from each); a match's words are at most four
 * white-space runs before its keyword, so it is tried (sticky) only there, in order.
 */
function namedExperience(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  NAMED_KEYWORD.lastIndex = 0;
  for (let k = NAMED_KEYWORD.exec(text); k !== null; k = NAMED_KEYWORD.exec(text)) {
    const q = k.index;
    NAMED_KEYWORD.lastIndex = q + 1;
    if (q === 0 || !SPACE.test(text[q - 1])) continue;
    // Back from the keyword to the fifth run of white space: the words cannot reach past it.
    let p = q;
    for (let runs = 0, inRun = false; p > 0; p--) {
      const space = SPACE.test(text[p - 1]);
      if (space && !inRun && ++runs === 5) break;
      inRun = space;
    }
    for (p = Math.max(p, from); p < q; p++) {
      // (From a word's start: "the candidate's experience" is whose experience, not a kind "s".)
      if (p > 0 && WORD_PART.test(text[p - 1])) continue;
      NAMED_AT.lastIndex = p;
      const m = NAMED_AT.exec(text);
      if (m === null) continue;
      out.push(m);
      from = p + m[0].length;
      break;
    }
    from = Math.max(from, q);
  }
  NAMED_KEYWORD.lastIndex = 0;
  return out;
}
const NOT_EXPERIENCE_WORD = /^(?:with|of|in|on|at|for|to|have|has|having|had|possess|possesses|possessing|any|no|our|your|their|the|a|an|and|or|previous|prior|more|years?|yrs|gain|gained|get|bring|is|are|be|will|must|should|required|minimum|including|plus|this|that|which|who|from|following|personal|above|below|need|needs|require|requires|want|wants|expect|expects|seek|seeks)$/i;
/**
 * "user experience", "a great customer experience", "help people experience the world": what a product
 * gives the people who use it (or the verb), not experience the candidate has; nor is "irrespective of …
 * ethnic background" (what an equal-opportunity line lists).
 */
const NOT_CANDIDATE_EXPERIENCE =
  /(?:^|[\s-])(?:users?|customers?|clients?|guests?|patients?|visitors?|players?|members?|fans?|viewers?|shoppers?|people|developers?|shopping|viewing|TV|great|best|seamless|better|stable|amazing|unique|memorable|shar(?:e|es|ing)|gain(?:s|ing)?|broaden(?:ing)?|learning|play|cultural|ethnic|racial|religious|socio-?economic)\s+$/i;
/**
 * "applications from all regardless of age, gender … social economic background": what the employer does not weigh, in a
 * list that runs up to it (not "Regardless of the project, you will have experience in …").
 */
const REGARDLESS = /\b(?:(?:regardless|irrespective)\s+of|without\s+regard\s+to)\b((?:(?!\b(?:you|we|they|will|have|has|had|must|should|is|are|be)\b)[^.;:!?])*)$/i;
const regardless = (text: string, at: number): boolean => REGARDLESS.test(text.slice(Math.max(0, at - 250), at));
/** "the best play experience", "a unique wine shopping experience": what a product gives, praised. */
const PRODUCT_EXPERIENCE = /\b(?:best|unique|amazing|seamless|memorable|immersive|exceptional|world-class|our|their)\s/i;
/**
 * "a cultural experience that was once out of reach": an experience described, not one asked for; "the ultimate
 * experience for our customers": one given to others (not "relevant experience for the role", nor "Xero experience for
 * their busy accountancy practice", where the candidate will work).
 */
const DESCRIBED_AFTER =
  /^\s+(?:(?:that|which)\s+(?:was|is|are|were|has|have|had|will|can)|for\s+(?:our|their|your|the|millions|people|users|customers|clients|everyone)(?!\s+(?:[a-z-]+\s+){0,2}(?:role|post|position|job|vacancy|practice|team|office|company|firm|business|department|organi[sz]ation|site|store|branch|clinic|ward)\b))\b/i;
/** "With 40 years of experience, we …": more years than a career asks are the employer's. */
export const MAX_CAREER_YEARS = 25;
const EMPLOYER_YEARS = /(\d+)\+?\s*(?:years?|yrs)\b/i;
export const OPENS_WITH_EXPERIENCE = /^(?:(?:proven|demonstrated|demonstrable|strong|solid|extensive|previous|prior|relevant|significant|substantial|considerable|practical|hands-on)\s+)?experience\s+(?:in|of|with|working|applying|managing|leading|developing|using|delivering|supporting)\b/i;

const WITH_BEFORE = /\swith\s+(?:an?\s+)?$/i;
/** The words after "with" that make what follows a requirement of its own ("a degree with significant experience …"); qualifications.ts's CLAUSE_STOP ends a clause there too. */
export const EVALUATED_WORDS = 'excellent|outstanding|exceptional|strong|proven|sound|solid|significant|substantial|extensive|considerable';
const EVALUATED = new RegExp(`^(?:${EVALUATED_WORDS})\\s`, 'i');
/** A kind of experience graded on its own ("… and solid product management experience"). */
const GRADED_KIND = new RegExp(`^(?:${EVALUATED_WORDS}|good|great|excellent|relevant|comparable|similar|equivalent|previous|prior|foremost)$`, 'i');
/** What names another requirement, not a kind of experience. */
const REQUIREMENT_HEAD = /^(?:skills?|qualifications?|degrees?|diplomas?|knowledge|understanding|flair|abilit(?:y|ies)|training|education|certificat\w*|licen[cs]es?|first)$/i;

/** A comma and at most one word before the experience: listed apart from the requirement before it. */
const LISTED_AFTER = /,\s+(?:[\p{Ll}-]+\s+)?$/u;

/** Where the experience a text asks for starts ("experience in/with X", "refugee intervention experience"), added to `out` unless a requirement just before it holds it. */
export function experienceTriggers(text: string, out: { at: number; fields: QualificationFields }[], addedBefore: RegExp): void {
  for (const e of matches(EXPERIENCE, text)) {
    // (read up to the word itself: a hyphenated modifier may name the user, "end-user experience").
    if (NOT_CANDIDATE_EXPERIENCE.test(text.slice(Math.max(0, e.index - 20), e.index + e[0].search(/experience|background|track/i))) || regardless(text, e.index)) continue;
    if (Number(EMPLOYER_YEARS.exec(text.slice(Math.max(0, e.index - 20), e.index + 12))?.[1] ?? 0) > MAX_CAREER_YEARS) continue;
    // Near another requirement it is that one's experience ("2 years of experience in …"), unless added to it ("QTS and
    // experience of …", "a degree in Finance with a proven track record in audit").
    // (So is experience a certificate's holder brings: "a qualified electrician holding the 18th Edition with experience in …".)
    // (And experience listed after a comma: "MCIPS (or studying towards it), demonstrable experience of …".)
    const added = (gap: string, t: { fields: QualificationFields }) =>
      addedBefore.test(gap) ||
      (t.fields.minYears === undefined && LISTED_AFTER.test(gap)) ||
      (WITH_BEFORE.test(gap) && (EVALUATED.test(e[0]) || (t.fields.certification !== undefined && t.fields.minYears === undefined && !t.fields.degreeLevel)));
    if (!out.some((t) => t.at <= e.index && e.index - t.at < 50 && !added(text.slice(t.at, e.index), t))) out.push({ at: kindBefore(text, e.index), fields: {} });
    // "… will have led a small team and delivered projects on time": the work done joined to it is asked too.
    if (DONE_AT.test(e[0])) {
      const from = e.index + e[0].length;
      const stop = text.slice(from).search(/[.;:!?]/);
      for (const j of matches(DONE_JOINED, text.slice(from, stop < 0 ? text.length : from + stop))) out.push({ at: from + j.index + j[0].lastIndexOf(j[1]), fields: {} });
    }
  }
  for (const e of namedExperience(text)) {
    // The words that name the experience, read back from it up to a word that is not part of the name.
    const words = [...e[1].matchAll(/\S+/g)];
    let k = words.length;
    while (k > 0 && !NOT_EXPERIENCE_WORD.test(words[k - 1][0]) && (!/^\d/.test(words[k - 1][0]) || /^band$/i.test(words[k - 2]?.[0] ?? ''))) k--;
    if (k === words.length || NOT_CANDIDATE_EXPERIENCE.test(e[1]) || PRODUCT_EXPERIENCE.test(e[1]) || DESCRIBED_AFTER.test(text.slice(e.index + e[0].length)) || regardless(text, e.index)) continue;
    let start = e.index + (words[k].index ?? 0);
    // "Cash handling and till operation experience": the kinds of experience joined by "and" share the word.
    // (Not another requirement before it, "a technical degree or comparable work experience", "commercial flair and solid
    // product management experience": an alternative, or a kind graded on its own.)
    // ("gender, age and ethnic background" is what an equal-opportunity line lists.)
    // ("Xero or Sage experience", "bar or restaurant experience": alternatives of one kind.)
    const joined = k > 0 && /^(?:and|&|or)$/i.test(words[k - 1][0]);
    if (joined && !GRADED_KIND.test(words[k][0]) && !/background$/i.test(e[0])) start = coordinatedKind(text, e.index + (words[k - 1].index ?? 0), start);
    if (!out.some((t) => t.at <= start && start - t.at < 50)) out.push({ at: start, fields: {} });
  }
}
