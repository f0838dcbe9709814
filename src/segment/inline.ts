import type { CleanBlock } from '../types.js';
import { classifyAsWritten, type HeadingIndex } from './lexicon.js';
import { colonlessFields, joinedFields } from './inline-fields.js';
import { categoryListHeadings, colonHeadings, headings, openingHeadings, sentenceCaseHeadings, verdictLabels, type Cut } from './inline-headings.js';
import { append } from '../append.js';
import { Memo } from '../memo.js';
import { perConfig } from '../per-config.js';

/**
 * Postings pasted from web forms often arrive as one long line: headings, bullets and list items run
 * together ("… JOB SUMMARY Under the … RESPONSIBILITIES AND TASKS : · Provide support … · Work closely
 * … Job Requirements · Degree in …"). This splits such a paragraph back into the blocks it was: inline
 * headings (inline-headings.ts), and the items after inline bullet glyphs, numbers, criteria marks and
 * pipes. Offsets stay those of the cleaned text.
 */
export function expandInline(
  blocks: CleanBlock[],
  text: string,
  index: HeadingIndex,
): { blocks: CleanBlock[]; inlineHeadings: Set<CleanBlock>; lineEnds: Set<CleanBlock>; fields: Set<CleanBlock> } {
  const out: CleanBlock[] = [];
  const inlineHeadings = new Set<CleanBlock>();
  const lineEnds = new Set<CleanBlock>();
  const fields = new Set<CleanBlock>();
  // Under a person specification table's header line, each line is one of its rows, up to the next heading.
  let rows = false;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') {
      rows = false;
      out.push(b);
      continue;
    }
    const pieces = splitBlock(b, text, index, fields, rows);
    rows ||= SPECIFICATION_HEADER.test(b.text);
    if (pieces.length > 1) {
      for (const p of pieces) if (p.kind === 'heading') inlineHeadings.add(p);
      lineEnds.add(pieces[pieces.length - 1]);
    }
    append(out, pieces);
  }
  return { blocks: out, inlineHeadings, lineEnds, fields };
}

/** Glyphs that only ever mark list items; dashes and asterisks count only when they recur. */
const GLYPH = /(?<=^|\s)([·•●▪◦§➢➤►✓✔❖■□♦○])\s*(?=\S)/gu;
const DASH = /(?<=\s)([-–—*])\s+(?=[\p{Lu}\p{N}])/gu;
const NUMBER = /(?<=^|[\s.;:,])(\d{1,2})[.)]\s+(?=\p{L})/gu;
const GLYPH_CHAR = /[·•●▪◦§➢➤►✓✔❖■□♦○]/u;
const SPACED_DASH = /\s[-–—*]\s/;
/** A number (with its unit: "25k", "9am", "10%") just before a dash. */
const RANGE_FROM = /\p{N}[\p{L}%]{0,3}\s+$/u;
const isDigit = (s: string, i: number): boolean => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
const NUMBERED = /\d[.)]\s/;
const LETTER = /(?<=^|[\s.;:,])\(?([a-h])\)\s+(?=\p{L})/gu;
const LETTERED = /(?:^|\s)\(?a\)\s/;

const NO_CUTS: readonly Cut[] = [];
/**
 * Each heading index's cuts of the lines read lately (about 100 bytes a line). A thread of the 5,000 recombined real
 * postings (2,500 each) asks for 72,000 lines' cuts; 8,192 kept answer 87% of them (2,048: 28%), and segmenting took
 * 20-28% less time, for ~1 MB a worker.
 */
const cutMemos = perConfig((_index: HeadingIndex) => new Memo<readonly Cut[]>(8_192));

/** `fields`: where the pieces that are a header's fields (a name, then its value) are added. */
function splitBlock(b: CleanBlock, docText: string, index: HeadingIndex, fields: Set<CleanBlock>, tableRow: boolean): CleanBlock[] {
  const local = docText.slice(b.start, b.end);
  const cuts = cutMemos(index).answer(`${+tableRow}${local}`, () => cutsOf(local, index, tableRow));
  if (cuts.length === 0) return [b];
  const out: CleanBlock[] = [];
  let field = false;
  const push = (start: number, end: number, kind: CleanBlock['kind'], extra: Partial<CleanBlock> = {}) => {
    while (start < end && /\s/.test(local[start])) start++;
    while (end > start && /\s/.test(local[end - 1])) end--;
    if (end <= start) return;
    const piece: CleanBlock = { ...b, ...extra, kind, text: local.slice(start, end), start: b.start + start, end: b.start + end };
    if (field) fields.add(piece);
    out.push(piece);
  };
  let pos = 0;
  let pieceKind: CleanBlock['kind'] = b.kind;
  for (const c of cuts) {
    if (c.at < pos) continue;
    push(pos, c.at, pieceKind, pieceKind === 'list-item' ? { marker: b.marker ?? '•', level: b.level ?? 1 } : {});
    field = c.kind === 'field';
    if (c.kind === 'heading') {
      push(c.at, c.from, 'heading', { level: 99, marker: undefined });
      pieceKind = 'paragraph';
    } else pieceKind = field ? 'paragraph' : 'list-item';
    pos = c.from;
  }
  push(pos, local.length, pieceKind, pieceKind === 'list-item' ? { marker: b.marker ?? '•', level: b.level ?? 1 } : {});
  return out.length > 0 ? out : [b];
}

