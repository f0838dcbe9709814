// Coordinated duties: where "Track X and flag Y", "assess, plan and evaluate care" make one task or several, and the
// verbs a task's list shares.
import { leadingVerb, type LeadingVerb } from './leading-verb.js';
import type { LexiconIndex } from './lexicon.js';
import { joinedGerund, lemma, PREPOSITION, type VerbForm } from './verbs.js';

/** What introduces activities named as examples of a task. */
const TASK_EXAMPLE_CUE = String.raw`including|such as|e\.?g\.?|for example`;
/** Gerunds without objects listed as examples, to the end of the sentence or a comma ("…, including washing, dressing and toileting, and help with …"). */
export const EXAMPLE_GERUNDS = new RegExp(String.raw`\s(?:${TASK_EXAMPLE_CUE})\s+(\p{L}+ing(?:\s*,\s*\p{L}+ing)*,?\s+(?:and|or)\s+\p{L}+ing)(?=[\s.;]*$|\s*,)`, 'u');
/** The same cue before tasks with their objects ("including processing invoices"). */
export const EXAMPLE_TASKS = new RegExp(String.raw`,?\s(?:${TASK_EXAMPLE_CUE})\s+(?=\p{L}+ing\s+\p{L})`, 'u');

/** The particle of a phrasal verb ("wash up", "clear out", "log off"). */
const PARTICLE = /^(?:up|out|down|off|away|back)$/i;

/** Whether a verb of this form at `at` has an object of its own: a word after it that is no conjunction and no verb of the form. */
function ownObjectAfter(text: string, at: number, end: number, form: VerbForm, lex: LexiconIndex): boolean {
  const next = leadingVerb(text, at, lex);
  const word = next?.form === form ? /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(next.end, end)) : null;
  return word !== null && !/^(?:and|or)$/i.test(word[1]) && lemma(word[1], lex)?.form !== form;
}

/**
 * Verbs sharing one object ("Identifies, obtains, and organizes relevant data", "Looks for and considers
 * cues"), all in the base form: "identify, obtain and organize", and where the object starts.
 */
