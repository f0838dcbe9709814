import type { Block, CleanDocument, RawDocument } from '../types.js';
import type { EditText } from './edit-text.js';
import { perConfig } from '../per-config.js';
import type { CleanConfig } from './options.js';
import type { RuleId } from './rule-ids.js';
import { countCharacters, fixMojibake, type CharacterCounts } from './encoding.js';
import {
  fixControl,
  fixDashes,
  fixEntities,
  fixLigatures,
  fixNfc,
  fixQuotes,
  fixSoftHyphen,
  fixSpaces,
  fixWidth,
} from './characters.js';
import { fixHtmlTags, fixMarkdown, fixTable } from './markup.js';
import { lostGlyphCodes, splitInlineBullets, stripMarker } from './bullets.js';
import { fixFiller, fixPageNumber, fixRunningHeaders } from './layout.js';
import { joinLines } from './line-join.js';
import { fixBoilerplate, fixCaptions, fixInlineContact, fixUrls } from './boilerplate.js';
import { removeDuplicates, type DuplicateWords } from './duplicates.js';
import { detectOutOfPlace, fixGlossaryPhrases } from './glossary.js';
import { detectLanguage, documentLanguage, markHeading } from './language.js';
import { live, materialize, splitLines, workBlock, type WorkBlock, type WorkDoc } from './work.js';

export type { CleanConfig } from './options.js';
export { RULE_IDS } from './rule-ids.js';

// Here, not beside the options' schemas: a worker thread that imported those would load zod (95
// modules, ~0.1 s of CPU before its first document) only to validate nothing.
const headingSet = perConfig((config: CleanConfig): ReadonlySet<string> => new Set(config.headings));

interface Run {
  doc: WorkDoc;
  config: CleanConfig;
  enabled: ReadonlySet<RuleId>;
  /** Whether blocks have been cut into one block per line yet. */
  split: boolean;
  /** Whether a text rule ran since the last cut (and may have added line breaks). */
  dirty: boolean;
  /** The words of the blocks, shared by the exact and the near duplicate pass. */
  duplicateWords: DuplicateWords;
}

type Rule =
  | { scope: 'text'; run: (et: EditText, run: Run) => void }
  | { scope: 'block'; run: (b: WorkBlock, run: Run) => void }
  | { scope: 'doc'; run: (run: Run) => void };

const text = (run: (et: EditText) => void): Rule => ({ scope: 'text', run });
const block = (run: (b: WorkBlock, r: Run) => void): Rule => ({ scope: 'block', run });
const doc = (run: (r: Run) => void): Rule => ({ scope: 'doc', run });

const characterCounts = new WeakMap<WorkDoc, Map<string, number>>();

/** The document's characters, counted once, when a block first needs them. */
function documentCharacters(doc: WorkDoc): CharacterCounts {
  return () => {
    let counts = characterCounts.get(doc);
    if (!counts) characterCounts.set(doc, (counts = countCharacters(doc.blocks.map((b) => b.et.text))));
    return counts;
  };
}

/** Cuts blocks at their line breaks (again, if a rule added breaks since). */
function splitAll(r: Run): void {
  if (r.split && !r.dirty) return;
  r.dirty = false;
  r.doc.blocks = r.doc.blocks.flatMap((b) => (b.removed ? [b] : splitLines(b)));
  r.split = true;
}

/**
 * List levels: the source's level, else the depth the numbering shows, else the rank of the
 * line's indentation among the items of its own list (a run of consecutive items).
 */
