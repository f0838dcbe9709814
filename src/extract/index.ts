import { isShouted } from '../shouted.js';
import type { CleanDocument, Mention, SegmentedDocument } from '../types.js';
import { competency, isTableCompetency, LEVEL_LINE } from './competency.js';
import { withMatchMemo, type ItemContext } from './context.js';
import { memosFor, reading, replayed, surroundings, type ItemRole } from './item-memo.js';
import { extractDuties } from './duties.js';
import { fieldValue } from './fields.js';
import { finish } from './finish.js';
import { foreign } from './foreign.js';
import { isEnglish, isGroupCaption, isListLike, isPolicy, isPolicyCaption, readableLength } from './item-traits.js';
import { lexiconIndex } from './lexicon.js';
import { recase } from './recase.js';
import { namesFor, vocabularyKnowledge, type Names } from './names.js';
import type { ExtractConfig } from './options.js';
import { NEEDS, SILENT } from './sections.js';
import { generic } from './sentence.js';
import { namedLaws } from './laws.js';
import { credentialLine } from './credential-lines.js';
import { withDutyAreas } from './duty-areas.js';
import { namesJoined } from './named-tools.js';
import { listedNameParts, listedNames, listedSkillParts, underSkillsHeading } from './listed-names.js';
import { withTagger } from './tagger.js';
import { append } from '../append.js';

export type { ExtractConfig } from './options.js';

/**
 * Reads each item of a segmented posting and returns its duties, skills, knowledge and
 * qualifications, each with the exact span of the cleaned text it comes from.
 */
export function extract(doc: CleanDocument, seg: SegmentedDocument, config: ExtractConfig): Mention[] {
  return withMatchMemo(() => extractDocument(doc, seg, config));
}

function extractDocument(doc: CleanDocument, segmented: SegmentedDocument, config: ExtractConfig): Mention[] {
  const lex = lexiconIndex(config);
  const seg = withDutyAreas(segmented, lex);
  const englishDoc = doc.language === 'en' || doc.language === 'und' || doc.language === '';
  const names = namesFor(config);
  const memos = memosFor(config);
  const out: Mention[] = [];
  // Noise (contact lines), policy boilerplate and the caption above it, and the captions of a duties list's groups are
  // read neither by the rules nor by the tagger.
  const boilerplate = new Set<string>();
  // The posting's title on its first line ("Amharic Teacher for High School and Preparatory") names the role, not what it
  // needs (a posting that is its one line is read whole; a title found further down may be a line of the text).
  const newline = doc.text.indexOf('\n');
  const firstLine = (newline < 0 ? doc.text : doc.text.slice(0, newline)).trim();
  if (seg.title && firstLine === seg.title && (seg.sections.length > 1 || (seg.sections[0]?.items.length ?? 0) > 1)) boilerplate.add(seg.title);
  // How much of each item is read: none of noise or boilerplate, a run-on item up to its noise. (Asked by the rules,
  // then by the tagger of the same items: each item's answer is kept.)
  const readable = new Map<string, number>();
  // A field's value ("Industry:" / "Financial Services") is read by the rules alone: the tagger took it for knowledge.
  const fieldValues = new Set<string>();
  const readEnd = (text: string): number => {
    if (boilerplate.has(text)) return 0;
    let n = readable.get(text);
    if (n === undefined) readable.set(text, (n = readableLength(text, lex)));
    return n;
  };
  for (const section of seg.sections) {
    if (SILENT.has(section.kind)) continue;
    const texts = section.items.map((it) => doc.text.slice(it.start, it.end));
    texts.forEach((t, i) => {
      // "Clinical", "Training and supervision", "Service development": a caption over the sentences of a duties list
      // names a group of tasks, no task of its own.
      if (section.kind === 'responsibilities' && isGroupCaption(section.items, texts, i)) boilerplate.add(t);
      if (!isPolicy(t)) return;
      boilerplate.add(t);
      if (i > 0 && isPolicyCaption(section.items[i - 1], texts[i - 1])) boilerplate.add(texts[i - 1]);
    });
    const hasChildren = new Set<number>();
    for (const it of section.items) if (it.parent !== undefined) hasChildren.add(it.parent);
    // A posting that is one line under no heading is what it asks, and a short one reads like a line of a list (up to 20
    // words: on the train sets' sentences read alone, 14 → 20 found more tasks at the same precision).
    const alone = seg.sections.length === 1 && section.items.length === 1 && !section.heading;
    const read: (ItemContext | undefined)[] = [];
    section.items.forEach((item, i) => {
      const end = readEnd(texts[i]);
      if (end === 0) return;
      const text = end < texts[i].length ? texts[i].slice(0, end) : texts[i];
      const ctx: ItemContext = {
        docText: doc.text,
        item,
        section,
        lex,
        config,
        // (A line typed in capitals is read as a sentence: "GOOD COMMAND OF ENGLISH AND BASIC COMPUTER LITERACY".)
        text: isShouted(text) ? recase(text, lex) : text,
        listLike: isListLike(item) || (alone && item.text.split(/\s+/).length <= 20),
        alone,
        english: isEnglish(text, englishDoc),
        out: [],
      };
      const titled = texts[i] === seg.title;
      // An item that is no list's parent or child, in a posting of one role, is read alone: by its text and where it sits.
      const key = item.parent === undefined && !hasChildren.has(i) && section.role === undefined ? readingKey(ctx, texts[i], titled, section.items.length) : undefined;
      const known = key === undefined ? undefined : memos.rules.get(key);
      let role: ItemRole;
      if (known) {
        ctx.out = replayed(known, doc.text, item.start);
        append(out, ctx.out);
        role = known.role;
      } else {
        const from = out.length;
        role = readItem(ctx, i, hasChildren, titled, names, out);
        if (key !== undefined && sameMentions(out, from, ctx)) memos.rules.set(key, reading(role, ctx.out, item.start));
      }
      if (role === 'field') fieldValues.add(texts[i]);
      else if (role === 'read') read[i] = ctx;
    });
    if (NEEDS.has(section.kind)) listedNames(read, out);
  }
  // The tagger's spans go through the same checks as the rules' own.
  const taggerEnd = (text: string) => (fieldValues.has(text) ? 0 : readEnd(text));
  return finish(withTagger(doc, seg, config, out, taggerEnd, names), config.minConfidence, doc.text, englishDoc, seg.company);
}

