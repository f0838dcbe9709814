// The reference side of the linker: every label of a reference analysed with the domain lexicon.
// Analysing ESCO's and O*NET's ~110,000 labels takes seconds, and it depends on the reference and
// the lexicon only, never on the corpus: for the bundled vocabulary it is done once, by
// `npm run linker-index`, and stored beside the vocabulary; a run only re-reads the few labels
// whose words its own lexicon (acronyms, WordNet synonyms of its head words) reads differently.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyze, lexiconOf, surfaceWords } from './features.js';
import type { TaxonomyConfig } from './options.js';
import { americanize, rawTokens, stripPossessive } from './text.js';
import type { ReferenceConcept, ReferenceIndex } from './types.js';
import { perConfig } from '../per-config.js';
import { counts, fixed, ints, starts } from './int-codec.js';
import { surfaceStems } from './link-scores.js';

/** How a label names its concept: 0 preferred, 1 alternative, 2 hidden (ESCO's own ranking of labels). */
export type LabelKind = 0 | 1 | 2;

/** Bumped whenever what `analyze` makes of a label changes, so that a stored index is rebuilt. */
export const LABEL_INDEX_FORMAT = 'comptax-label-index/3';

/** "Java (computer programming)" is also written "Java": the qualifier only tells homonyms apart. */
function withoutQualifier(label: string): string | undefined {
  const m = /^(.+?)\s*\([^()]+\)$/.exec(label.trim());
  return m ? m[1] : undefined;
}

/** A concept's labels in a fixed order: preferred, the preferred without its qualifier, alternative, hidden. */
export function labelsOf(c: ReferenceConcept): { text: string; kind: LabelKind }[] {
  const out: { text: string; kind: LabelKind }[] = [{ text: c.label, kind: 0 }];
  const bare = withoutQualifier(c.label);
  if (bare) out.push({ text: bare, kind: 1 });
  for (const a of c.altLabels) out.push({ text: a, kind: 1 });
  for (const h of c.hiddenLabels ?? []) out.push({ text: h, kind: 2 });
  return out;
}

/** The label as written, for exact matches: lowercase words, punctuation and possessives folded, British spelling met. */
export function surfaceKey(text: string): string {
  return rawTokens(text)
    .map((t) => americanize(stripPossessive(t)))
    .join(' ');
}

/** A reference's labels (each with a written key), in concept order, analysed without a run's lexicon. */
export interface LabelIndex {
  concept: Int32Array;
  /** Where the label is in `labelsOf(concept)`: its text and kind. */
  position: Int32Array;
  /** Each label's kind (LabelKind), read with its text where the index is made: not stored. */
  kinds: Uint8Array;
  key: string[];
  terms: string[];
  /** Label i's terms are `termIds[termStart[i] .. termStart[i + 1]]`, indexes into `terms`. */
  termStart: Int32Array;
  termIds: Int32Array;
  termId: Map<string, number>;
  /** The distinct written words of each label (after abbreviations), where a run's lexicon could read them differently. */
  words: string[];
  wordStart: Int32Array;
  wordIds: Int32Array;
  wordId: Map<string, number>;
  /**
   * Each label's written content words stemmed (link-scores.ts's surfaceStems), as indexes into
   * `surfaces`: the written side of a link score, read for the best labels of every phrase.
   */
  surfaces: string[];
  surfaceStart: Int32Array;
  surfaceIds: Int32Array;
  surfaceId: Map<string, number>;
  /** Tables derived from the labels (label-keys.ts), as the stored index keeps them. */
  derived?: DerivedTables;
}

/** label-keys.ts's vague labels (label numbers) and fields ("name\tlabel label …" lines), stored with the index. */
export interface DerivedTables {
  vague: string;
  fields: string;
}

/** What the lexicon is made of: a stored index is only valid for the same lexicon. */
const lexiconHash = perConfig((config: TaxonomyConfig): string => {
  const { groups, abbreviations, fillers, classifiers } = config.synonymsData;
  return createHash('sha256')
    .update(JSON.stringify([LABEL_INDEX_FORMAT, groups, abbreviations, fillers, classifiers, config.wordnet.enabled]))
    .digest('hex');
});

function table(list: string[]): Map<string, number> {
  return new Map(list.map((s, i) => [s, i]));
}

