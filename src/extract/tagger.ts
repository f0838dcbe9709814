// The trained token tagger as a stage of extraction: it reads every item of a posting, tags its tokens
// (BIO over the four kinds) and turns the tags into spans, which complete the rules' mentions (see
// `withTagger`).
import type { CleanDocument, Item, Mention, MentionKind, Section, SectionKind, SegmentedDocument } from '../types.js';
import { addMention, hits, type ItemContext } from './context.js';
import { hasOwnSubject, isReportingLine } from './duties.js';
import { PRONOUN_OBJECT } from './duty-subjects.js';
import { degreeLevelOf, isQuality, lexiconIndex } from './lexicon.js';
import { namesFor, type Names } from './names.js';
import { splitNameRun } from './name-lists.js';
import type { ExtractConfig } from './options.js';
import { itemFeatures, tokenize, type FeatureContext, type Token } from './tagger-features.js';
import { decode, isB, kindOf, loadModel, type TaggerModel, type Tagged } from './tagger-model.js';
import { SILENT } from './sections.js';
import { SpanIndex } from './span-index.js';
import { memosFor, packSpans, unpackSpan } from './item-memo.js';
import { TITLE_BEFORE } from './skills.js';

/** One item of a posting as the tagger reads it. */
export interface TaggerItem {
  item: Item;
  section: Section;
  tokens: Token[];
  ids: Uint32Array;
  offsets: Uint32Array;
  words: Uint32Array;
}

/** Every item of the sections to read, with its features (`names`: the document's matcher, shared with the rules). */
export function taggerItems(
  doc: CleanDocument,
  seg: SegmentedDocument,
  config: ExtractConfig,
  read: (kind: SectionKind) => boolean = () => true,
  names: Names | null = namesFor(config),
): TaggerItem[] {
  const fc: FeatureContext = { lex: lexiconIndex(config), matcher: names?.matcher ?? null };
  const out: TaggerItem[] = [];
  for (const section of seg.sections) {
    if (!read(section.kind)) continue;
    for (const item of section.items) {
      const ti = taggerItem(doc.text.slice(item.start, item.end), item, section, fc);
      if (ti) out.push(ti);
    }
  }
  return out;
}

/** An item with its tokens and their features; none for an item of no token. */
function taggerItem(text: string, item: Item, section: Section, fc: FeatureContext): TaggerItem | undefined {
  const tokens = tokenize(text);
  return tokens.length === 0 ? undefined : { item, section, tokens, ...itemFeatures({ text, item, section: section.kind }, tokens, fc) };
}

export interface TaggedSpan {
  kind: MentionKind;
  /** Offsets in the document's cleaned text. */
  start: number;
  end: number;
  /** Smallest token margin in the span: how sure the tagger is the whole span is a mention. */
  margin: number;
}

export function tagItem(model: TaggerModel, ti: TaggerItem): Tagged {
  return decode(model, ti.ids, ti.offsets, ti.words);
}

/** BIO labels → spans (an I without its B opens a span too). */
export function spansOf(ti: TaggerItem, tagged: Tagged): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  ti.tokens.forEach((tok, t) => {
    const label = tagged.labels[t];
    const kind = kindOf(label);
    if (open && (kind !== open.kind || isB(label))) {
      spans.push(open);
      open = null;
    }
    if (!kind) return;
    const start = ti.item.start + tok.start;
    const end = ti.item.start + tok.end;
    if (open) {
      open.end = end;
      open.margin = Math.min(open.margin, tagged.margin[t]);
    } else open = { kind, start, end, margin: tagged.margin[t] };
  });
  if (open) spans.push(open);
  return spans;
}

/** A span with where it was found: its section and item. */
export type DocumentSpan = TaggedSpan & { section: Section; item: Item };

/** The sections the tagger reads: the rules never read silent sections, so the tagger adds nothing there either. */
export const taggerReads = (kind: SectionKind): boolean => !SILENT.has(kind);

/** The kinds the tagger adds where no rule mention overlaps, each with the margin every token of a span needs. */
export type AddMargins = Partial<Record<MentionKind, number>>;

