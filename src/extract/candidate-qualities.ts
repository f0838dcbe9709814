// The qualities a sentence says the candidate has or must have ("You are curious, self-driven and analytical", "a
// highly motivated individual", "We expect you to be proactive"): one skill per quality.
import { addMention, covered, firstMatch, guarded, matches, YOU_WILL_BE, type ItemContext } from './context.js';
import { isQuality, isQualityPair } from './lexicon.js';
import { isQualityWord, NOT_QUALITY } from './skills.js';
import { lemma } from './verbs.js';

/**
 * What a posting says the candidate is: "You are curious, self-driven and analytical", "must be flexible", "A
 * highly motivated individual with …", "should have a driving licence and be physically fit", "The ideal candidate
 * has excellent customer service skills, is friendly and punctual" (the having looked behind for only where "be", "is"
 * or "are" is, not at every position).
 * (Every phrase opens with a letter, so "(?<!\w)" is the word boundary "\b" was, which V8 tries slowly under the
 * i and u flags: see described-candidate.ts's ENJOYS.)
 */
const IS_CANDIDATE = guarded(
  new RegExp(
    String.raw`(?<!\w)(?:^(?:a|an)(?=\s+(?:[\p{L}-]+,?\s+(?:and\s+)?){1,4}(?:individual|person|candidate|professional)\b)|you are|you['’]re|are you|you should be|you must be|(?:and\s+)?be(?<=\b(?:should|must|will|shall|to)\s+(?:have|hold|possess)\s[^.;:!?]{1,100}?(?:\sand|,)\s+(?:and\s+)?be)|(?:and\s+)?(?:is|are)(?<=\b(?:candidate|applicant|person|individual|you)\s+(?:has|have|holds?|brings?|possess(?:es)?)\s[^.;:!?]{1,100}?,\s+(?:and\s+)?(?:is|are))|${YOU_WILL_BE}|you need to be|(?:expect|imagine|want|need|like|require|envision)\s+you\s+to\s+be:?|must be|should be|(?:ideal|successful|right) (?:candidate|applicant|person) (?:will be|is)|needs? to be|who is|who are|as an individual you are|you consider yourself(?: to be)?|you see yourself as|(?:looking for|seeking|recruiting|to recruit|to appoint|(?:we|who) (?:want|need|require))(?=\s+(?:a|an)\s)|(?<sought>looking for|seeking|(?<=\bwe\s)seek|recruiting|to recruit|to appoint|arisen for|opportunit(?:y|ies) for|(?:we|who) (?:want|need|require))(?=\s+\p{Ll}))\s+(?:(?:a|an|very|highly|extremely|really|naturally|genuinely|truly|both|also|always)\s+)*`,
    'giu',
  ),
  // (A word every phrase holds.)
  /individual|person|candidate|applicant|professional|you|must|should|need|who|looking|seek|recruit|appoint|want|requir|arisen|opportunit|and be/i,
);
/** The people a bare "looking for …" asks for: a job title in Title Case, or a noun of people ("… for an enthusiastic individual"). */
const PEOPLE = /^(?:\p{Lu}\p{Ll}|(?:individuals?|people|persons?|candidates?|applicants?|professionals?|colleagues?|graduates?|staff|nurses|midwives|\p{Ll}+(?:ers|ors|ists|ians|ants|ents))$)/u;
const TWO_WORD = /^\s+([\p{L}][\p{L}'’-]*)/u;
/** Words that end the list of qualities. */
const QUALITY_STOP = /^(?:with|in|at|to|for|of|about|on|from|by|who|that|which|when|where|because|but|so|you|we|our|your|the|this|it|is|are|be|have|has|can|will|would|within|across|into|as|than|if)$/i;
/** The first word of a two-word quality ("customer focused", "well organised", "results driven", "commercially minded"). */
const COMPOUND_LEAD = /^(?:customer|client|computer|patient|detail|results?|target|goal|solution|team|well|self|business|commercial|safety|quality|people|service|sales|data|security|cost)$/i;
/** The words an adverb makes a quality with ("commercially minded", "technically astute"; not "technically challenged"). */
const ADVERB_PAIRED = /^\s+(?:minded|aware|astute|savvy|literate|focused|driven|oriented)\b/i;
/** Words that open a quality named by the noun after them ("quick learner", "confident communicator"). */
const QUALITY_LEAD = /^(?:a|an|quick|fast|problem|hard|good|great|strong|confident)$/i;
const PERSON_NOUNS = 'player|solver|starter|learner|communicator|leader|negotiator|presenter|motivator|thinker|worker|listener|organiser|organizer|planner|networker|doer|achiever|mindset|mind-set|attitude';
const PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUNS})$`, 'i');
/** What follows a quality's lead word when the quality is more than that word. */
const LEAD_GOES_ON = new RegExp(`^\\s+(?:${PERSON_NOUNS}|in|at|with|when|[a-z]+ing)\\b`, 'i');

/**
 * The qualities a sentence says the candidate has ("As an individual you are positive open and dynamic",
 * "You are a team player and a quick learner"): one skill per adjective or "… player"-like noun.
 */
export function candidateQualities(ctx: ItemContext, confidence: number): number {
  const { text, lex } = ctx;
  let n = 0;
  for (const cue of matches(IS_CANDIDATE, text)) {
    const from = cue.index + cue[0].length;
    const copula = !cue.groups?.sought && /\b(?:be|are|re|is)\s+$/i.test(cue[0]);
    // ("If you are looking for an environment that …": what the candidate seeks is what the employer offers.)
    if (/\byou(?:['’]re|\s+are)?\s+(?:looking|seeking|searching)\b/i.test(text.slice(Math.max(0, cue.index - 12), from))) continue;
    let patientAt = -1;
    const parts: [number, number][] = [];
    // Words of the list no lexicon or ending tells a quality ("precise", "open"): qualities too when the list they are
    // coordinated in names one ("you are precise and focused", "positive, open and dynamic").
    const alongside = new Set<number>();
    const word = /[\p{L}][\p{L}'’-]*|[,/&]|\S/gu;
    word.lastIndex = from;
    let m: RegExpExecArray | null;
    let partStart = -1;
    let partEnd = -1;
    // Whether the open part has its quality word yet ("customer" waits for "focused").
    let named = false;
    let words = 0;
    const close = () => {
      if (partStart >= 0) parts.push([partStart, partEnd]);
      partStart = -1;
    };
    while ((m = word.exec(text)) !== null && words < 12) {
      const w = m[0];
      if (/^[,/&]$/.test(w) || /^(?:and|or)$/i.test(w)) {
        close();
        continue;
      }
      if (!/^\p{L}/u.test(w) || QUALITY_STOP.test(w) || isPassive(text, m, words === 0, lex)) break;
      words++;
      // "seeking an Advanced Clinical Practitioner", "recruiting a Senior Registered Nurse": a Title Case run is a job title.
      if (/^\p{Lu}\p{Ll}/u.test(w) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + w.length))) break;
      // ("You'll be patient, reliable and a good listener": right after "be", before a comma or the clause's end, "patient" is the
      // adjective; so it is after qualities listed, "must be caring, patient and reliable".)
      const adjective = (words === 1 || parts.length > 0) && copula && /^patient$/i.test(w) && /^\s*(?:[,.;!]|and\b|$)/i.test(text.slice(m.index + w.length));
      if (adjective) patientAt = m.index;
      // "physically fit", "self starter": a quality the lexicon names in two words, one part.
      const pair = partStart < 0 ? TWO_WORD.exec(text.slice(m.index + w.length)) : null;
      if (pair && isQualityPair(`${w} ${pair[1]}`, lex)) {
        partStart = m.index;
        partEnd = m.index + w.length + pair[0].length;
        named = true;
        word.lastIndex = partEnd;
        close();
        continue;
      }
      const quality = adjective || isQualityWord(w, lex);
      // "looking for an embedded SW engineer": a first word taken for an adjective by its ending alone, right before a
      // name or an acronym, says what kind of post it is ("dedicated practitioners" are people of that quality).
      if (words === 1 && quality && !adjective && !isQuality(w.toLowerCase(), lex) && /^\s+\p{Lu}/u.test(text.slice(m.index + w.length))) break;
      // Without commas ("positive open and dynamic") each adjective is its own quality.
      if (partStart >= 0 && !quality && PERSON_NOUN.test(w)) partEnd = m.index + w.length;
      // "customer focused", "well organised", "detail oriented": the word before shapes the quality.
      else if (quality && partStart >= 0 && !named && (COMPOUND_LEAD.test(text.slice(partStart, partEnd)) || /ly$/i.test(text.slice(partStart, partEnd)))) {
        partEnd = m.index + w.length;
        named = true;
      } else if (quality) {
        close();
        partStart = m.index;
        partEnd = m.index + w.length;
        named = true;
      } else if (partStart < 0 && /^(?:very|highly|extremely|really|truly|real|true|genuine)$/i.test(w)) {
        // An intensifier inside the list ("a team player, highly motivated", "a real team player": "real" is no quality) is no part of it.
        continue;
      } else if (partStart < 0 && (QUALITY_LEAD.test(w) || COMPOUND_LEAD.test(w) || (/ly$/i.test(w) && ADVERB_PAIRED.test(text.slice(m.index + w.length))))) {
        partStart = m.index;
        partEnd = m.index + w.length;
        named = false;
      } else if (partStart >= 0 && PERSON_NOUN.test(w)) partEnd = m.index + w.length;
      // ("… and a good listener": the article, then a lead word, then the noun.)
      else if (partStart >= 0 && !named && /^(?:a|an)$/i.test(text.slice(partStart, partEnd)) && QUALITY_LEAD.test(w)) partEnd = m.index + w.length;
      // "an experienced and highly motivated Medical Secretary": a word of the post, no quality, before more of them.
      else if (partStart < 0 && NOT_QUALITY.test(w) && /^\s*(?:,|and\b)/i.test(text.slice(m.index + w.length))) continue;
      else if (copula && (partStart < 0 || named) && isCoordinatedWord(w, text.slice(0, m.index), text.slice(m.index + w.length), lex)) {
        close();
        alongside.add(m.index);
        parts.push([m.index, m.index + w.length]);
      } else break;
    }
    close();
    // Without an article, "seeking innovative solutions" names no person: the qualities must describe people.
    if (cue.groups?.sought && !(m && PEOPLE.test(m[0]))) continue;
    for (const [a, b] of parts) {
      const span = text.slice(a, b).replace(/^(?:a|an)\s+/i, '');
      const start = b - span.length;
      const head = span.split(/\s+/);
      if (head.length > 1 && !PERSON_NOUN.test(head[head.length - 1]) && !(head.length === 2 && (COMPOUND_LEAD.test(head[0]) || /ly$/i.test(head[0])))) continue;
      if (head.length === 1 && start !== patientAt && !isQualityWord(span, lex) && !(alongside.has(start) && parts.some(([x]) => !alongside.has(x)))) continue;
      // ("a confident communicator": the noun after it names the quality; "confident in dealing with customers": the ability after it, abilities.ts.)
      if (head.length === 1 && QUALITY_LEAD.test(span) && LEAD_GOES_ON.test(text.slice(b))) continue;
      // "will be proficient in Python", "must be fluent in English": the word opens a knowledge cue, its object is the competency.
      if (firstMatch(lex.knowledgeCue, text.slice(start))?.index === 0) continue;
      if (covered(ctx, start, b, ['skill'])) continue;
      if (addMention(ctx, 'skill', start, b, span, confidence)) n++;
    }
  }
  return n;
}

/**
 * A lower-case word of a list of qualities, between its separators ("… and focused", "…, open and"), that is none of
 * the words that are no quality: no participle, gerund, adverb or noun by its ending ("… and documentation and"), no
 * small word.
 */
function isCoordinatedWord(w: string, before: string, after: string, lex: ItemContext['lex']): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) &&
    !/(?:ing|ed|ly|s|tion|sion|ment|ness|ity|ance|ence|ship|ism|ure|ogy)$/.test(w) &&
    !NOT_QUALITY.test(w) &&
    !QUALITY_STOP.test(w) &&
    // (A verb the lexicon knows only before the list goes on: "positive open and dynamic", not "friendly and work".)
    (!lex.verbs.has(w) || !/\b(?:and|or)\s+$/i.test(before)) &&
    !lex.irregular.has(w) &&
    /^\s*(?:[,/&.;!?]|(?:and|or)\s|$)/i.test(after)
  );
}

/**
 * "You will be asked to …", "accompanied by …", "Applications must be submitted.": a participle the quality
 * list does not know, followed by a preposition (or, right after the cue, by the end of the clause or an
 * object: "will be offered a …"), is a passive verb. In a list ("passionate and dedicated.") it stays a quality.
 */
function isPassive(text: string, m: RegExpExecArray, first: boolean, lex: ItemContext['lex']): boolean {
  const w = m[0].toLowerCase();
  // (An irregular participle too: "Applications must be sent via the link below".)
  const participle = /ed$/.test(w) || (lex.irregular.has(w) && lemma(w, lex)?.form === 'ed');
  if (!participle || /(?:minded|driven|oriented|motivated|organi[sz]ed|detailed)$/.test(w)) return false;
  if (isQuality(w, lex)) return false;
  // "should be refused and reported to …": participles joined by "and" share the preposition.
  // ("must be submitted electronically by …": an adverb between the participle and what follows says how.)
  const after = text
    .slice(m.index + m[0].length)
    .replace(/^\s+(?:and|or)\s+\p{L}+ed(?=\s)/u, '')
    .replace(/^\s+\p{Ll}+ly(?=[\s.;:!?)]|$)/u, '');
  if (first && /^\s*(?:$|[.;:!?)])/.test(after)) return true;
  // "will be appointed Global IT SOX champion": a passive verb before a name or a title.
  if (first && /^\s+\p{Lu}\p{L}*\s+\p{Lu}/u.test(after)) return true;
  // "The successful candidate will be offered a full induction", "will be given the opportunity": a passive
  // verb with its object.
  if (first && /^\s*(?:(?:a|an|the|this|these|our|your|their|some|any|free)\b|[£$€\d])/i.test(after)) return true;
  return /^\s*(?:by|to|for|with|from|at|on|onto|as|in|into|upon|after|before|via|within|during|under|through|throughout|prior|towards?|across|against)\b/i.test(after);
}