/** Analyses every label of a reference (seconds for the whole of ESCO). */
export function analyseLabels(reference: ReferenceIndex, config: TaxonomyConfig): LabelIndex {
  const lex = lexiconOf(config);
  const concept: number[] = [];
  const position: number[] = [];
  const kinds: number[] = [];
  const key: string[] = [];
  const termStart = [0];
  const termIds: number[] = [];
  const wordStart = [0];
  const wordIds: number[] = [];
  const termId = new Map<string, number>();
  const wordId = new Map<string, number>();
  const surfaceStart = [0];
  const surfaceIds: number[] = [];
  const surfaceId = new Map<string, number>();
  const idOf = (m: Map<string, number>, s: string) => {
    let id = m.get(s);
    if (id === undefined) m.set(s, (id = m.size));
    return id;
  };
  const memo = new Map<string, { terms: number[]; words: number[]; surface: number[] }>();
  reference.concepts.forEach((c, i) => {
    labelsOf(c).forEach(({ text, kind }, pos) => {
      const k = surfaceKey(text);
      if (!k) return;
      const lower = text.toLowerCase();
      let a = memo.get(lower);
      if (!a) {
        a = {
          terms: analyze(text, lex).map((t) => idOf(termId, t)),
          words: [...new Set(surfaceWords(text, lex))].map((w) => idOf(wordId, w)),
          surface: surfaceStems(text).map((w) => idOf(surfaceId, w)),
        };
        memo.set(lower, a);
      }
      concept.push(i);
      position.push(pos);
      kinds.push(kind);
      key.push(k);
      termIds.push(...a.terms);
      termStart.push(termIds.length);
      wordIds.push(...a.words);
      wordStart.push(wordIds.length);
      surfaceIds.push(...a.surface);
      surfaceStart.push(surfaceIds.length);
    });
  });
  return {
    concept: Int32Array.from(concept),
    position: Int32Array.from(position),
    kinds: Uint8Array.from(kinds),
    key,
    terms: [...termId.keys()],
    termStart: Int32Array.from(termStart),
    termIds: Int32Array.from(termIds),
    termId,
    words: [...wordId.keys()],
    wordStart: Int32Array.from(wordStart),
    wordIds: Int32Array.from(wordIds),
    wordId,
    surfaces: [...surfaceId.keys()],
    surfaceStart: Int32Array.from(surfaceStart),
    surfaceIds: Int32Array.from(surfaceIds),
    surfaceId,
  };
}

// The file form: a few long strings instead of a million small values, which JSON.parse reads fast.
interface EncodedSection extends Partial<DerivedTables> {
  /** Per label: the concept's distance from the previous label's concept, and the label's position. */
  concept: string;
  position: string;
  /** Per label: its written key, or "" where that is the label lowercased. */
  key: string;
  terms: string;
  termCount: string;
  termIds: string;
  words: string;
  wordCount: string;
  wordIds: string;
  surfaces: string;
  surfaceCount: string;
  surfaceIds: string;
}

export interface StoredIndex {
  format: typeof LABEL_INDEX_FORMAT;
  /** The vocabulary file and lexicon it was built from (see `sourceOf`). */
  source: string;
  sections: Record<string, EncodedSection>;
  /**
   * Other tables computed from the vocabulary alone, by name (occupation-profiles.ts): each module
   * checks the format of its own table, and computes it when the table is absent or of another format.
   */
  tables?: Record<string, unknown>;
}

/** Each label's text lowercased and its kind, reading each concept's labels once. */
function lowerTexts(concept: Int32Array, position: Int32Array, reference: ReferenceIndex): { lower: string[]; kinds: Uint8Array } {
  const lower: string[] = [];
  const kinds = new Uint8Array(concept.length);
  let labels: { text: string; kind: LabelKind }[] = [];
  concept.forEach((c, i) => {
    if (!i || c !== concept[i - 1]) labels = labelsOf(reference.concepts[c]);
    const label = labels[position[i]];
    lower.push(label.text.toLowerCase());
    kinds[i] = label.kind;
  });
  return { lower, kinds };
}

export function encodeLabelIndex(index: LabelIndex, reference: ReferenceIndex): EncodedSection {
  return {
    concept: fixed(Array.from(index.concept, (c, i) => c - (i ? index.concept[i - 1] : 0))),
    position: fixed(index.position),
    key: lowerTexts(index.concept, index.position, reference).lower.map((lower, i) => (index.key[i] === lower ? '' : index.key[i])).join('\n'),
    terms: index.terms.join('\n'),
    termCount: counts(index.termStart),
    termIds: fixed(index.termIds),
    words: index.words.join('\n'),
    wordCount: counts(index.wordStart),
    wordIds: fixed(index.wordIds),
    surfaces: index.surfaces.join('\n'),
    surfaceCount: counts(index.surfaceStart),
    surfaceIds: fixed(index.surfaceIds),
  };
}

