// What belongs to the employer rather than to the candidate, read just before or after a qualification's words: what the
// employer is or has, what it offers or funds, the colleagues the post works with, and the checks it makes on a new
// starter. qualification-triggers.ts drops a trigger these mark.

/** The employer as a sentence's subject names ("the practice", "our company"). */
const EMPLOYER_NOUN = String.raw`(?:company|business|organi[sz]ation|practice|school|trust|firm|group|client|charity|centre|home|nursery|hotel|restaurant|team)`;

/**
 * Just before a certificate's cue: the employer is, or is proud to be, what follows ("We are an accredited Living
 * Wage employer", "We are fully accredited with …", "X is a local NGO registered with …").
 */
export const EMPLOYER_IS = new RegExp(String.raw`(?:^|[.;!]\s+|\s)(?:we(?:['’]re|\s+are)|(?:our|the)\s+${EMPLOYER_NOUN})\s+(?:(?:is|are)\s+)?(?:(?:also|now|very|proud|delighted|pleased|happy)\s+(?:to\s+be\s+)?)*(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,4}$|(?:^|[.;!]\s+|\s)we(?:['’]re|\s+are)\s+(?:(?:fully|also|now|proudly)\s+)?$|\s(?:is|are)\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,4}(?:organi[sz]ations?|company|companies|charity|charities|firm|business|agency|provider|institution|association|enterprise|NGO)\s+$`, 'iu');

/** "our award-winning apprenticeship scheme", "our accreditation": the employer's own. */
export const OUR_BEFORE = /\bour\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "We have been serving … for over", "our team has worked in the sector for": how long the employer has done something. */
export const EMPLOYER_FOR = new RegExp(String.raw`\b(?:we|we['’]ve|our\s+[\p{L}-]+|the\s+${EMPLOYER_NOUN})\s+(?:have|has|['’]ve)?\s*(?:been\s+)?(?:[\p{L}-]+\s+){1,5}?for\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|around\s+)?(?:a\s+)?$`, 'iu');

/** "We bring many years of experience", "our team has several years of …": what the employer has. */
export const EMPLOYER_HAS = /\b(?:we|our\s+[\p{L}-]+|they)\s+(?:have|has|bring|brings|combine|combines|boast|boasts)\s+(?:got\s+)?$/iu;

/** A qualification the employer gives: studied for with its support, funding or enrolment. */
export const OFFERED_BEFORE =
  /\b(?:(?:support|help|fund|sponsor|enable|allow|encourage)\w*\s+(?:you|them|staff|employees|the\s+(?:successful\s+)?(?:candidate|applicant|post\s*holder))\s+(?:to\s+|in\s+|through\s+|with\s+)|(?:be|being|are|is|get)\s+(?:fully\s+)?(?:supported|funded|sponsored)\s+(?:to|in|through)\s+|funding\s+(?:is\s+available\s+)?(?:for|to)\b|enrol(?:l?ed)?\s+(?:on|onto|in)\s+|opportunity\s+to\s+|(?:leading|lead|leads)\s+to\s+|(?:we|our\s+\w+)\s+(?:will\s+)?(?:offer|provide|fund|pay\s+for|sponsor)\s+|(?:training|support|funding)\s+(?:will\s+be|is|are)\s+(?:provided|offered|given|available)\b)[^.;!?]*$/i;

/**
 * "as delegated by the registered nurse", "alongside our Registered Nurses", "the RMN on shift": a profession after
 * "the", "our" or an agent's preposition is a colleague the post works with, not what the candidate is asked to be.
 */
export const COLLEAGUE_BEFORE = /\b(?:the|our|their|other|by|alongside|supporting|support|assist|assisting)\s+(?:(?:senior|qualified|lead|named|duty|allocated|supervising)\s+)?$/i;

/** A check the employer makes on a new starter ("DBS check", "enhanced disclosure", "CRB vetting"), from the cue's end. */
const CHECK_NOUN = /^(?:\s+(?!will\b|is\b|are\b)[\p{L}'’-]+){0,3}?\s+(?:checks?|disclosures?|vetting|screening)\b/iu;
/** "… will be carried out", "… will be required for this post": the employer's step, said of the check. */
const CHECK_DONE = /^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:will|would|may|shall)\s+(?:also\s+)?be\s+(?:required|carried\s+out|undertaken|requested|sought|obtained|completed|processed|conducted|made|needed|necessary)\b/iu;
/** "Offers are conditional on …", "subject to satisfactory references and a …": the offer's conditions, a list of them too. */
const CONDITION_BEFORE = /\b(?:subject\s+to|conditional\s+(?:up)?on|dependent\s+(?:up)?on|contingent\s+(?:up)?on)\s+(?:[^\s.;:]+\s+){0,6}$/i;

/**
 * Whether the certificate cue at [start, end) names a check the employer makes rather than something the candidate
 * holds: "An enhanced DBS check will be required for this post", "Offers of employment are conditional on a
 * satisfactory DBS check" (mentions.md: "must hold a valid DBS check" is asked of the candidate).
 */
export function employersCheck(text: string, start: number, end: number): boolean {
  // (The cue may end in the check's noun itself: "disclosure".)
  const noun = /\b(?:checks?|disclosures?|vetting|screening)$/i.test(text.slice(start, end)) ? [''] : CHECK_NOUN.exec(text.slice(end));
  if (!noun) return false;
  return CHECK_DONE.test(text.slice(end + noun[0].length)) || CONDITION_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