function assignLevels(r: Run): void {
  const blocks = live(r.doc);
  const isItem = (b: WorkBlock): boolean => b.kind === 'list-item' || (b.kind === 'table-cell' && b.marker !== undefined);
  let i = 0;
  while (i < blocks.length) {
    if (!isItem(blocks[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && isItem(blocks[j])) j++;
    const run = blocks.slice(i, j);
    const base = run.reduce((m, b) => Math.min(m, b.indent ?? 0), Infinity);
    // One stray space is not nesting.
    const depth = (b: WorkBlock): number => ((b.indent ?? 0) - base < 2 ? 0 : (b.indent ?? 0) - base);
    const indents = [...new Set(run.filter((b) => b.level === undefined).map(depth))].sort((a, b) => a - b);
    for (const b of run) if (b.level === undefined) b.level = indents.indexOf(depth(b)) + 1;
    i = j;
  }
}

function bulletsRule(kind: 'glyph' | 'numbering'): Rule {
  return doc((r) => {
    splitAll(r);
    const blocks = live(r.doc);
    const lost = lostGlyphCodes(blocks.map((b) => b.et.text));
    for (const b of blocks) stripMarker(b, kind, lost);
  });
}

const boiler = (kind: Parameters<typeof fixBoilerplate>[1]): Rule => block((b) => fixBoilerplate(b, kind));

const RULES: Record<RuleId, Rule> = {
  'encoding.mojibake': { scope: 'text', run: (et, r) => fixMojibake(et, documentCharacters(r.doc)) },
  'characters.control': text(fixControl),
  'markup.html-tag': text(fixHtmlTags),
  'characters.entities': { scope: 'text', run: (et, r) => {
    // Escaped markup ("&lt;b&gt;") is markup once decoded.
    const escaped = et.text.includes('&lt;');
    fixEntities(et);
    if (escaped && r.enabled.has('markup.html-tag')) fixHtmlTags(et);
  } },
  'characters.ligatures': text(fixLigatures),
  'characters.width': text(fixWidth),
  'characters.spaces': text(fixSpaces),
  'characters.soft-hyphen': text(fixSoftHyphen),
  'characters.nfc': text(fixNfc),
  'characters.quotes': text(fixQuotes),
  'characters.dashes': text(fixDashes),
  'markup.table': text(fixTable),
  'bullets.inline': text(splitInlineBullets),
  'layout.line-join': doc((r) => {
    if (!r.split) joinLines(r.doc, r.enabled.has('layout.hyphenation'), headingSet(r.config));
    splitAll(r);
  }),
  // Hyphenation is undone while lines are joined (see layout.line-join); alone it joins nothing.
  'layout.hyphenation': doc(() => {}),
  'markup.markdown': block((b) => fixMarkdown(b)),
  'bullets.glyph': bulletsRule('glyph'),
  'bullets.numbering': bulletsRule('numbering'),
  'layout.filler': block((b) => fixFiller(b)),
  'layout.page-number': block((b) => fixPageNumber(b)),
  'layout.running-header': doc((r) => {
    splitAll(r);
    fixRunningHeaders(r.doc, headingSet(r.config));
  }),
  'boilerplate.promotion': boiler('promotion'),
  'boilerplate.source': boiler('source'),
  'boilerplate.navigation': boiler('navigation'),
  'boilerplate.share': boiler('share'),
  'boilerplate.cookie': boiler('cookie'),
  'boilerplate.apply': boiler('apply'),
  'boilerplate.contact': block((b) => {
    fixBoilerplate(b, 'contact');
    if (!b.removed) fixInlineContact(b);
  }),
  'boilerplate.url': block((b) => fixUrls(b)),
  'boilerplate.caption': doc((r) => {
    splitAll(r);
    fixCaptions(live(r.doc));
  }),
  'duplicates.exact': doc((r) => {
    splitAll(r);
    removeDuplicates(live(r.doc), {
      exact: true,
      near: false,
      threshold: r.config.nearDuplicateThreshold,
      minWords: r.config.duplicateMinWords,
      memo: r.duplicateWords,
    });
  }),
  'duplicates.near': doc((r) => {
    splitAll(r);
    removeDuplicates(live(r.doc), {
      exact: r.enabled.has('duplicates.exact'),
      near: true,
      threshold: r.config.nearDuplicateThreshold,
      minWords: r.config.duplicateMinWords,
      memo: r.duplicateWords,
    });
  }),
  'glossary.phrase': block((b, r) => fixGlossaryPhrases(b, r.config)),
  'glossary.detector': block((b, r) => detectOutOfPlace(b, r.config, r.doc.warnings)),
  'language.headings': block((b, r) => markHeading(b, headingSet(r.config))),
};

function runRule(id: RuleId, r: Run): void {
  const rule = RULES[id];
  if (rule.scope === 'doc') {
    rule.run(r);
    return;
  }
  if (rule.scope === 'block') splitAll(r);
  for (const b of r.doc.blocks) {
    if (b.removed) continue;
    if (rule.scope === 'text') rule.run(b.et, r);
    else rule.run(b, r);
  }
  if (rule.scope === 'text') r.dirty = true;
}

/**
 * Cleans one document: runs the configured rules in order over its blocks, then cuts blocks at
 * line breaks, detects languages, and joins the blocks into the text. Pure and deterministic.
 */
export function clean(raw: RawDocument, config: CleanConfig): CleanDocument {
  const wd: WorkDoc = { blocks: raw.blocks.map(workBlock), warnings: [...raw.warnings] };
  if (raw.pages !== undefined) wd.pages = raw.pages;
  const r: Run = { doc: wd, config, enabled: new Set(config.rules), split: false, dirty: true, duplicateWords: new Map() };
  for (const id of config.rules) runRule(id, r);
  splitAll(r);
  assignLevels(r);
  // Long blocks first: they settle the document's language, which short blocks lean on.
  const blocks = live(wd);
  for (const b of blocks) if (b.et.text.length >= 150) b.language = detectLanguage(b.et.text, config.languages);
  const prior = documentLanguage(blocks);
  for (const b of blocks) if (b.et.text.length < 150) b.language = detectLanguage(b.et.text, config.languages, prior);
  return materialize(wd, documentLanguage(blocks));
}

/** One string as a plain-text document: one paragraph block per group of lines between blank lines. */
export function cleanText(input: string, config: CleanConfig): CleanDocument {
  const blocks: Block[] = input
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .filter((t) => t.trim().length > 0)
    .map((t) => ({ kind: 'paragraph', text: t.replace(/^\n+|\n+$/g, '') }));
  return clean({ format: 'text', blocks, warnings: [] }, config);
}
