// Reading an item as a sentence or a list line: what each part of it names, by the section it sits in.
import type { Item, Mention, SectionKind } from '../types.js';
import { addMention, firstMatch, hits, normalizeText, OPTIONAL_TAIL, YOU_WILL_BE, type ItemContext } from './context.js';
import { responsibility, type LexiconIndex } from './lexicon.js';
import { extractDuties, namesExperience, nounDuty } from './duties.js';
import { introducesTasks } from './responsible-for.js';
import { statesTask, SUBJECT_MODAL } from './duty-subjects.js';
import { leadingVerb } from './leading-verb.js';
import { itemParts } from './sentence-parts.js';
import { tagLine } from './fields.js';
import { knowledgeCues, knowledgeTerms } from './knowledge.js';
import { EXAMPLE_CUE, NAMING_CUE, skillExamples } from './knowledge-lists.js';
import { qualifications } from './qualifications.js';
import { NEEDS } from './sections.js';
import { languageLine, shortSkills } from './short-lines.js';
import { enjoys, frontedQuality, whoCan } from './described-candidate.js';
import { abilities } from './abilities.js';
import { candidateQualities } from './candidate-qualities.js';
import { dispositions, qualities, skillHeads, skillsIn } from './skills.js';
import { leadingTool, toolKnowledge, toolsInDuties, toolsInSkills } from './named-tools.js';
import { namesFor } from './names.js';
import { gerund } from './verbs.js';
import { append } from '../append.js';

const DESCRIBES_CANDIDATE = new RegExp(
  // (After what the post asks it for: "To succeed in this role you will need …", "In this role, you are …".)
  String.raw`^(?:(?:to (?:succeed|be successful|thrive|excel)(?: in (?:this|the) (?:role|position|post|job))?|(?:in|for) (?:this|the) (?:role|position|post|job)),?\s+)?(?:you(?:['’]re| are)|you should be|you must be|${YOU_WILL_BE}|you(?:['’]ll| will)? need to be|you(?:['’]ll| will) need(?! to\b)|(?:the|our) (?:ideal|successful) (?:candidate|applicant|person) (?:is|will be|will have|should have|must have)|we(?:['’]re| are) looking for (?:someone|a person|a candidate|candidates|people) (?:who (?:is|are) )?|(?:the|this) (?:role|post|position|job) (?:requires|needs|demands|calls for))\b`,
  'i',
);
const ABOUT_CANDIDATE = /\b(?:you|your|candidates?|applicants?|must|should|required|requires?|requirements?|need(?:s|ed)?|expected|ideal|essential|desirable|preferred|looking for)\b/i;

/**
 * A sentence that is itself a requirement, with no subject ("Proven ability to influence cross-functional teams.",
 * "Knowledge of the Mental Health Act and the Care Act.", "Experience of working in a hospital pharmacy.").
 */
const ASKED_ALONE =
  /^(?:(?:proven|demonstrated|demonstrable|strong|excellent|good|sound|thorough|working|in-depth|an?)\s+)?(?:(?:ability|able|capacity|willingness|aptitude) (?:to|for)|(?:knowledge|understanding|awareness|experience|proficiency|familiarity) (?:of|in|with))\b/i;

/** An item read by the rules of its section: a tag line, a named quality, else sentence by sentence. */
export function generic(ctx: ItemContext, kind: SectionKind): void {
  if (tagLine(ctx)) return;
  if (kind !== 'responsibilities' && headTerm(ctx)) return;
  // A list line of several sentences ("… at all levels. Excellent listening skills.") is read sentence by sentence.
  const parts = itemParts(ctx.text, ctx.lex, NEEDS.has(kind));
  if (parts.length > 1) {
    // ("Responsibilities will include, but are not limited to: ordering stock, cashing up …": what follows such a
    // sentence is read as a duties heading's line.)
    let introduced = false;
    for (const [a, b] of parts) {
      const item: Item = { ...ctx.item, start: ctx.item.start + a, end: ctx.item.start + b, text: ctx.text.slice(a, b) };
      const sub: ItemContext = { ...ctx, item, text: item.text, out: [] };
      genericSentence(sub, introduced ? 'responsibilities' : kind);
      introduced = ctx.text[b] === ':' && introducesTasks(item.text, ctx.lex);
      frontedQuality(sub, 0.65);
      append(ctx.out, sub.out);
    }
    return;
  }
  genericSentence(ctx, kind);
  // (After the sentence's own reading: "As a confident presenter, you will deliver workshops" has a task too.)
  frontedQuality(ctx, 0.65);
}