/** What joins a duty to the purpose or scope clause the rules cut off it ("… reports | to | support planning", "… end to end, | from | design …"). */
const TAIL_JOIN = /^[\s,]*(?:in order to|so as to|so that|to|in line with|within|from|when|where|who|which|that)\s+$/i;

/** "Allocating labour | across picking, | packing and loading": gerunds listed after a preposition are the duty's objects. */
const GERUND_LIST_JOIN = /^[\s,]*(?:across|between|into|from|with|for|of|in|on|about|at|including|such as)\s+\p{L}+ing(?:\s*,\s*\p{L}+ing)*\s*,?\s*(?:(?:and|or)\s+)?$/iu;

/** "Maintain a safe ward | in line with infection prevention and | control policies": the rule the duty follows goes on. */
const RULE_JOIN = /^[\s,]*(?:in line with|in accordance with|according to|as per|in compliance with|in keeping with)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,6}$/u;

/** A tagger span inside the purpose or scope tail of a rule's duty just before it: the duty's object, not a competency of its own. */
function isCutTail(doc: CleanDocument, mentions: SpanIndex<Mention>, s: DocumentSpan): boolean {
  return mentions.someStartingIn(s.item.start, s.start, (m) => {
    if (m.kind !== 'duty' || m.end > s.start) return false;
    const gap = doc.text.slice(m.end, s.start);
    return TAIL_JOIN.test(gap) || (s.kind === 'duty' && (GERUND_LIST_JOIN.test(gap) || RULE_JOIN.test(gap)));
  });
}

/** "You will be supported by a Band 6 mentor …": a span inside a passive's "by" phrase names who does something for the post holder. */
const PASSIVE_BY = /\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$/iu;

/** Inside that phrase: the span goes on in lower case (a capitalised word after it opens a run-on line's next item). */
const passiveAgent = (doc: CleanDocument, s: DocumentSpan): boolean =>
  /^\p{Ll}/u.test(doc.text.slice(s.start, s.end)) && PASSIVE_BY.test(doc.text.slice(Math.max(s.item.start, s.start - 60), s.start));

/**
 * "There will be opportunities for research and teaching", "You will receive a structured preceptorship
 * programme", "We offer flexible working", "You are free to set up your workspace …": what the employer offers or
 * allows, just before the span ("the opportunity
 * to build and support cloud services" is often the job itself).
 */
