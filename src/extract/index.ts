import type { CleanDocument, Item, Mention, Section, SectionKind, SegmentedDocument } from '../types.js';
import { addMention, firstMatch, hits, OPTIONAL_TAIL, type ItemContext } from './context.js';
import { extractDuties, leadingVerb, nounDuty, sentenceParts } from './duties.js';
import { knowledgeCues, knowledgeTerms } from './knowledge.js';
import { lexiconIndex, type LexiconIndex } from './lexicon.js';
import { namesFor, vocabularyKnowledge } from './names.js';
import type { ExtractConfig } from './options.js';
import { qualifications } from './qualifications.js';
import { abilities, candidateQualities, qualities, skillHeads } from './skills.js';
import { withTagger } from './tagger.js';
import { gerund } from './verbs.js';

export type { ExtractConfig } from './options.js';

/** Sections that never describe the role's competencies. */
const SILENT = new Set<SectionKind>(['title', 'company', 'benefits', 'rights', 'legal', 'apply']);
/** Sections that list what the role needs. */
const NEEDS = new Set<SectionKind>(['requirements', 'skills', 'education', 'experience']);

const LEVEL_LINE = /^(?:level|proficiency|niveau|nivel|уровень|stufe)\b[\s:–-]*(.{2,60}?)[\s:.]*$/iu;
const COMPETENCY = /^([\p{Lu}][\p{L}&/,'’ -]{1,60}?)\s*(?:[:：]|\s[-–—]|(?<=[\p{L}])[-–—](?=\s))\s+(?!(?:und|oder|and|or|bzw|et|y|и)\s)([\p{Lu}\p{Lo}"“'‘(].*)$/u;
const DESCRIBES_CANDIDATE =
  /^(?:you(?:['’]re| are)|you should be|you must be|you will be|(?:the|our) (?:ideal|successful) candidate (?:is|will be)|we(?:['’]re| are) looking for (?:someone|a person|a candidate|candidates|people) (?:who (?:is|are) )?)\b/i;
const ABOUT_CANDIDATE = /\b(?:you|your|candidates?|applicants?|must|should|required|requires?|requirements?|need(?:s|ed)?|expected|ideal|essential|desirable|preferred|looking for)\b/i;
const CONTACT = /@|https?:\/\/|www\.|\+?\d[\d\s()-]{7,}\d/u;

/**
 * Reads each item of a segmented posting and returns its duties, skills, knowledge and
 * qualifications, each with the exact span of the cleaned text it comes from.
 */
export function extract(doc: CleanDocument, seg: SegmentedDocument, config: ExtractConfig): Mention[] {
  const lex = lexiconIndex(config);
  const englishDoc = doc.language === 'en' || doc.language === 'und' || doc.language === '';
  const names = namesFor(config);
  const out: Mention[] = [];
  for (const section of seg.sections) {
    if (SILENT.has(section.kind)) continue;
    const hasChildren = new Set<number>();
    for (const it of section.items) if (it.parent !== undefined) hasChildren.add(it.parent);
    // A posting that is one line under no heading is what it asks, and a short one reads like a line of a list.
    const alone = seg.sections.length === 1 && section.items.length === 1 && !section.heading;
    section.items.forEach((item, i) => {
      const ctx: ItemContext = {
        docText: doc.text,
        item,
        section,
        lex,
        config,
        text: doc.text.slice(item.start, item.end),
        listLike: isListLike(item) || (alone && item.text.split(/\s+/).length <= 14),
        alone,
        english: isEnglish(doc.text.slice(item.start, item.end), englishDoc),
        out: [],
      };
      if (isNoise(ctx.text, lex)) return;
      if (fieldValue(ctx)) {
        out.push(...ctx.out);
        return;
      }
      if (item.parent !== undefined && LEVEL_LINE.test(ctx.text)) return;
      if (hasChildren.has(i) || (section.role !== undefined && isTableCompetency(ctx.text, section.kind, lex))) {
        competency(ctx, section, i);
      } else if (item.parent !== undefined && section.items[item.parent] && hasChildren.has(item.parent)) {
        if (config.indicatorDuties && ctx.english) extractDuties(ctx, false, 0.55);
      } else if (ctx.english) {
        generic(ctx, section.kind);
      } else {
        foreign(ctx, section.kind);
      }
      // The posting's title ("Data Analyst") names the role, not what it needs.
      if (names && ctx.english && ctx.text !== seg.title) vocabularyKnowledge(ctx, names, 0.7, NEEDS.has(section.kind));
      out.push(...ctx.out);
    });
  }
  // The tagger's spans go through the same checks as the rules' own.
  return finish(withTagger(doc, seg, config, out, (text) => isNoise(text, lex)), config.minConfidence, doc.text, englishDoc);
}

/**
 * In a role table a cell "Customer Service: Responds to …" names a competency. Under a skills row any
 * such name counts; elsewhere only a name that says it is one ("Computer Skills", "Teamwork").
 */
function isTableCompetency(text: string, kind: SectionKind, lex: LexiconIndex): boolean {
  const m = COMPETENCY.exec(text);
  if (!m) return false;
  if (kind === 'skills') return true;
  const name = m[1].trim();
  return /\b(?:skills?|knowledge|competenc(?:y|ies)|abilities)$/i.test(name) || (firstMatch(lex.qualities, name)?.[0].length ?? 0) === name.length;
}

/** A list line (or a short line without a full stop): read as a name or a task, not as prose. */
function isListLike(item: Item): boolean {
  if (item.level > 0) return true;
  return !/[.!?。]$/.test(item.text) && item.text.split(/\s+/).length <= 14;
}

/** English words no other language here uses: an item with them is read as English whatever the document's detected language. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|with|for|you|your|our|we|will|skills|experience|ability|knowledge|years)\b/i;

function isEnglish(text: string, englishDoc: boolean): boolean {
  return isMostlyLatin(text) && (englishDoc || ENGLISH_WORDS.test(text));
}

function isMostlyLatin(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return true;
  return letters.replace(/[^A-Za-z\u00C0-\u024F]/g, '').length / letters.length > 0.7;
}

function isNoise(text: string, lex: LexiconIndex): boolean {
  return hits(lex.noise, text) || (CONTACT.test(text) && text.split(/\s+/).length < 25);
}

/**
 * A named competency ("Customer Focus: Knowledge of …" with a level line and indicators below it):
 * the name is the skill (knowledge when its name says so), the level comes from the level line, and a
 * description that starts with a verb ("Responds to customer questions …") is a duty.
 */
function competency(ctx: ItemContext, section: Section, index: number): void {
  const m = COMPETENCY.exec(ctx.text);
  if (!m) {
    generic(ctx, section.kind);
    return;
  }
  const name = m[1].trim().replace(/[,\s-]+$/, '');
  let level: string | undefined;
  for (const it of section.items) {
    if (it.parent !== index) continue;
    const lm = LEVEL_LINE.exec(it.text.trim());
    if (lm) {
      level = lm[1].toLowerCase();
      break;
    }
  }
  const kind = /\bknowledge\b/i.test(name) ? 'knowledge' : 'skill';
  const normalized = name.replace(/\s+(?:(?:and|&)\s+)?(?:skills?|abilities)$/i, '');
  addMention(ctx, kind, 0, name.length, normalized, 0.85, level ? { level } : {});
  const descStart = m[0].length - m[2].length;
  const v = leadingVerb(ctx.text, descStart, ctx.lex);
  if (v && v.form === 's') extractDutiesFrom(ctx, descStart);
}

/** Duties of the part of an item after `from` (the description of a named competency). */
function extractDutiesFrom(ctx: ItemContext, from: number): void {
  const item: Item = { ...ctx.item, start: ctx.item.start + from, text: ctx.text.slice(from) };
  const sub: ItemContext = { ...ctx, item, text: item.text, out: [] };
  extractDuties(sub, false, 0.6);
  ctx.out.push(...sub.out);
}

function generic(ctx: ItemContext, kind: SectionKind): void {
  if (tagLine(ctx)) return;
  if (kind !== 'responsibilities' && headTerm(ctx)) return;
  // A list line of several sentences ("… at all levels. Excellent listening skills.") is read sentence by sentence.
  const parts = sentenceParts(ctx.text, ctx.lex);
  if (parts.length > 1) {
    for (const [a, b] of parts) {
      const item: Item = { ...ctx.item, start: ctx.item.start + a, end: ctx.item.start + b, text: ctx.text.slice(a, b) };
      const sub: ItemContext = { ...ctx, item, text: item.text, out: [] };
      genericSentence(sub, kind);
      ctx.out.push(...sub.out);
    }
    return;
  }
  genericSentence(ctx, kind);
}

/** A job board's field label on the line before a value ("Company size:" / "51-200 people"). */
const FIELD_LABEL = /(?:^|\n)\s*(experience level|seniority(?: level)?|company size|company type|job type|employment type|industry|role|contract type)\s*:\s*$/i;

/**
 * The value of a posting's field: the seniority asked for is a qualification ("Experience level:" /
 * "Senior Lead"); company size, job type, industry or role name nothing the candidate needs.
 */
function fieldValue(ctx: ItemContext): boolean {
  const label = FIELD_LABEL.exec(ctx.docText.slice(Math.max(0, ctx.item.start - 40), ctx.item.start));
  if (!label || ctx.text.split(/\s+/).length > 5) return false;
  if (/^(?:experience|seniority)/i.test(label[1])) addMention(ctx, 'qualification', 0, ctx.text.length, ctx.text, 0.7);
  return true;
}

/** "Technologies java java-ee spring", "Tech stack: reactjs node.js": a label, then one tag per technology. */
const TAG_LINE = /^(?:technologies|tech(?:nology)? stack|stack|tools)\s*:?\s+((?:[\p{L}\p{N}][\p{L}\p{N}.+#/-]*\s*){1,12})$/iu;

function tagLine(ctx: ItemContext): boolean {
  const m = TAG_LINE.exec(ctx.text);
  if (!m) return false;
  const tag = /\S+/gu;
  tag.lastIndex = m[0].length - m[1].length;
  for (let t = tag.exec(ctx.text); t; t = tag.exec(ctx.text)) addMention(ctx, 'knowledge', t.index, t.index + t[0].length, t[0], 0.8);
  return true;
}

function genericSentence(ctx: ItemContext, kind: SectionKind): void {
  const needs = NEEDS.has(kind);
  const duties = kind === 'responsibilities';
  const weak = !needs && !duties;
  const c = (base: number) => (weak ? base - 0.15 : base);

  // Under a duties heading a line that opens with a verb is a task, whatever it mentions ("Ensure the running of the vocational training centre").
  const qual = duties && leadingVerb(ctx.text, 0, ctx.lex) ? false : qualifications(ctx, needs || ctx.alone, c(0.85));
  if (duties && !qual && extractDuties(ctx, true, 0.85)) return;
  // In a summary or an article, a sentence names what the role needs only when it speaks of the candidate.
  if (!weak || ctx.listLike || ctx.alone || ABOUT_CANDIDATE.test(ctx.text)) {
    knowledgeCues(ctx, c(0.85), qual);
    skillHeads(ctx, c(0.85));
    abilities(ctx, c(0.85));
  }
  if (needs) {
    // Bare names (a quality, a tool) count on a list line or after "You are …"; in other sentences they are
    // too often about something else.
    if (ctx.listLike || DESCRIBES_CANDIDATE.test(ctx.text)) {
      qualities(ctx, 0.75, false);
      if (!qual) knowledgeTerms(ctx, 0.8);
    }
  } else if (ctx.listLike) {
    qualities(ctx, c(0.8), true);
  }
  candidateQualities(ctx, c(0.8));
  if (qual) shrinkQualification(ctx);
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
  // A work line under a needs heading ("Act as a practice supervisor …") is a duty.
  if (leadingVerb(ctx.text, 0, ctx.lex)) {
    extractDuties(ctx, false, 0.6);
    return;
  }
  // A short line under a skills/requirements heading that no pattern explains: the line is the skill.
  const bare = ctx.text.replace(OPTIONAL_TAIL, '');
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

/** A qualification line that goes on to name a skill ("Valid driving licence and willingness to travel") ends where the skill starts. */
function shrinkQualification(ctx: ItemContext): void {
  const q = ctx.out.find((m) => m.kind === 'qualification');
  if (!q) return;
  const inner = ctx.out.filter((m) => m !== q && m.start > q.start && m.start < q.end).sort((a, b) => a.start - b.start)[0];
  if (!inner) return;
  const head = ctx.docText.slice(q.start, inner.start).replace(/[\s,;(]*(?:and|or|as well as|with|plus)?[\s,;(]*$/i, '');
  if (head.trim() === '') return;
  q.end = q.start + head.length;
  q.text = ctx.docText.slice(q.start, q.end);
}

/** "stress-steadiness and result orientation" → two skills; a longer phrase stays one. */
function shortSkills(ctx: ItemContext): void {
  const text = ctx.text.replace(OPTIONAL_TAIL, '');
  // Not a name: a clause ("… are key"), an article's start ("a curriculum vitae"), a cut phrase ("Level of").
  if (/\b(?:is|are|was|were)\b|^(?:a|an|the|no|any)\s|\b(?:of|in|on|for|to|with|these|those)$/i.test(text)) return;
  // "Cisco ASA", "Relational DBs": a line of names is a tool or technology, and it is knowledge; a seniority or
  // field value ("Senior", "Full time", "51-200 people") is neither.
  if (!/(?:^|\s)\p{Ll}{3,}/u.test(text)) {
    if (/\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(text) && !/\d/.test(text)) addMention(ctx, 'knowledge', 0, text.length, text, 0.6);
    return;
  }
  const mod = ctx.lex.modifiers.exec(text);
  const from = mod ? mod[0].length : 0;
  const parts: [number, number][] = [];
  const re = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/g;
  re.lastIndex = from;
  let at = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    parts.push([at, m.index]);
    at = m.index + m[0].length;
  }
  parts.push([at, text.length]);
  // "Dutch, German or Polish": alternatives for one requirement stay one mention.
  const alternatives = /\s(?:or|and\/or)\s/i.test(text);
  const split = !alternatives && parts.length > 1 && parts.every(([a, b]) => text.slice(a, b).trim().split(/\s+/).length <= 2);
  if (!split) {
    addMention(ctx, 'skill', 0, text.length, text.slice(from), 0.6);
    return;
  }
  parts.forEach(([a, b], i) => addMention(ctx, 'skill', i === 0 ? 0 : a, b, text.slice(a, b), 0.6));
}

const LANGUAGE_LEVEL = /^(?:(?:fluent|fluency in|good|very good|excellent|native|business|spoken|written|and|verbal|working|basic|proficient|conversational|level)\s+)*/i;

/** "Fluent English", "Latvian is a plus": a spoken language is knowledge, named by the language. */
function languageLine(ctx: ItemContext): boolean {
  const text = ctx.text.replace(OPTIONAL_TAIL, '').replace(/[.;:]+$/, '');
  const lead = LANGUAGE_LEVEL.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead).replace(/\s+(?:language|skills?)$/i, '');
  const names = rest.split(/\s*(?:,|\/|\band\b|\bor\b|&)\s*/).filter(Boolean);
  if (names.length === 0 || !names.every((n) => ctx.lex.languages.has(n.toLowerCase()))) return false;
  let at = lead;
  for (const n of names) {
    const i = ctx.text.indexOf(n, at);
    addMention(ctx, 'knowledge', i, i + n.length, n, 0.75);
    at = i + n.length;
  }
  return true;
}

const FOREIGN_YEARS = /\d+\s*\+?\s*(?:jahre?n?|ans|années|años|лет|года?|年|years?)/iu;

/** Items in a language the grammar rules do not read: classified from their section and the lexicon alone. */
function foreign(ctx: ItemContext, kind: SectionKind): void {
  if (!ctx.listLike || ctx.text.split(/\s+/).length > 25) return;
  if (kind === 'responsibilities') {
    addMention(ctx, 'duty', 0, ctx.text.length, ctx.text, 0.6);
    return;
  }
  if (!NEEDS.has(kind)) return;
  if (qualifications(ctx, true, 0.7) || FOREIGN_YEARS.test(ctx.text)) {
    if (ctx.out.length === 0) addMention(ctx, 'qualification', 0, ctx.text.length, ctx.text, 0.6);
    return;
  }
  if (knowledgeTerms(ctx, 0.75) > 0) return;
  if (hits(ctx.lex.foreignKnowledge, ctx.text)) {
    addMention(ctx, 'knowledge', 0, ctx.text.length, ctx.text, 0.6);
    return;
  }
  // "Analytische Denkweise und Zahlenaffinität": short coordinated names are one skill each.
  const text = ctx.text;
  const parts: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(/\s*[,;/]\s*|\s+(?:und|oder|sowie|and|or|et|ou|y|o|и|или)\s+/giu)) {
    parts.push([at, m.index ?? 0]);
    at = (m.index ?? 0) + m[0].length;
  }
  parts.push([at, text.length]);
  const short = parts.every(([a, b]) => text.slice(a, b).trim().split(/\s+/).length <= 3);
  for (const [a, b] of short ? parts : [[0, text.length] as [number, number]]) {
    const part = text.slice(a, b);
    addMention(ctx, 'skill', a, b, part.replace(ctx.lex.foreignModifiers, ''), 0.55);
  }
}

/** The longest span a mention of each kind may have: past it, a rule has swallowed a sentence. */
const MAX_WORDS: Record<Mention['kind'], number> = { duty: 30, skill: 20, knowledge: 12, qualification: 30 };

/** Catch-all lines and fragments that name no task (mentions.md: "any other duties as assigned" is not a mention). */
const NOT_A_DUTY =
  /\b(?:other|related|similar|additional|any) (?:duties|tasks|work|assignments|responsibilities)\b|\bnot limited\b|\b(?:following|these|their|his|her) (?:duties|responsibilities|tasks)\b|\blearn more\b|^\S+\s+(?:that|to|at|in|on|for|with|of|our|the|a|an)$|\s(?:under|to|of|for|with|in|on|at|by|from|the|a|an|our|their|its)$|\S['’]s$/i;

/** "Note: …" is a remark; "Fostering a diverse workplace is an important part of …" has the -ing clause as its subject. */
const GERUND_SUBJECT = /^note\b|^\p{L}+ing\b[^,;:]*?\s(?:is|are)\s(?:an?|the|part|important|essential|key|critical|vital|central)\b/iu;

/** A label before a colon ("Start date:", "Direct superior:") is a field name, not a duty; nor is a catch-all line, a cut fragment or a remark. */
function isNotADuty(m: Mention, text: string): boolean {
  if (m.kind !== 'duty') return false;
  return (/^\s*[:：]/u.test(text.slice(m.end, m.end + 3)) && m.text.split(/\s+/).length <= 3) || NOT_A_DUTY.test(m.text) || GERUND_SUBJECT.test(m.text);
}

/** Words that name no competency on their own: function words, redaction placeholders, the category words of a heading. */
const EMPTY_WORD =
  /^(?:\[[A-Z_ ]+\]\S*|\d+\S*|a|an|the|and|or|of|in|on|for|to|with|both|all|any|other|new|good|basic|relevant|required|skills?|knowledge|abilit(?:y|ies)|experiences?|training|understanding|competenc(?:e|ies)|requirements?|qualifications?)$/i;

/** A mention whose words are all placeholders, numbers or heading words ("[REDACTED]", "7", "Knowledge, Skills and Abilities"). */
function namesNothing(m: Mention): boolean {
  return m.text
    .split(/[\s,;/&]+/)
    .filter((w) => w !== '')
    .every((w) => EMPTY_WORD.test(w.replace(/[.:()'’]+$/u, '')));
}

/**
 * English duties are written as sentences; a phrase in Title Case ("Code of Conduct", "Planning, Design
 * Development and Documentation") is a heading or a name. (German capitalises every noun: not there.)
 */
function isTitleCase(m: Mention): boolean {
  if (m.kind !== 'duty') return false;
  const words = m.text.split(/[\s,/]+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Drop low-confidence and duplicate mentions (same kind, overlapping span: keep the more confident, then the longer). */
function finish(all: Mention[], minConfidence: number, text: string, english: boolean): Mention[] {
  const kept = all.filter((m) => m.confidence >= minConfidence && m.text.split(/\s+/).length <= MAX_WORDS[m.kind] && !isNotADuty(m, text) && !namesNothing(m) && !(english && isTitleCase(m)));
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
  return out;
}