/** Where a line is cut into pieces, in order: it depends on the line's text alone (and whether it is a table's row). */
function cutsOf(local: string, index: HeadingIndex, tableRow: boolean): readonly Cut[] {
  const cuts: Cut[] = [];
  // Each regex below opens with a lookbehind, tried at every position: a plain test of what every
  // match must hold comes first (most blocks have no bullet glyph, no spaced dash, no colon).
  if (GLYPH_CHAR.test(local)) for (const m of local.matchAll(GLYPH)) cuts.push({ at: m.index, from: m.index + m[0].length, kind: 'bullet' });
  // ("3 - 4 years", "£25k - 40k", "9am - 5pm": a dash between two numbers is a range.)
  const dashes = SPACED_DASH.test(local) ? [...local.matchAll(DASH)].filter((m) => !(isDigit(local, m.index + m[0].length) && RANGE_FROM.test(local.slice(Math.max(0, m.index - 8), m.index)))) : [];
  // The first kind of dash, and asterisks, each where it recurs ("… Full Stack - Developer … * Strong design skills. * Experience …").
  const dash = dashes.find((d) => d[1] !== '*')?.[1];
  for (const mark of dash ? [dash, '*'] : ['*']) {
    const marked = dashes.filter((d) => d[1] === mark);
    if (marked.length >= 2) for (const m of marked) cuts.push({ at: m.index, from: m.index + m[0].length, kind: 'bullet' });
  }
  numbered(local, cuts);
  criteriaMarks(local, cuts);
  assessmentMethods(local, index, cuts, tableRow);
  toItems(local, cuts);
  headings(local, index, cuts);
  categoryListHeadings(local, index, cuts);
  colonHeadings(local, index, cuts);
  sentenceCaseHeadings(local, index, cuts);
  verdictLabels(local, index, cuts);
  openingHeadings(local, index, cuts);
  joinedFields(local, index, cuts);
  colonlessFields(local, index, cuts);
  pipes(local, cuts);
  if (cuts.length === 0) return NO_CUTS;
  // At one place a heading comes first, and of two headings the one found first (headings() reads the most closely).
  return cuts.sort((x, y) => x.at - y.at || Number(x.kind !== 'heading') - Number(y.kind !== 'heading'));
}

/**
 * "1. Plan … 2. Lead … 3. Report …", "a) visit customers b) prepare reports …": numbers counting up from 1, or letters
 * from a, inside one line are list items.
 */
function numbered(local: string, cuts: Cut[]): void {
  if (NUMBERED.test(local)) countingUp(local.matchAll(NUMBER), (m) => Number(m[1]), cuts);
  if (LETTERED.test(local)) countingUp(local.matchAll(LETTER), (m) => m[1].charCodeAt(0) - 96, cuts);
}

/** Cuts before each run of two or more markers whose values count up from 1. */
function countingUp(found: Iterable<RegExpMatchArray>, valueOf: (m: RegExpMatchArray) => number, cuts: Cut[]): void {
  let expect = 1;
  const run: RegExpMatchArray[] = [];
  const close = () => {
    if (run.length >= 2) for (const r of run) cuts.push({ at: r.index ?? 0, from: (r.index ?? 0) + r[0].length, kind: 'bullet' });
  };
  for (const m of found) {
    const n = valueOf(m);
    if (n === expect) {
      run.push(m);
      expect++;
    } else if (n === 1) {
      close();
      run.length = 0;
      run.push(m);
      expect = 2;
    }
  }
  close();
}

const PIPE = /\s\|\s/g;

/**
 * "Key skills: Customer service | Cash handling | Stock control", "Qualifications: BSc Mathematics | Google Data Analytics
 * Certificate": after an inline heading, pipes separate list items, the first one too.
 */
function pipes(local: string, cuts: Cut[]): void {
  if (!local.includes(' | ')) return;
  const found = [...local.matchAll(PIPE)];
  const first = found[0].index;
  const heading = cuts.filter((c) => c.kind === 'heading' && c.from <= first).reduce((a, c) => Math.max(a, c.from), -1);
  // (Without a heading before them, pipes are as often a header's fields: "Kestrel Logistics | Manchester | Hybrid".)
  if (heading < 0) return;
  cuts.push({ at: heading, from: heading, kind: 'bullet' });
  for (const m of found) cuts.push({ at: m.index, from: m.index + m[0].length, kind: 'bullet' });
}

