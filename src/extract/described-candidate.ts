import { addMention, covered, guarded, matches, type ItemContext } from './context.js';
import { lemma } from './verbs.js';

// The candidate described by what they like and do ("you enjoy manual work", "someone who thrives under
// pressure", "A natural problem solver, you will …"): each a skill.

/** "You enjoy manual work", "you love to perform on stage", "you are resilient, adaptable and enjoy …": what the candidate likes doing (not "would you like", "the TV you love"). */
const ENJOYS = guarded(
  /(?:^|[,;]\s*|\b(?:and|that|if|where)\s+)you\s+(?:are\s+(?:[\p{L}-]+,?\s+){1,4}?and\s+)?(?:(?:really|genuinely|truly|also)\s+)?(enjoy|love|like|thrive (?:on|in|under|when)|excel (?:at|in))\s+(?=\p{L})/giu,
  // ("(?<!\w)you" is "\byou": before a letter a word boundary is no word character before it. V8 runs a
  // leading \b under the i and u flags at every position, ten times slower over an item: this guard was 0.7%
  // of a worker's CPU.)
  /(?<!\w)you\s+(?:\p{L}+\s+)?(?:enjoy|love|like|thrive|excel)|(?<!\w)you\s+are\s+(?:[\p{L}-]+,?\s+){1,4}?and\s+(?:enjoy|love|like|thrive|excel)/iu,
);
const ENJOY_END = /[;,.!?:(]|\s(?:are|is)\s+(?:(?:strongly|warmly|particularly|also)\s+)?(?:encouraged|invited|welcomed?|asked|needed|wanted|sought|required|preferred)\b|\sand\s+(?:are|is|will|have|has|be|who)\b|\s(?:will|would|shall|should|must)\s+(?:have|be|get|receive)\b|\s(?:and|but|as|because|since|so|while|where|which|who|when|if)\s+(?:you|we|our|it|this|they)\b|\s(?:as|because|since|while|whilst|where|which)\b/u;

/** "You will have strong attention to detail and enjoy working closely with designers": what the candidate, said to have something, also likes doing. */
const AND_ENJOYS = guarded(/\sand\s+(?:(?:really|genuinely|truly|also)\s+)?(enjoy|love|thrive (?:on|in|under|when))\s+(?=\p{L})/giu, /\sand\s+(?:\p{L}+\s+)?(?:enjoy|love|thrive)/iu);
const YOU_HAVE = /(?<!\w)you(?:['’]ll|\s+will|\s+must|\s+should)?\s+(?:have|bring|possess)\s/i;

export function enjoys(ctx: ItemContext, confidence: number): number {
  const { text } = ctx;
  let n = 0;
  const said = matches(AND_ENJOYS, text).filter((m) => YOU_HAVE.test(text.slice(0, m.index)));
  for (const m of [...matches(ENJOYS, text), ...said]) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const stop = ENJOY_END.exec(rest);
    const words = rest.slice(0, stop ? stop.index : rest.length).trim().split(/\s+/);
    // ("you enjoy this", "… the way you like it": a pronoun points elsewhere.)
    // ("thrive in a dynamic environment": after a preposition an article opens the object.)
    if (words.length > 12 || /^(?:it|this|that|them|these|those)$/i.test(words[0]) || (!/\s/.test(m[1]) && /^(?:a|an|the)$/i.test(words[0]))) continue;
    const start = m.index + m[0].search(/(?:enjoy|love|like|thrive|excel)/i);
    const end = from + words.join(' ').length + (rest.length - rest.trimStart().length);
    if (covered(ctx, start, end, ['skill'])) continue;
    if (addMention(ctx, 'skill', start, end, text.slice(start, end), confidence)) n++;
  }
  return n;
}

/** The person sought: "someone", "a team player", "someone with strong leadership skills". */
const SOUGHT = String.raw`(?<!\w)(?:someone|somebody|person|individuals?|people|candidates?|applicants?|self-starter|team player|communicator|leader|collaborator|problem[- ]solver|thinker|professional)(?:\s+with\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+)?`;
/** "someone who thrives under pressure and can juggle multiple priorities": what the person sought does or can do. */
const WHO_CAN = guarded(
  new RegExp(String.raw`${SOUGHT}\s+who\s+(?:(?:can|is able to|are able to)\s+(?:(?:also|equally|always)\s+)?(?!(?:start|commence|join)\b)(?=\p{Ll})|(?=(?:thrives?|enjoys?|loves?|likes?|excels?)\s))`, 'giu'),
  // ((?<!\w) for a leading \b: see ENJOYS.)
  /(?<!\w)who\s/iu,
);
/** The verbs of what a person likes doing, in their -s form (WHO_CAN's; the lexicon's verbs are tasks). */
const LIKES = /^(?:thrives|enjoys|loves|likes|excels)$/;
/** Where a clause of WHO_CAN goes on with a second thing the person can do. */
const AND_CAN = /\s+and\s+(?:can|is able to|are able to)\s+(?=\p{Ll})/iu;
/** "… who can motivate a team and lead by example", "… who thrives under pressure and loves solving problems": a second verb
 * after "and", in the first one's form, is a second ability. */
const AND_VERB = /\s+and\s+(?=(\p{Ll}+)\s)/gu;

function nextAbility(clause: string, ctx: ItemContext): { index: number; length: number } | null {
  const more = AND_CAN.exec(clause);
  if (more) return { index: more.index, length: more[0].length };
  const formOf = (w: string) => (LIKES.test(w) ? 's' : lemma(w, ctx.lex)?.form);
  const form = formOf(/^\s*(\p{Ll}+)/u.exec(clause)?.[1] ?? '') === 's' ? 's' : 'base';
  for (const m of clause.matchAll(AND_VERB)) {
    if (m.index > 0 && /\s/.test(clause.slice(0, m.index).trim()) && formOf(m[1]) === form) return { index: m.index, length: m[0].length };
  }
  return null;
}

/** "someone who is highly organised, has excellent time management and can multitask": described, then what they can do. */
const WHO_IS = guarded(new RegExp(String.raw`${SOUGHT}\s+who\s+(?:is|are|has|have)\s`, 'giu'), /(?<!\w)who\s/iu);
const NOT_ABILITY = /^(?:start|commence|join|apply|attend|relocate|travel|drive|help|assist|cope|manage|do)$/i;
const LATER_CAN = /(?:,|\s+and)\s+(?:can|is able to|are able to)\s+(?=\p{Ll})/iu;

export function whoCan(ctx: ItemContext, confidence: number): number {
  const { text } = ctx;
  let n = 0;
  const starts = matches(WHO_CAN, text).map((m) => m.index + m[0].length);
  for (const m of matches(WHO_IS, text)) {
    const from = m.index + m[0].length;
    const sentence = text.slice(from).split(/[.;!?]/, 1)[0];
    const later = LATER_CAN.exec(sentence);
    if (later) starts.push(from + later.index + later[0].length);
  }
  for (const start of starts) {
    for (let from = start; ; ) {
      const rest = text.slice(from);
      const stop = ENJOY_END.exec(rest);
      let clause = rest.slice(0, stop ? stop.index : rest.length);
      const more = nextAbility(clause, ctx);
      if (more) clause = clause.slice(0, more.index);
      const words = clause.trim().split(/\s+/);
      // (After "who can" or "who thrives" the verb's place is certain; a verb alone is an ability where the sentence ends
      // with it, "… and can multitask", but not a start or a move, "who can start", "can relocate".)
      const alone = words.length === 1 && /^\s*[.!?]?\s*$/.test(rest.slice(clause.length)) && !NOT_ABILITY.test(words[0]);
      if ((words.length < 2 && !alone) || words.length > 12) break;
      const end = from + clause.trimEnd().length;
      if (!covered(ctx, from, end, ['skill', 'qualification']) && addMention(ctx, 'skill', from, end, text.slice(from, end), confidence)) n++;
      if (!more) break;
      from += more.index + more.length;
    }
  }
  return n;
}

/**
 * "A natural problem solver, you will …", "As a confident presenter, you will …", "Confident with numbers, you
 * will …": a description of the candidate put before the sentence's subject.
 */
const FRONTED = /^(?:as\s+)?(?:an?\s+)?((?:confident|comfortable)\s+(?:with|in|at)\s+[\p{L}\s-]{3,30}?|(?:[\p{L}-]+\s+){0,3}?(\p{L}+)),\s+you(?:['’]ll|['’]re|\s+will|\s+are|\s+can)\s/iu;
const FRONTED_PERSON = /^(?:player|solver|starter|learner|communicator|thinker|listener|organiser|organizer|planner|networker|achiever|presenter|negotiator|influencer|motivator|self-starter)$/i;

export function frontedQuality(ctx: ItemContext, confidence: number): number {
  // (Most sentences have no ", you": the regex is not run on them.)
  const you = ctx.text.indexOf(', you');
  if (you < 0 || you > 60) return 0;
  const m = FRONTED.exec(ctx.text);
  if (!m || (m[2] !== undefined && !FRONTED_PERSON.test(m[2]))) return 0;
  const start = m.index + m[0].indexOf(m[1]);
  // ("A natural problem solver": the words that say what kind of person, without the article or "natural".)
  const lead = /^(?:natural|born|real|true|genuine)\s+/i.exec(m[1])?.[0].length ?? 0;
  const a = start + lead;
  const b = start + m[1].length;
  return !covered(ctx, a, b, ['skill']) && addMention(ctx, 'skill', a, b, ctx.text.slice(a, b), confidence) ? 1 : 0;
}
