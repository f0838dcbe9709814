// The values that flow between stages (see README "Architecture"). Everything a worker returns must
// survive structured clone: plain objects, arrays, strings and numbers only.

export type Format = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

export type BlockKind = 'heading' | 'list-item' | 'paragraph' | 'table-cell';

/** What ingest gives, whatever the format. Structure is kept, not flattened away. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** 1-based page, where the format has pages. */
  page?: number;
  /** Heading level (1 = top) or list nesting depth (1 = outermost). */
  level?: number;
  /** Table cells: 0-based row and column, so a column can be read as one role. */
  row?: number;
  col?: number;
  /** List items: the marker the source used ("1.", "a)", "•"), kept as structure, never as text. */
  marker?: string;
}

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** The path shown in outputs: as the user named the root, joined with the part below it. */
  relPath: string;
  /** The file's content, when it was read before the map step (to look it up in the cache). */
  bytes?: Uint8Array;
}

/** A document-level note that is not an error: something ingest or clean noticed. */
export interface Warning {
  stage: string;
  code: string;
  message: string;
}

export interface RawDocument {
  format: Format;
  /** Encoding the bytes were decoded from (text formats). */
  encoding?: string;
  pages?: number;
  blocks: Block[];
  warnings: Warning[];
}

/** Every change a cleaning rule makes. `start` is the offset of `after` in the cleaned text. */
export interface Fix {
  rule: string;
  before: string;
  after: string;
  start: number;
}

export interface CleanBlock extends Block {
  /** Offsets of `text` in CleanDocument.text. */
  start: number;
  end: number;
  /** ISO 639-1 code where detected ("en", "zh", …), "und" when undetermined. */
  language?: string;
}

/** Blocks joined by "\n" into `text`; each block's start/end point into it. */
export interface CleanDocument {
  text: string;
  blocks: CleanBlock[];
  fixes: Fix[];
  language: string;
  warnings: Warning[];
}

export type SectionKind =
  | 'title'
  | 'company'
  | 'summary'
  | 'responsibilities'
  | 'requirements'
  | 'skills'
  | 'education'
  | 'experience'
  | 'benefits'
  | 'rights'
  | 'legal'
  | 'apply'
  | 'other';

export interface Item {
  text: string;
  start: number;
  end: number;
  /** List nesting depth; 0 for prose sentences. */
  level: number;
  /** Set when the item is a child of a "Name: description" competency or a list parent. */
  parent?: number;
}

export interface Section {
  heading: string;
  kind: SectionKind;
  start: number;
  end: number;
  items: Item[];
  /** For multi-role files (a comparison table whose columns are roles): the role this section is for. */
  role?: string;
}

export interface SegmentedDocument {
  title: string;
  company: string;
  /** Role names; one entry for an ordinary posting (its title), several for a comparison table. */
  roles: string[];
  sections: Section[];
}

export type MentionKind = 'duty' | 'skill' | 'knowledge' | 'qualification';
export const MENTION_KINDS: readonly MentionKind[] = ['duty', 'skill', 'knowledge', 'qualification'];

export interface QualificationFields {
  degreeLevel?: string;
  field?: string;
  minYears?: number;
  certification?: string;
}

export interface Mention {
  kind: MentionKind;
  /** Exact span of the cleaned text: CleanDocument.text.slice(start, end) === text. */
  text: string;
  normalized: string;
  /** Section kind the mention came from. */
  section: SectionKind;
  start: number;
  end: number;
  confidence: number;
  role?: string;
  /** Proficiency level where the posting gives one ("expert", "working knowledge"). */
  level?: string;
  qualification?: QualificationFields;
}

export interface StageTimings {
  ingest: number;
  clean: number;
  segment: number;
  extract: number;
}

/** What a worker returns for one document: small, no full text. */
export interface DocumentResult {
  path: string;
  relPath: string;
  docId: string;
  format: Format;
  encoding?: string;
  language: string;
  title: string;
  company: string;
  roles: string[];
  /** Only for formats that have pages (PDF). */
  pages?: number;
  chars: number;
  nFixes: number;
  /** Cleaning fixes by rule id (the data-quality part of report.html). */
  fixesByRule: Record<string, number>;
  /** sha256 of the cleaned text, for exact-duplicate postings. */
  contentHash: string;
  /** MinHash signature of the word shingles of the posting's own content, for near-duplicate postings. */
  signature: number[];
  /** Words of the text the signature is of: too few, and only the same text is a duplicate. */
  words: number;
  /** The first words of the cleaned text: what tells two roles apart when no title was found. */
  lead: string;
  counts: Record<MentionKind, number>;
  /**
   * The mentions in text order as flat [kind, normalized, text] triples: what the taxonomy counts.
   * The worker sends strings, not Mention objects, so that the main thread has little to decode.
   */
  variants: string[];
  /** Per mention of `variants`, the text around it on its line: flat [before, after] pairs. */
  context: string[];
  /** The mentions (by their place among `variants`' triples) with a role of their own: a comparison table's. */
  mentionRoles: [number, string][];
  /** The document's spool record (a SpooledDocument), already serialized by the worker. */
  spooled: string;
  warnings: Warning[];
  timings: StageTimings;
}

/** A document that could not be processed: one errors.csv row. */
export interface DocumentError {
  path: string;
  stage: string;
  code: string;
  message: string;
}

/** A mention kept as an example of a competency, with a little of its line on each side for readers. */
export interface Example {
  docId: string;
  text: string;
  before?: string;
  after?: string;
}

/** One distinct (kind, normalized) form over the corpus: what the taxonomy is built from. */
export interface VariantStat {
  kind: MentionKind;
  normalized: string;
  count: number;
  /** Up to a few example mentions, in document order. */
  examples: Example[];
}

export interface ReferenceMatch {
  id: string;
  label: string;
  score: number;
}

export interface Competency {
  /** Stable: derived from content, never from an order or a counter. */
  id: string;
  kind: MentionKind;
  label: string;
  /** Category id (see Taxonomy.categories): a top category. */
  category: string;
  /** Second-level category id under `category`, where the hierarchy gives one. */
  subcategory?: string;
  variants: { normalized: string; count: number }[];
  mentionCount: number;
  documentCount: number;
  examples: Example[];
  reference?: ReferenceMatch;
}

export interface Category {
  id: string;
  label: string;
  /** The top category a second-level one belongs to. */
  parent?: string;
}

export interface Taxonomy {
  categories: Category[];
  /** Sorted by id. */
  competencies: Competency[];
}