const CRITERION_MARK = /\s*\((?:E|D|Essential|Desirable)\)\s*/g;

/**
 * "Qualifications (E) Registered Nurse … (E) Mentorship qualification (D) Masters level study (D)": a person
 * specification's rows run together, each criterion marked essential or desirable. Two marks or more make
 * each mark the end of a criterion (the mark itself is no text of it).
 */
function criteriaMarks(local: string, cuts: Cut[]): void {
  if (!local.includes('(E') && !local.includes('(D')) return;
  const marks = [...local.matchAll(CRITERION_MARK)];
  if (marks.length < 2) return;
  for (const m of marks) cuts.push({ at: m.index, from: m.index + m[0].length, kind: 'bullet' });
}

/** A person specification table's header read as one line: its verdict columns or its column of how a criterion is assessed. */
const SPECIFICATION_HEADER = /\b(?:Essential\s+Desirable|Assessed\s+by|(?:Method|Means)\s+of\s+assessment|How\s+(?:assessed|identified|evidenced))\b/;
/** The codes of the assessment column: Application form, Interview, References, Test, Presentation ("A/I", "A/I/R", "I"). */
const CODE = String.raw`(?:AF|A|I|R|T|P)`;
/**
 * How a criterion is assessed, the cell after it ("Application form", "Interview", "Application form and interview", "A/I",
 * "I"), and that column's header. (A lone code only after a lower-case word: not "grade A", "level I".)
 */
const ASSESSMENT_METHOD = new RegExp(
  String.raw`(?<=[\p{L}\p{N})]\s+)(?:Assessed\s+by|(?:Method|Means)\s+of\s+assessment|How\s+(?:assessed|identified|evidenced)|Application(?:\s+form)?(?:\s*(?:and|&|\/)\s*[Ii]nterview)?(?:\s*(?:and|&|\/)\s*(?:[Tt]est|[Pp]resentation|[Rr]eferences))?|Interview(?:\s*(?:and|&|\/)\s*(?:[Tt]est|[Pp]resentation|[Rr]eferences|[Aa]pplication(?:\s+form)?))?|${CODE}(?:\s*\/\s*${CODE}){1,3}|(?<=\p{Ll}\)?\s+)(?<!\b(?:grade|level|class|band|type|part|plan|vitamin|hepatitis|category|section|tier|stage|step|phase|option|group|schedule)\s+)${CODE})(?=\s+\p{Lu}|\s*$)`,
  'gu',
);
/** A criteria category opening the next row, after an assessment method: "… Application form Experience Clinical placements …", "… I Personal qualities Flexible …". */
const CATEGORY_AFTER = /^\s*(\p{Lu}\p{Ll}+(?:\s+(?:and|&)\s+\p{Ll}+|\s+\p{Ll}+)?)(?=\s+\p{Lu})/u;

/**
 * "Criteria Essential Desirable Assessed by Qualifications BSc … HCPC registration Application form Experience …": a
 * person specification table pasted as one line. Each assessment method ends a row (it is no text of a criterion), and
 * a category the heading lexicon knows right after it heads the next row.
 */
function assessmentMethods(local: string, index: HeadingIndex, cuts: Cut[], tableRow: boolean): void {
  if (!tableRow && !SPECIFICATION_HEADER.test(local)) return;
  const category = (from: number) => {
    const c = CATEGORY_AFTER.exec(local.slice(from));
    // ("Other Full UK driving licence": the row of what fits no category is labelled too.)
    if (c && (c[1] === 'Other' || classifyAsWritten(index, c[1]) !== null)) cuts.push({ at: from + c[0].length - c[1].length, from: from + c[0].length, kind: 'heading' });
  };
  // ("Qualifications Care Certificate …": a row of its own line opens with its category.)
  if (tableRow) category(0);
  for (const m of local.matchAll(ASSESSMENT_METHOD)) {
    const end = m.index + m[0].length;
    cuts.push({ at: m.index, from: end, kind: 'bullet' });
    category(end);
  }
}

/** A capital "To" right after a lower-case word: where a duty list's bullet was lost. */
const TO_ITEM = /(?<=\p{Ll}[)"”’]?\s+)To\s+(?=\p{Ll})/gu;

/**
 * "… appropriate treatment plans To undertake the clinical … To provide advice …": duties written "To …" whose
 * bullets were lost on the way. Two such capitals inside one line make each the start of an item.
 */
function toItems(local: string, cuts: Cut[]): void {
  if (!local.includes(' To ')) return;
  const found = [...local.matchAll(TO_ITEM)];
  if (found.length < 2) return;
  for (const m of found) cuts.push({ at: m.index, from: m.index, kind: 'bullet' });
}