/** One word grading the knowledge asked for, some of them verbs too ("Complete", "Clear", "Sound"). */
const KNOWLEDGE_GRADE = /^(?:complete|comprehensive|clear|full|broad|deep|thorough|in-depth|detailed|extensive|general|practical|working|firm|solid|sound|good|strong|excellent|basic|advanced|proven|demonstrable)\s+$/i;

/** A sentence that says what the employer gives ("You will receive a basic salary that will match your skills …"): mentions.md. */
const OFFER_SENTENCE = /^(?:in return,?\s+)?(?:you(?:['’]ll| will) (?:receive|get|enjoy|be rewarded with|benefit from|have access to)|we (?:will |can )?(?:offer|provide)|(?:benefits|perks) include)\b/i;

/** Where an experience gives its examples: an opening bracket or an example cue (not "ideally in …", "preferably in …": a preferred field). */
const EXAMPLES_JUST_AFTER = new RegExp(String.raw`^,?\s+(?:${NAMING_CUE})\s`, 'i');
const EXAMPLES_OPEN = new RegExp(String.raw`\s(?=\(|(?:${NAMING_CUE})\s)`, 'gi');

/**
 * "Experience of property management software such as Reapit or Alto", "Experience with PLC programming (Siemens S7,
 * Allen Bradley)": the names an experience asked for gives as examples are knowledge of their own (mentions.md).
 */
function experienceExamples(ctx: ItemContext, confidence: number): void {
  const names = namesFor(ctx.config);
  for (const m of [...ctx.out]) {
    const experience = m.kind === 'qualification' ? /\bexperience\b/i.exec(m.text) : null;
    if (!experience) continue;
    // (After the word: "Qualified Accountant (ACA, ACCA, CIMA) with post-qualification experience" names the
    // accountant's qualifications in its brackets, no examples of the experience.)
    // (Each group of them: "experience with AWS (ECS, Lambda) and infrastructure as code (Terraform)".)
    const opens = [...m.text.slice(experience.index).matchAll(EXAMPLES_OPEN)];
    for (const open of opens) skillExamples(ctx, m.start - ctx.item.start + experience.index + open.index, confidence);
    if (opens.length === 0) {
      // (Or just after it: "Experience with networking protocols such as TCP/IP, VPN and DNS", the qualification ending
      // before the cue; after a comma, where its clause ended, only when the vocabulary knows one of them: "Experience of
      // first line IT support …, including Active Directory and Office 365"; not "… among diverse actors, including NGOs".)
      const after = EXAMPLES_JUST_AFTER.exec(ctx.text.slice(m.end - ctx.item.start, m.end - ctx.item.start + 24));
      if (after && !after[0].startsWith(',')) skillExamples(ctx, m.end - ctx.item.start, confidence);
      else if (after && names) skillExamples(ctx, m.end - ctx.item.start, confidence, (s) => names.matcher.match(s).some((n) => n.start === 0));
    }
  }
}

/** A gerund alone after a line's first word ("Report writing"), and the verbs a gerund is the object of ("Enjoy working"). */
const NAMED_ACTIVITY = /^\s+\p{Ll}+ing\s*[.;]?\s*$/u;
const CATENATIVE = /^(?:enjoy|keep|start|stop|avoid|consider|continue|begin|like|love|prefer|try|mind|finish|practise|practice|recommend|suggest|go)$/;

/** The role and its modal before a task's verb ("You will", "The post holder will be expected to"). */
const MODAL_LEAD = new RegExp(String.raw`${SUBJECT_MODAL.source}(?:(?:expected|required|asked)\s+to\s+)?`, 'i');

const INCLUDES = /includ|involv/i;

/** What may open a sentence before "duties include" ("Your main duties include …", "The role involves …"). */
const TASKS_OPENING = /^(?:(?:your|the|their|main|key|other|additional|typical|daily|core|general|specific)\s+)*$/i;

/** "Duties include patient assessment, …", "The role involves …": a sentence that lists the job's tasks, under whatever heading it stands. */
function listsTasks(text: string, lex: LexiconIndex): boolean {
  // (Asked of every sentence under a needs heading: the lexicon's phrases only where one of its verbs is.)
  if (!INCLUDES.test(text)) return false;
  const resp = responsibility(text, lex);
  return resp !== null && INCLUDES.test(resp[0]) && !/involved/i.test(resp[0]) && TASKS_OPENING.test(text.slice(0, resp.index)) && /\p{L}/u.test(text.slice(resp.index + resp[0].length));
}

function genericSentence(ctx: ItemContext, kind: SectionKind): void {
  if (OFFER_SENTENCE.test(ctx.text)) return;
  if (kind !== 'responsibilities' && NEEDS.has(kind) && listsTasks(ctx.text, ctx.lex)) kind = 'responsibilities';
  const needs = NEEDS.has(kind);
  const duties = kind === 'responsibilities';
  const weak = !needs && !duties;
  const c = (base: number) => (weak ? base - 0.15 : base);

  // Under a duties heading a line that opens with a verb is a task, whatever it mentions ("Ensure the running of the vocational training centre").
  // ("You will be expected to maintain your professional registration …": the verb after the role and its modal.)
  // (Not "You will be able to …": what the candidate can do, a skill.)
  const modal = duties ? MODAL_LEAD.exec(ctx.text) : null;
  const lead = duties ? leadingVerb(ctx.text, modal && !/\bable\s+to\s+$/i.test(modal[0]) ? modal[0].length : 0, ctx.lex) : null;
  const qual = lead && !namesExperience(lead, ctx.text.slice(lead.end)) ? false : qualifications(ctx, needs || ctx.alone, c(0.85));
  if (qual) experienceExamples(ctx, c(0.85));
  // ("Understanding of software security", "Complete understanding on SAP" under a duties heading ask for knowledge: no
  // task "understanding", none of completing.)
  const cue = duties ? firstMatch(ctx.lex.knowledgeCue, ctx.text) : null;
  const asksKnowledge = cue !== null && (cue.index === 0 || KNOWLEDGE_GRADE.test(ctx.text.slice(0, cue.index)));
  if (duties && !qual && !asksKnowledge && extractDuties(ctx, true, 0.85)) {
    toolsInDuties(ctx, 0.8);
    return;
  }
  // In a summary or an article, a sentence names what the role needs only when it speaks of the candidate.
  if (!weak || ctx.listLike || ctx.alone || ABOUT_CANDIDATE.test(ctx.text) || ASKED_ALONE.test(ctx.text)) {
    knowledgeCues(ctx, c(0.85), qual);
    skillsIn(ctx, c(0.85));
    skillHeads(ctx, c(0.85));
    toolKnowledge(ctx, c(0.85));
    abilities(ctx, c(0.85));
    dispositions(ctx, c(0.85));
    enjoys(ctx, c(0.8));
    whoCan(ctx, c(0.8));
  }
  if (needs) {
    // Bare names (a quality, a tool) count on a list line or after "You are …"; in other sentences they are
    // too often about something else.
    if (ctx.listLike || DESCRIBES_CANDIDATE.test(ctx.text)) {
      qualities(ctx, 0.75, false);
      if (!qual) knowledgeTerms(ctx, 0.8);
    } else {
      // A sentence that opens with a quality ("… make decisions. Resilient and able to adapt to change.") names
      // it, as a list line does.
      qualities(ctx, 0.75, true);
    }
  } else if (ctx.listLike || DESCRIBES_CANDIDATE.test(ctx.text)) {
    const describes = DESCRIBES_CANDIDATE.test(ctx.text);
    qualities(ctx, c(0.8), !describes);
    // ("You will need Health and Safety awareness": a subject the lexicon knows, asked of the candidate under any heading.)
    if (describes && !qual) knowledgeTerms(ctx, c(0.8));
  }
  candidateQualities(ctx, c(0.8));
  leadingTool(ctx, c(0.8));
  toolsInSkills(ctx, c(0.8));
  if (qual) shrinkQualification(ctx);
  // "We're looking for an ambitious Sous Chef to support our Head Chef …": the quality asked, and the task the person is sought for.
  if (!duties && ctx.out.length > 0 && statesTask(ctx.text, ctx.lex) && extractDuties(ctx, false, 0.6)) {
    // ("… responsible for … providing technical leadership": a quality's one word read inside a task is the task's.)
    const tasks = ctx.out.filter((m) => m.kind === 'duty');
    for (let i = ctx.out.length - 1; i >= 0; i--) {
      const m = ctx.out[i];
      if (m.kind === 'skill' && !/\s/.test(m.text) && tasks.some((t) => t.start <= m.start && m.end <= t.end)) ctx.out.splice(i, 1);
    }
    return;
  }
  if (ctx.out.length > 0) return;
  if (duties) {
    nounDuty(ctx, 0.6);
    return;
  }
  if (weak) {
    extractDuties(ctx, false, ctx.listLike ? 0.65 : 0.55);
    return;
  }
  if (!ctx.listLike) return;
  // A line opening with a verb under a needs heading is as often a competency framework's behaviour
  // ("Learning from mistakes", "Understand relevant sectoral context") as a task: the rules leave it to
  // the tagger (on the train sets 1 in 8 such duties was right).
  // ("Report writing": a word that could be a verb before a gerund, and nothing else, names an activity.)
  const verb = leadingVerb(ctx.text, 0, ctx.lex);
  if (verb && !(NAMED_ACTIVITY.test(ctx.text.slice(verb.end)) && !CATENATIVE.test(verb.base))) return;
  // A short line under a skills/requirements heading that no pattern explains: the line is the skill.
  const bare = ctx.text.replace(OPTIONAL_TAIL, '');
  // "Experience: 0 years": a count with nothing counted names no skill.
  if (/^(?:[\p{L} ]+:\s*)?\d+\s*(?:years?|yrs?|months?)\.?$/iu.test(bare)) return;
  const words = bare.split(/\s+/).length;
  if (words <= 7 && bare.length <= 80 && !/[:?]/.test(bare) && !/^(?:you|we|they|it|this|that|he|she|our|your|their)\b/i.test(bare) && !ctx.lex.nonSkills.has(bare.toLowerCase().replace(/[.:]$/, ''))) {
    if (!languageLine(ctx) && !hits(ctx.lex.offers, bare)) shortSkills(ctx);
  }
}

/**
 * A list line that names a quality and then explains it ("Sociability. The ability of a person to …",
 * "Stress resistance. Any work involves …"): the name is the skill; the explanation is not read.
 */
function headTerm(ctx: ItemContext): boolean {
  if (!ctx.listLike || ctx.item.level === 0) return false;
  const m = /^([^.!?:;]{2,45}?)[.!]\s+(?=[\p{Lu}])(.*)$/su.exec(ctx.text);
  if (!m) return false;
  const head = m[1].trim();
  const words = head.split(/\s+/);
  if (words.length > 5 || m[2].split(/\s+/).length < 5 || /\d/.test(head)) return false;
  if (hits(ctx.lex.ability, head)) return abilities(ctx, 0.7) > 0;
  const quality = firstMatch(ctx.lex.qualities, head);
  const v = quality && quality[0].length === head.length ? null : leadingVerb(ctx.text, 0, ctx.lex);
  const normalized = v ? `${gerund(v.base, ctx.lex)} ${ctx.text.slice(v.end, head.length)}` : head;
  return addMention(ctx, 'skill', 0, head.length, normalized, 0.7) !== null;
}

/** An example cue or an opening bracket, then the names listed before the one that follows ("such as TensorFlow or ", "(Siemens S7, "). */
const EXAMPLE_BEFORE = new RegExp(String.raw`(?:\b(?:${EXAMPLE_CUE})\s*|(?<bracket>\()\s*)(?:[\p{L}\p{N}.+#-]+(?:\s+[\p{L}\p{N}.+#-]+){0,3}(?:\s*[,/]\s*|\s+(?:or|and|&|and\/or)\s+))*$`, 'iu');

const HEAD_TAIL = new RegExp(String.raw`[\s,;(]*(?:\b(?:and\/or|and|or|as well as|with|plus|${EXAMPLE_CUE})\b)?(?:\s+(?:a|an|the|you)\b)?[\s,;(]*$`, 'i');

/** A qualification line that goes on to name a skill ("Valid driving licence and willingness to travel") ends where the skill starts. */
function shrinkQualification(ctx: ItemContext): void {
  const q = ctx.out.find((m) => m.kind === 'qualification');
  if (!q) return;
  // ("experience with frameworks such as Spring", "… PLC programming (Siemens S7, Allen Bradley)": a name given as an example is part of it.)
  // (After a bracket, only names: "(with emphasis on the musculoskeletal system)" is no list of examples.)
  const example = (m: Mention) => {
    const before = m.kind === 'knowledge' ? EXAMPLE_BEFORE.exec(ctx.docText.slice(q.start, m.start)) : null;
    return before !== null && (!before.groups?.bracket || /^[\p{Lu}\d]/u.test(m.text));
  };
  const inner = ctx.out.filter((m) => m !== q && m.start > q.start && m.start < q.end && !example(m)).sort((a, b) => a.start - b.start)[0];
  if (!inner) return;
  // (Nor an example cue or a bracket left open before it: "… physiology (with emphasis on | the musculoskeletal system)".)
  const head = ctx.docText.slice(q.start, inner.start).replace(HEAD_TAIL, '');
  if (head.trim() === '') return;
  // (Its normalized form loses the same words: "NVQ Level 3 in Health and Social Care and a caring nature".)
  // (Up to a closing bracket after it: "food handler certification (or ability to obtain within 30 days)".)
  const cut = normalizeText(ctx.docText.slice(q.start + head.length, q.end));
  const at = cut ? q.normalized.lastIndexOf(cut) : -1;
  if (at >= 0 && /^[\s).\]]*$/.test(q.normalized.slice(at + cut.length))) q.normalized = normalizeText(q.normalized.slice(0, at));
  q.end = q.start + head.length;
  q.text = ctx.docText.slice(q.start, q.end);
}