export function verbList(text: string, first: LeadingVerb, end: number, lex: LexiconIndex): { verbs: string; rest: number } {
  const bases = [first.base];
  const preps: string[] = [''];
  let at = first.end;
  // ("Observes or monitors …" stays "observe or monitor": an alternative is no pair of tasks.)
  let joiner = 'and';
  const step = /^(\s+(?:for|with|to|on|in|at|up|out|about|into|through|over)\b)?(\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*\/\s*)([\p{L}][\p{L}'’-]*)/u;
  for (;;) {
    const m = step.exec(text.slice(at, end));
    if (!m) break;
    const v = first.form === 'ing' ? joinedGerund(m[3], /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(at + m[0].length, end))?.[1] ?? '', lex) : lemma(m[3], lex);
    if (!v || v.form !== first.form) break;
    preps[preps.length - 1] = m[1] ? m[1].trim() : '';
    if (/\bor\b/i.test(m[2])) joiner = 'or';
    bases.push(v.base);
    preps.push('');
    at += m[0].length;
  }
  if (bases.length === 1) return { verbs: first.base, rest: first.end };
  const words = bases.map((b, i) => (preps[i] ? `${b} ${preps[i]}` : b));
  const verbs = words.length === 2 ? words.join(` ${joiner} `) : `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
  return { verbs, rest: at };
}

/** "provide advice, teaching and instruction to carers": an -ing word joined by "and" to a noun is a noun of the object's list. */
const AND_NOUN = /^\s+(?:and|or)\s+(?!(?:the|a|an)\b|\p{L}+ing\b)\p{Ll}+/u;
export const NOUN_GERUND_AFTER = new RegExp(String.raw`^,\s*\p{Ll}+ing${AND_NOUN.source.slice(1)}`, 'u');

/** A noun phrase after a preposition, up to a comma: a list of whom or what the task is with, for or to. */
const PREPOSITION_OBJECT = /\b(?:with|for|to|between|among|across|from|including)\s+[^,;]+$/i;
/** A plural noun, then "and" or "or" and a word that opens no task (no article, no -ing form): a list's closing item. */
const PLURAL_AND_NOUN = new RegExp(String.raw`^\s+\p{Ll}+s${AND_NOUN.source.slice(1)}`, 'u');

/**
 * "Build relationships with local authorities, housing associations and government departments": an -ing word before a
 * plural noun, in a list of whom or what after a preposition that "and" closes with another noun, names one of them (no
 * task of its own). `before` runs up to the comma before the -ing word, `after` from the end of that word; gives how much
 * of `after` the listed noun and its closing "and …" take, 0 when it is no such noun.
 */
export function listedNoun(before: string, after: string): number {
  return PREPOSITION_OBJECT.test(before) ? (PLURAL_AND_NOUN.exec(after)?.[0].length ?? 0) : 0;
}

/** What may follow a list's last word at a clause's end: nothing, or a phrase for whom ("… and mentoring to staff"). */
export const CLAUSE_ENDS_AFTER = /^(?:\s+(?:to|for|with|across|within)\s[^,;.]*)?\s*(?:[.;]\s*)?$/u;
/**
 * "Assist patients with personal hygiene, dressing and eating", "Provide training, coaching and mentoring to staff": -ing
 * words with no object of their own that end the sentence, or a phrase for whom, are nouns of the object's list.
 */
const BARE_GERUNDS_END = new RegExp(String.raw`^(?:\s*,\s*\p{Ll}+ing)*,?\s+(?:and|or)\s+\p{Ll}+ing${CLAUSE_ENDS_AFTER.source.slice(1)}`, 'u');

/** -ing words with no object of their own, a list that "and" closes and a comma ends. */
const BARE_GERUNDS_CLOSED = /^(?:\s*,\s*\p{Ll}+ing)*,?\s+(?:and|or)\s+\p{Ll}+ing\s*,/u;
/** A preposition's list of nouns, up to where the list goes on. */
const PREPOSITION_LIST = /\b(?:with|for|in|on|of|including)\s+[^;.]+$/i;

/** Another -ing clause after a comma, or after "and" when the -ing word is mostly a verb: the one before it is an item of a list of tasks. */
const ING_LIST_NEXT = /(,\s*(?:and\s+)?|\s+and\s+)(\p{Ll}+ing)\b/gu;
function ingListNext(after: string, lex: LexiconIndex): boolean {
  for (const m of after.matchAll(ING_LIST_NEXT)) if (m[1].startsWith(',') || !lex.nounGerunds.has(m[2])) return true;
  return false;
}

/** A rule or standard the task follows, its name still open. */
const RULE_OPEN = /\b(?:in line with|in accordance with|according to|as per|compliance with|adherence to|in keeping with|compliant with)\s[^,;:.]*$/i;
/** Verbs whose object is a rule, and the rule's noun as the whole object of the word joined after it. */
const RULE_FOLLOWING = /^(?:follow|adhere|comply|abide|observe)$/;
const RULE_NOUN_AFTER = /^\s+(?:policy|policies|procedures?|guidelines?|protocols?|standards?|regulations?|precautions?|measures?)(?:\s*[.;]?\s*$|\s*,?\s+(?:including|such as|e\.g\.?|for example)\s)/i;
const DETERMINER_AFTER = /^\s+(?:the|a|an|all|any|their|its|our|your|his|her|each|every|these|those|them|it)\b/i;

const BELONGING = /^be\s+(?:(?:a|an|the)\s+)?(?:(?:key|valued|integral|active)\s+)?(?:part|member)\s+of\b|^be\s+based\b/i;
/** Verbs whose "as a …" names a role the post holder takes, and the roles a verb-like word names there. */
const AS_ROLE = /^(?:act|serve|function)$/;
const ROLE_NOUN = /^(?:mentor|advocate|champion|coach|ambassador|link|resource|contact|source|representative|deputy|supervisor|assessor|buddy|guide)$/i;

const COPULA = /^(?:is|are|was|were|be|been|being|remain|remains|stay|stays|kept)$/i;
/** After a word, a preposition or the end of the text: no object of its own follows it. */
const NOUN_GERUND_END = /^(?:\s+(?:to|for|of|in|on|at|with|within|across|and|or)\b|\s*(?:$|[,.;]))/;
/** A word with no object after it: the clause ends or goes on with "and" ("… clean and tidy and report faults"). */
const ADJECTIVE_ALONE = /^[\p{L}-]+(?=\s*(?:$|[,.;]|\s(?:and|or)\s))/u;

/** Split "Track X and flag Y" where the second verb has the same form as the first and the first has an object. */
export function coordinatedDuties(text: string, first: LeadingVerb, end: number, lex: LexiconIndex): { verb: LeadingVerb; end: number }[] {
  const out: { verb: LeadingVerb; end: number }[] = [];
  let verb = first;
  // "… and will work closely with …", "… and to participate in …": the modal or "to" repeated before the second verb
  // ("…, then guide your team …": the next task in turn).
  const re = /(?:,?\s+(?:while|whilst|through|by)\s+(?=[\p{L}]+ing\b)|,?\s+and\s+(?:then\s+)?(?:(?:will|shall|would)\s+)?(?:also\s+)?(?:to\s+)?|,\s*(?:then\s+)?|\s+as well as\s+)(?=[\p{L}])/gu;
  re.lastIndex = verb.end;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    // "… provide patient-centred care and be part of a supportive team": where the post holder belongs is no task.
    if (/\band\s/.test(m[0]) && BELONGING.test(text.slice(m.index + m[0].length, end))) {
      end = m.index;
      break;
    }
    // "… and to make our programs cost-efficient" after a verb not itself after "to" goes on a purpose clause.
    if (/\sto\s+$/.test(m[0]) && !/\bto\s+$/i.test(text.slice(Math.max(0, verb.start - 4), verb.start))) continue;
    const between = text.slice(verb.end, m.index).split(/[\s,]+/).filter(Boolean);
    // "assess, plan, implement and evaluate care": verbs sharing one object stay one duty.
    // A word that is mostly a noun right after the verb, with no comma or "and" between, is its object ("assess patients'
    // needs, plan care and evaluate outcomes"); "Design build and manage …" (commas lost) stays a list of verbs.
    // So is such a word after the last verb of a list ("assess, plan, implement and evaluate care, carry out …").
    const last = /(?:^|(\S+))\s+(\S+)$/.exec(text.slice(verb.end, m.index));
    const object = last !== null && (last[1] === undefined || !/^(?:and|or)$|,$/.test(last[1])) && lex.nounVerbs.has(lemma(last[2], lex)?.base ?? '');
    // ("Washing up, cleaning the kitchen and mopping floors": a particle before the comma completes its verb when the next
    // verb has an object of its own; "Set up, configure and maintain servers" share theirs.)
    const completed = between.length === 1 && PARTICLE.test(between[0]) && /^\s*,/.test(m[0]) && ownObjectAfter(text, m.index + m[0].length, end, verb.form, lex);
    // ("Ensure the ward is clean and tidy and …": after a copula and its adjective, a word joined by "and" is one more adjective.)
    if (last !== null && last[1] !== undefined && COPULA.test(last[1]) && /^\s+and\s+$/.test(m[0]) && ADJECTIVE_ALONE.test(text.slice(m.index + m[0].length, end))) continue;
    // ("Delivering training and supporting staff": an -ing word that is mostly a noun is the object, no verb of the list.)
    if (!object && !completed && between.every((w) => w === 'and' || (lemma(w, lex)?.form === verb.form && !lex.nounGerunds.has(w.toLowerCase())) || PREPOSITION.test(w))) continue;
    // "work autonomously to assess, plan, implement and evaluate interventions": the verbs of the verb's own "to"
    // share the object (after an object, "work with the team to deliver, test …", "to" opens a purpose, cut by spanEnd).
    const infinitives = /^(?:\s+\p{L}+ly)?\s+to\s+([\p{L}-]+(?:\s*,\s*[\p{L}-]+)*)$/u.exec(text.slice(verb.end, m.index));
    if (infinitives && infinitives[1].split(/\s*,\s*/).every((w) => lemma(w, lex)?.form === 'base')) continue;
    // "supervise junior staff, students and support workers": after a list of objects, a short last
    // conjunct ends that list ("… and control all property of the company" is a task of its own).
    const objects = text.slice(verb.end, m.index);
    const comma = objects.lastIndexOf(',');
    const listEnd = comma >= 0 && !m[0].trimStart().startsWith(',') && !leadingVerb(objects.slice(comma + 1).trimStart(), 0, lex);
    if (listEnd && text.slice(m.index + m[0].length, end).trim().split(/\s+/).length <= 2) continue;
    const next = leadingVerb(text, m.index + m[0].length, lex);
    // "… personal care, including washing, dressing and toileting": examples, read one by one after the duty (see EXAMPLE_GERUNDS).
    const examples = next ? EXAMPLE_GERUNDS.exec(text.slice(verb.end, end)) : null;
    if (examples && m.index >= verb.end + examples.index && m.index < verb.end + examples.index + examples[0].length) continue;
    // ("monitoring stock levels and placing orders": a gerund after a gerund is a task, unless it is mostly a noun,
    // "marketing".)
    const nounGerund = next?.form === 'ing' && lex.nounGerunds.has(text.slice(next.start, next.end).toLowerCase());
    const gerund = next?.form === 'ing' && verb.form === 'ing' && !nounGerund;
    // ("Providing education and training to staff": such a word before a preposition, or ending the text, is more of the object.)
    if (nounGerund && verb.form === 'ing' && NOUN_GERUND_END.test(text.slice(next.end, end))) continue;
    // "… in line with infection prevention and control policies": a noun joined inside the rule followed, unless an
    // object with its determiner ("… in line with Trust policy and report any incidents") or a gerund after a gerund
    // ("Administering medication in line with policy and completing MAR charts") makes it a task; so does a verb of the
    // task's own form after a comma ("administer medicines in line with Trust policy, maintain accurate records and …").
    const listedVerb = next?.form === verb.form && /^\s*,/.test(m[0]);
    if (next && RULE_OPEN.test(objects) && !gerund && !listedVerb && !DETERMINER_AFTER.test(text.slice(next.end, end))) continue;
    // "Follow infection prevention and control policies": after a verb of following rules, a word before the rules'
    // noun ends the rules' name, not a task.
    if (next && RULE_FOLLOWING.test(verb.base) && RULE_NOUN_AFTER.test(text.slice(next.end, end))) continue;
    // "Carry out stock control, ordering supplies, monitoring equipment", "… while building a network": after a
    // comma, or as a "while/through/by …ing" clause, the form may change.
    const clause = /^,?\s+(?:while|whilst|through|by)\s+$/i.test(m[0]);
    // "Develop a strategy for increasing efficiency and improving customer satisfaction": the -ing word after
    // "and" pairs with the gerund after the preposition, inside the object ("… by cutting, serving and plating food": how).
    // A list closed by "and" after that gerund ("helping people with cooking, shopping and managing their money,
    // supporting them to …") has ended it: a gerund after the next comma is a task again.
    const inner = /\b(?:for|of|in|on|about|towards?|at|with|across|between|into|from|by)\s+\p{L}+ing\b/iu.exec(text.slice(verb.end, m.index));
    const closed = inner !== null && m[0].trimStart().startsWith(',') && /\sand\s/.test(text.slice(verb.end + inner.index, m.index));
    if (next?.form === 'ing' && !clause && inner && !closed) continue;
    if (next?.form === 'ing' && verb.form !== 'ing' && (AND_NOUN.test(text.slice(next.end, end)) || BARE_GERUNDS_END.test(text.slice(next.end, end)))) continue;
    // ("helping with personal care, medication, cooking and budgeting, and accompanying them …": -ing words with no object,
    // closed by "and" and a comma, end a preposition's list of nouns; read by their ending, as "shopping" is no verb to
    // leadingVerb.)
    const ing = /^\s*,/.test(m[0]) ? /^\p{Ll}+ing\b/u.exec(text.slice(m.index + m[0].length, end)) : null;
    const bare = ing ? BARE_GERUNDS_CLOSED.exec(text.slice(m.index + m[0].length + ing[0].length, end)) : null;
    if (bare && PREPOSITION_LIST.test(text.slice(verb.end, m.index))) {
      re.lastIndex = m.index + m[0].length + ing![0].length + bare[0].length - 1;
      continue;
    }
    if (clause && next?.form !== 'ing') continue;
    // "Answer enquiries from clinical staff, using a range of resources", "Carry out blood glucose monitoring, following
    // training": how or when the task is done, not another task;
    // so is an -ing clause after a list closed by "and" ("… to patients, carers and the team, overcoming barriers").
    // (Unless the -ing clause opens a list of them, which are tasks: "hold a caseload of adults with severe and enduring
    // illness, carrying out assessments, and developing care plans".)
    if (next?.form === 'ing' && verb.form !== 'ing' && (next.base === 'use' || (next.base === 'follow' && !/^\s+up\b/i.test(text.slice(next.end))) || (m[0].trimStart().startsWith(',') && /\sand\s/.test(text.slice(verb.end, m.index)) && !ingListNext(text.slice(next.end, end), lex)))) continue;
    if (!next || (next.form !== verb.form && !clause && !(m[0].trimStart().startsWith(',') && next.form !== 'ed'))) continue;
    // "Support the admission and discharge of patients": a base form followed by "of" is a noun; so is one in a list
    // whose last word is ("assist with the admission, transfer and discharge of patients").
    if (next.form === 'base' && /^(?:\s*,\s*\p{Ll}+)*(?:\s+(?:and|or)\s+\p{Ll}+)?\s+of\b/iu.test(text.slice(next.end, end))) continue;
    // "Provide Assistance in Vehicle Maintenance and Repair (10%)": a capitalised verb joined by "and" to a Title Case
    // word ends that name, unless a lower-case object follows ("… Staff Rostering and Review staffing levels").
    if (!clause && !m[0].includes(',') && /^\p{Lu}/u.test(text.slice(next.start, next.end)) && /\p{Lu}[\p{L}'’-]*$/u.test(text.slice(verb.end, m.index))) {
      const object = /^\s+([\p{Ll}][\p{L}'’-]*)/u.exec(text.slice(next.end, end));
      if (!object || PREPOSITION.test(object[1])) continue;
    }
    // "Act as a role model and mentor for students": after "act as a …", a word that names a role is more of what the
    // post holder acts as.
    if (AS_ROLE.test(verb.base) && /^\s+as\s/i.test(text.slice(verb.end)) && ROLE_NOUN.test(text.slice(next.start, next.end))) continue;
    // "Keep records and contact notes …", "supervise therapists and support workers": a word that is mostly a
    // noun starts a noun phrase here (its -s form agreeing with the role, "… and supports junior staff", is a verb).
    // An adverb after it makes it the verb ("… as well as partner continuously with your stakeholders").
    // (So does a gerund after a gerund, above; and a base form after a comma when a plain verb closes the list:
    // "…, place orders and check deliveries".)
    if (groupsNamed(text, m.index, next)) continue;
    const listed = () => next.form === 'base' && m![0].trimStart().startsWith(',') && andVerb(text, next.end, end, lex) !== null;
    if (next.form !== 's' && !gerund && opensNounPhrase(text, next, lex) && !listed()) continue;
    // The second verb needs an object of its own: "… and invoices", "products, services, …" are nouns.
    const rest = text.slice(next.end, end).trim();
    if (rest === '' || /^[,;.]/.test(rest)) {
      // "undertake holistic assessments and develop, implement and evaluate care plans": a list of verbs that share
      // the object after them is the next task.
      // (A list of verbs closes with "and" or "or": in "work closely with product and design, mentor junior engineers and
      // …", "design" closes the object's list and "mentor" opens the next task.)
      const list = rest.startsWith(',') && m[0].includes('and') ? verbList(text, next, end, lex) : null;
      if (!list || list.rest === next.end || text.slice(list.rest, end).trim() === '' || !/\s(?:and|or)\s/.test(text.slice(next.end, list.rest))) continue;
      out.push({ verb, end: m.index });
      verb = next;
      re.lastIndex = list.rest;
      continue;
    }
    out.push({ verb, end: m.index });
    verb = next;
    re.lastIndex = next.end;
  }
  out.push({ verb, end });
  return out;
}

/**
 * "… and budget holders", "… and code reviews": a word that is mostly a noun, no determiner or adverb after it, opens a
 * noun phrase of the object's list rather than a second task ("… and support the team").
 */
export function opensNounPhrase(text: string, verb: LeadingVerb, lex: LexiconIndex): boolean {
  return lex.nounVerbs.has(verb.base) && !/^\s+(?:the|a|an|all|any|their|its|our|your|his|her|new|existing|each|every|these|those|them|it|\p{L}+ly)\b/iu.test(text.slice(verb.end));
}

/** "teams", "departments": the noun of groups of people that a word naming their field comes before. */
const GROUP_AFTER = /^\s+(?:teams?|departments?|functions?|groups?|colleagues|staff|leads|leaders|managers|specialists|stakeholders|partners|units?)\b/i;
/** A lone word after a preposition, no determiner: "with product", "across sales". */
const BARE_AFTER_PREPOSITION = /\b(?:with|across|between|among|for|to|from|within|alongside)\s+\p{Ll}[\p{Ll}-]*$/u;

/**
 * "Partner with product and design teams": a base form after "and", between a lone word after a preposition and a
 * group's noun, names a field as that word does ("product and design teams"); no task of its own.
 */
function groupsNamed(text: string, and: number, next: LeadingVerb): boolean {
  return next.form === 'base' && BARE_AFTER_PREPOSITION.test(text.slice(Math.max(0, and - 40), and)) && GROUP_AFTER.test(text.slice(next.end, next.end + 20));
}

/** The first "and <verb> <object>" in text[from, to), the verb in its base form and not mostly a noun. */
export function andVerb(text: string, from: number, to: number, lex: LexiconIndex): { at: number; verb: LeadingVerb } | null {
  for (const m of text.slice(from, to).matchAll(/\s+and\s+/g)) {
    const at = from + m.index;
    const verb = leadingVerb(text, at + m[0].length, lex);
    if (verb && verb.form === 'base' && !lex.nounVerbs.has(verb.base) && /\S/.test(text.slice(verb.end, to)) && !groupsNamed(text, at, verb)) return { at, verb };
  }
  return null;
}