const OFFERED_BEFORE =
  /\b(?:(?:opportunit(?:y|ies)|chances?|scope)\s+for|you(?:['’]ll|\s+will)\s+(?:also\s+)?(?:receive|be offered|be given|be provided with|be supported by|get|enjoy|benefit from|have access to)|we\s+(?:will\s+|can\s+)?(?:also\s+)?(?:offer|provide)(?:\s+you)?|(?:you\s+are|you['’]re|you['’]ll\s+be|you\s+will\s+be|feel)\s+free\s+to)\s+(?:[\p{L}-]+,?\s+){0,6}$/iu;

/** "(we are currently evaluating Dagster)", "we're moving to Kubernetes": what the employer does, no task of the post. */
const EMPLOYER_DOING = /\b(?:we|they)(?:['’]re|\s+are)\s+(?:(?:currently|also|now|already|actively|busy)\s+)?$/i;

/** With TITLE_BEFORE, a capitalised word on either side: "an experienced Mechanical | Maintenance | Engineer". */
const TITLE_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/** A tagger span cut out of a run of capitalised words: a piece of a job title, team or product name, not a competency. */
function insideName(doc: CleanDocument, s: DocumentSpan, span: string): boolean {
  return s.kind !== 'knowledge' && /^(?:\p{Lu}\p{Ll}+\s?)+$/u.test(span) && TITLE_BEFORE.test(doc.text.slice(Math.max(s.item.start, s.start - 40), s.start)) && TITLE_AFTER.test(doc.text.slice(s.end, s.end + 3));
}

/** The rest of a clause after "day" of "day to day" (a modifier), up to its punctuation. */
const DAY_TO_DAY_AFTER = /^\s+to\s+day\b[^,;.()]*/i;

/** A word that reads as an adjective ("maternal", "technical", "various"), and the words joined after it up to the clause's end. */
const ADJECTIVE_END = /\s\p{Ll}{3,}(?:al|ic|ive|ous|ful)$/u;
const SHARED_NOUN_AFTER = /^\s+(?:and|or|&)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}(?=\s*(?:[,.;:()]|$))/u;

/** A line's opening verb of showing, before the tagger's duty span. */
const SHOWN_BEFORE = /^\s*(?:demonstrate|demonstrates|show|shows|display|displays|exhibit|exhibits)\s+$/i;

/** The ways of communicating ("face to face", "over the phone", "written and verbal"): a span of them alone names no skill. */
const CHANNEL = String.raw`(?:face[\s-]+to[\s-]+face|face|in person|in writing|(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone|by e-?mail|written|verbal|oral|spoken|virtually|remotely|online)`;
const CHANNELS_ONLY = new RegExp(String.raw`^(?:both\s+)?${CHANNEL}(?:\s*(?:,|and|or|&|\/)\s*${CHANNEL})*$`, 'i');

const LEVEL_WORD = /^(?:specialist|senior|junior|advanced|expert|basic|intermediate|beginner|entry|higher|high|low|level)$/i;

/** A span that names a certificate by its head ("teaching qualification" after "PGCE or equivalent") is no skill. */
const CERTIFICATE_HEAD = /\b(?:qualifications?|certificates?|certifications?|licen[cs]es?|diplomas?|degrees?)$/i;

/** One space, then a word in lower case: what a modifier has before the noun it modifies (a capital opens the next requirement of a run-on line). */
const MODIFIES_NEXT = /^ \p{Ll}/u;
/** A skill named by the person who has it ("team player", "self-starter"): a quality before it is one more of the person's. */
const PERSON_END = /(?:player|person|individual|worker|communicator|starter|learner|thinker|leader|professional|member|colleague)s?$/i;

/** The rules' mentions completed by the tagger's spans, trimmed and normalized as the rules' own are. */
export function combine(doc: CleanDocument, config: ExtractConfig, mentions: Mention[], spans: DocumentSpan[], add: AddMargins = config.taggerAdd, names: Names | null = null): Mention[] {
  const added: Mention[] = [];
  const lex = lexiconIndex(config);
  const ruled = new SpanIndex(mentions);
  for (const s of spans) {
    const min = add[s.kind];
    if (min === undefined || s.margin < min) continue;
    if (ruled.overlaps(s.start, s.end) || isCutTail(doc, ruled, s)) continue;
    const span = doc.text.slice(s.start, s.end);
    if (s.kind === 'duty' && (hasOwnSubject(span) || isReportingLine(span) || passiveAgent(doc, s) || PRONOUN_OBJECT.test(span) || EMPLOYER_DOING.test(doc.text.slice(Math.max(s.item.start, s.start - 40), s.start)))) continue;
    // "Annual employee bonus plan", "Private health insurance": what the employer offers.
    if (hits(lex.offers, span) || OFFERED_BEFORE.test(doc.text.slice(Math.max(s.item.start, s.start - 80), s.start))) continue;
    // "Dysphagia competencies at specialist level": a level word alone names no competency; nor do the ways of
    // communicating a skill is used in ("… communicator, both face to face and over the phone").
    if (LEVEL_WORD.test(span) || CHANNELS_ONLY.test(span)) continue;
    if (s.kind === 'skill' && CERTIFICATE_HEAD.test(span)) continue;
    const quality = isQuality(span.replace(lex.modifiers, ''), lex);
    if (!quality && insideName(doc, s, span)) continue;
    // ("Meticulous | attention to detail": a quality word right before a skill the rules read is how that skill is had.)
    if (quality && s.kind === 'skill' && !/\s/.test(span) && MODIFIES_NEXT.test(doc.text.slice(s.end, s.end + 2)) && ruled.someStartingIn(s.end + 1, s.end + 1, (m) => m.kind === 'skill' && !PERSON_END.test(m.text))) continue;
    const text = doc.text.slice(s.item.start, s.item.end);
    const ctx: ItemContext = { docText: doc.text, item: s.item, section: s.section, lex, config, text, listLike: s.item.level > 0, alone: false, english: true, out: added };
    // "Demonstrate | clinical leadership and act as a role model": a task that opens with "demonstrate" keeps it (the
    // rules read no task in such a verb), else what is left is a fragment.
    const a = s.kind === 'duty' && SHOWN_BEFORE.test(text.slice(0, s.start - s.item.start)) ? 0 : s.start - s.item.start;
    // ("Managing the day | to day running of the office": the tagger ends a duty before "to"; "day to day" is one modifier.)
    const dayToDay = s.kind === 'duty' && /\bday$/i.test(span) ? DAY_TO_DAY_AFTER.exec(text.slice(s.end - s.item.start)) : null;
    // ("reducing maternal | and child mortality rates": a duty the tagger ends on an adjective goes on to the noun it shares.)
    const shared = s.kind === 'duty' && !dayToDay && ADJECTIVE_END.test(span) ? SHARED_NOUN_AFTER.exec(text.slice(s.end - s.item.start)) : null;
    const b = s.end - s.item.start + (dayToDay?.[0].trimEnd().length ?? shared?.[0].length ?? 0);
    // 0.5 at no margin, towards 0.9 as the tagger grows sure.
    // "keen eye for detail", "Teamwork": a span that is only a quality the lexicon names is a skill, whatever the tagger's kind (mentions.md).
    // "(GCSE or equivalent)": a span that is only a degree's name is a qualification.
    const degreeLevel = quality ? undefined : degreeLevelOf(span, lex);
    // ("Engineering degree", "a teaching diploma": a knowledge span whose head is a certificate's names the certificate.)
    const kind = quality ? 'skill' : degreeLevel || (s.kind === 'knowledge' && CERTIFICATE_HEAD.test(span)) ? 'qualification' : s.kind;
    const m = addMention(ctx, kind, a, b, text.slice(a, b), 0.5 + 0.4 * (1 - Math.exp(-Math.max(0, s.margin) / 10)), degreeLevel ? { qualification: { degreeLevel } } : {});
    // ("CSS Redux": names whose commas were lost are one mention each, as the rules' own.)
    if (m?.kind === 'knowledge' && names) splitNameRun(ctx, names, m);
  }
  return added.length === 0 ? mentions : [...mentions, ...added];
}

/**
 * The rules' mentions completed by the tagger's, when the pipeline names a model. `readEnd` tells how much of
 * each item the rules read (none of a contact line, a run-on item up to its noise): the tagger reads as much.
 */
export function withTagger(doc: CleanDocument, seg: SegmentedDocument, config: ExtractConfig, mentions: Mention[], readEnd: (text: string) => number, names: Names | null): Mention[] {
  if (!config.tagger) return mentions;
  return combine(doc, config, mentions, taggedSpans(doc, seg, config, readEnd, names), config.taggerAdd, names);
}

/**
 * The tagger's spans in the items of the sections it reads, each read up to `readEnd` of its text (needs
 * `config.tagger`). An item's spans are tagged once per worker: see item-memo.ts.
 */
export function taggedSpans(
  doc: CleanDocument,
  seg: SegmentedDocument,
  config: ExtractConfig,
  readEnd: (text: string) => number = (text) => text.length,
  names: Names | null = namesFor(config),
): DocumentSpan[] {
  const model = loadModel(config.tagger!);
  const fc: FeatureContext = { lex: lexiconIndex(config), matcher: names?.matcher ?? null };
  const memo = memosFor(config).tagger;
  const spans: DocumentSpan[] = [];
  for (const section of seg.sections) {
    if (!taggerReads(section.kind)) continue;
    for (const item of section.items) {
      const text = doc.text.slice(item.start, item.end);
      const end = readEnd(text);
      if (end === 0) continue;
      // (What the tagger reads of an item: its text, whether it is a list's line, its section.)
      const found = memo.answer(`${section.kind} ${+(item.level > 0)}\u0000${text}`, () => {
        const ti = taggerItem(text, { ...item, start: 0 }, section, fc);
        return packSpans(ti ? spansOf(ti, tagItem(model, ti)) : []);
      });
      for (let i = 0; i < found.length; i += 4) {
        const s = unpackSpan(found, i);
        if (s.end <= end) spans.push({ ...s, start: item.start + s.start, end: item.start + s.end, section, item });
      }
    }
  }
  return spans;
}