/** Reads one item (the `i`th of its section) with the rules; its mentions go to `ctx.out` and `out`. */
function readItem(ctx: ItemContext, i: number, hasChildren: ReadonlySet<number>, titled: boolean, names: Names | null, out: Mention[]): ItemRole {
  const { item, section, config, lex } = ctx;
  if (fieldValue(ctx)) {
    append(out, ctx.out);
    return 'field';
  }
  if (item.parent !== undefined && LEVEL_LINE.test(ctx.text)) return 'other';
  let role: ItemRole = 'other';
  if (hasChildren.has(i) || (section.role !== undefined && isTableCompetency(ctx.text, section.kind, lex))) {
    competency(ctx, section, i);
  } else if (item.parent !== undefined && section.items[item.parent] && hasChildren.has(item.parent)) {
    if (config.indicatorDuties && ctx.english) extractDuties(ctx, false, 0.55);
  } else if (ctx.english) {
    generic(ctx, section.kind);
    role = 'read';
  } else {
    foreign(ctx, section.kind);
  }
  // The posting's title ("Data Analyst") names the role, not what it needs.
  if (names && ctx.english && !titled) vocabularyKnowledge(ctx, names, 0.7, NEEDS.has(section.kind));
  // (A law in the employer's prose, "We comply with the Equality Act 2010", is asked of no one.)
  if (ctx.english && !titled && (ctx.out.length > 0 || NEEDS.has(section.kind) || section.kind === 'responsibilities')) namedLaws(ctx, 0.7);
  if (ctx.english && !titled) {
    namesJoined(ctx, 0.65);
    credentialLine(ctx);
  }
  append(out, ctx.out);
  if (ctx.english && NEEDS.has(section.kind)) {
    listedNameParts(ctx, out);
    listedSkillParts(ctx, out);
  }
  return role;
}

/**
 * The memo key of an item read alone: everything its reading depends on besides the run's config and its raw text
 * `raw` (which decides what of it is read, and how it is cased): where it sits (its section's kind, and whether its
 * heading names skills) and how it is read.
 */
function readingKey(ctx: ItemContext, raw: string, titled: boolean, siblings: number): string {
  const { item } = ctx;
  const around = surroundings(ctx.docText, item.start, item.end);
  const own = item.text === raw ? '' : item.text;
  const flags = `${ctx.section.kind} ${item.level} ${Math.min(siblings, 3)} ${+ctx.listLike}${+ctx.alone}${+ctx.english}${+titled}${+underSkillsHeading(ctx)}`;
  return `${flags}\u0000${around.length}:${around}${own.length}:${own}${raw}`;
}

/** Whether what the item added to `out` from `from` on is its own mentions, in order, each inside the item. */
function sameMentions(out: readonly Mention[], from: number, ctx: ItemContext): boolean {
  if (out.length - from !== ctx.out.length) return false;
  return ctx.out.every((m, k) => out[from + k] === m && m.start >= ctx.item.start && m.end <= ctx.item.end);
}