export function decodeLabelIndex(e: EncodedSection, reference: ReferenceIndex): LabelIndex {
  const concept = ints(e.concept);
  for (let i = 1; i < concept.length; i++) concept[i] += concept[i - 1];
  const position = ints(e.position);
  const { lower, kinds } = lowerTexts(concept, position, reference);
  const key = e.key.split('\n').map((k, i) => k || lower[i]);
  const terms = e.terms ? e.terms.split('\n') : [];
  const words = e.words ? e.words.split('\n') : [];
  const surfaces = e.surfaces ? e.surfaces.split('\n') : [];
  return {
    concept,
    position,
    kinds,
    key,
    terms,
    termStart: starts(e.termCount),
    termIds: ints(e.termIds),
    termId: table(terms),
    words,
    wordStart: starts(e.wordCount),
    wordIds: ints(e.wordIds),
    wordId: table(words),
    surfaces,
    surfaceStart: starts(e.surfaceCount),
    surfaceIds: ints(e.surfaceIds),
    surfaceId: table(surfaces),
    ...(e.vague !== undefined && e.fields !== undefined ? { derived: { vague: e.vague, fields: e.fields } } : {}),
  };
}

/** The fingerprint a stored index must carry to be used: its vocabulary file's bytes and the lexicon. */
export function sourceOf(vocabularyFile: string, config: TaxonomyConfig): string {
  return createHash('sha256').update(readFileSync(vocabularyFile)).update(lexiconHash(config)).digest('hex');
}

/** Where the stored index of a vocabulary file is: beside it ("vocabulary.json.gz" → "vocabulary.index.json.gz"). */
export function indexFileOf(vocabularyFile: string): string {
  return vocabularyFile.replace(/(\.json)?(\.gz)?$/, '.index.json.gz');
}

const storedFiles = new Map<string, { source: string; stored?: StoredIndex }>();

/** Drops the stored indexes read so far (a later call reads again). */
export function forgetStoredIndexes(): void {
  storedFiles.clear();
}

/** The stored index of a vocabulary file, when a current one exists (read once per process). */
function storedIndex(vocabularyFile: string, config: TaxonomyConfig): StoredIndex | undefined {
  const file = indexFileOf(vocabularyFile);
  const source = sourceOf(vocabularyFile, config);
  let entry = storedFiles.get(file);
  if (!entry || entry.source !== source) {
    let stored: StoredIndex | undefined;
    try {
      if (existsSync(file)) {
        const parsed = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as StoredIndex;
        // A stale or foreign index is only a lost speed-up: the labels are analysed here instead.
        if (parsed?.format === LABEL_INDEX_FORMAT && parsed.source === source) stored = parsed;
      }
    } catch {
      stored = undefined;
    }
    storedFiles.set(file, (entry = { source, stored }));
  }
  return entry.stored;
}

/** A table stored with a vocabulary file's index (`tables[name]`), when the index is current. */
export function storedTable(vocabularyFile: string, name: string, config: TaxonomyConfig): unknown {
  return storedIndex(vocabularyFile, config)?.tables?.[name];
}

const analysed = new WeakMap<ReferenceIndex, Map<string, LabelIndex>>();

/**
 * A reference's analysed labels: from the stored index when the reference is a section of the
 * bundled vocabulary and the index is current, else analysed here; kept per reference and lexicon.
 */
export function labelIndexOf(reference: ReferenceIndex, config: TaxonomyConfig): LabelIndex {
  let byLexicon = analysed.get(reference);
  if (!byLexicon) analysed.set(reference, (byLexicon = new Map()));
  const lexicon = lexiconHash(config);
  let index = byLexicon.get(lexicon);
  if (!index) {
    const encoded = reference.stored ? storedIndex(reference.stored.vocabularyFile, config)?.sections[reference.stored.section] : undefined;
    index = encoded ? decodeLabelIndex(encoded, reference) : analyseLabels(reference, config);
    byLexicon.set(lexicon, index);
  }
  return index;
}
