import type { CleanBlock, CleanDocument, Section, SectionKind, SegmentedDocument } from '../types.js';
import { headingIndex, type HeadingIndex } from './lexicon.js';
import { expandInline } from './inline.js';
import { ItemBuilder } from './items.js';
import { headingText, isTitleCase, shapeOf, type LineShape } from './lines.js';
import type { SegmentConfig } from './options.js';
import { comparisonTable, readSpecificationTable } from './table.js';
import { companyUnderTitle, findTitle } from './title.js';
import { append } from '../append.js';
import { fitsOneByte, oneByte } from '../one-byte.js';

export type { SegmentConfig } from './options.js';

/** Kinds whose unnamed sub-headings ("Client Growth –") belong to them. */
const PARENT_KINDS = new Set<SectionKind>(['responsibilities', 'requirements', 'skills', 'education', 'experience', 'rights', 'legal']);

/**
 * Splits a cleaned posting into sections (headings found from structure or from the text, classified
 * with the heading lexicon) and items (list items, sentences, semicolon-list parts, competency
 * paragraphs). A role-comparison table gives one section per role and row.
 */
export function segment(doc: CleanDocument, config: SegmentConfig): SegmentedDocument {
  const index = headingIndex(config);
  const sections: Section[] = [];
  const fields: { title?: string; company?: string } = {};
  const headings: { text: string; kind: SectionKind | null; blockIndex: number }[] = [];
  let roles: string[] = [];
  const stack: { level: number; kind: SectionKind }[] = [];
  /** The kind of the last heading that is no priority heading (see PRIORITY_HEADING). */
  let group: SectionKind | undefined;

  const writer = new SectionWriter(doc.text, sections);

  const expanded = expandInline(doc.blocks, doc.text, index);
  const { inlineHeadings, lineEnds, fields: fieldPieces } = expanded;
  const blocks = specificationTables(expanded.blocks, index);
  // A section that gives no mentions, opened by a heading inside a line ("Compensation: 85k | …"), ends with
  // that line: the next lines are not known to belong to it.
  let silentToLineEnd = false;
  // Cells up to here were read as part of a run that holds no comparison table.
  let noComparisonTo = 0;
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i];
    // A run-in equal-opportunity heading in a posting pasted as one line silences its statement, not the rest of the
    // line ("… is an Equal Employment Opportunity Employer. All qualified applicants … Supports the design of …"); a
    // run-in "About us" the employer's sentences, up to the first that tells the candidate what they will do ("…
    // across five sites. Your role in the team Working as part of a small IT team you will provide …").
    const ends = writer.kind === 'legal' ? notLegalFrom : writer.kind === 'company' ? candidateFrom : undefined;
    if (silentToLineEnd && ends && block.kind !== 'table-cell' && !inlineHeadings.has(block)) {
      const at = ends(block.text);
      if (at > 0) {
        const rest: CleanBlock = { ...block, text: block.text.slice(at), start: block.start + at };
        const statement = block.text.slice(0, at).trimEnd();
        block = { ...block, text: statement, end: block.start + statement.length };
        if (lineEnds.has(blocks[i])) lineEnds.add(rest);
        blocks.splice(i, 1, block, rest);
      } else if (at === 0) {
        writer.open('', 'summary', block.start);
        silentToLineEnd = false;
      }
    }
    // (A run of cells that holds no comparison table holds none from any of its later cells either, with no roles read
    // before: read once, not again from each cell, which made a table of thousands of rows quadratic.)
    if (block.kind === 'table-cell' && !(i < noComparisonTo && roles.length < 2)) {
      let j = i;
      while (j < blocks.length && blocks[j].kind === 'table-cell') j++;
      const tables = splitTables(blocks.slice(i, j));
      const read = tables.map((t) => ({ cells: t, result: null as ReturnType<typeof comparisonTable> }));
      let previous: string[] = roles;
      for (const t of read) {
        t.result = comparisonTable(t.cells, doc.text, index, config.maxHeadingWords, previous);
        if (t.result) previous = t.result.roles;
      }
      if (read.some((t) => t.result)) {
        writer.close();
        for (const t of read) {
          if (t.result) {
            roles = roles.concat(t.result.roles.filter((r) => !roles.includes(r)));
            append(sections, t.result.sections);
          } else {
            const builder = new ItemBuilder(doc.text);
            for (const b of t.cells) builder.add(b, shapeOf(b, index, config.maxHeadingWords));
            if (builder.items.length > 0) sections.push({ heading: '', kind: 'other', start: t.cells[0].start, end: t.cells[t.cells.length - 1].end, items: builder.items });
          }
        }
        i = j - 1;
        continue;
      }
      noComparisonTo = j;
    }
    let shape = fieldPieces.has(block) ? colonlessField(block.text, index) : shapeOf(block, index, config.maxHeadingWords);
    // The text after a heading and its colon inside a line ("• Education: BSc in Electrical Engineer • …") is that heading's value.
    const value = i > 0 && inlineHeadings.has(blocks[i - 1]) && /[:：]\s*$/.test(blocks[i - 1].text);
    if (shape.type === 'body' && !value && (isSubHeading(block, blocks[i + 1]) || isListHeading(block, blocks[i + 1], index))) {
      shape = { type: 'heading', heading: headingText(block.text) || block.text.trim(), explicit: false };
    }
    if (shape.type === 'heading' && inSilentList(shape, writer, blocks[i + 1], index)) shape = { type: 'body' };
    if (shape.type === 'heading') {
      const level = block.kind === 'heading' ? (block.level ?? 1) : 99;
      const classified = index.classify(shape.heading) ?? index.classifyExact(shape.heading);
      headings.push({ text: shape.heading, kind: classified, blockIndex: i });
      // A sub-heading the lexicon does not know ("Client Growth –") belongs to the section above it: for
      // real heading levels the nearest heading above it; for headings read from the text, the current section.
      while (stack.length > 0 && level !== 99 && stack[stack.length - 1].level >= level) stack.pop();
      let kind: SectionKind = classified ?? 'other';
      if (!classified) {
        const parentKind = level === 99 ? writer.kind : stack[stack.length - 1]?.kind;
        if (parentKind && PARENT_KINDS.has(parentKind)) kind = parentKind;
      }
      if (writer.kind === 'responsibilities' && ASKED_KINDS.has(kind) && listsPurposes(blocks, i + 1, index, config.maxHeadingWords)) kind = 'responsibilities';
      // A person specification's "Essential" and "Desirable" only rank the lines of the group above them ("Qualifications",
      // "Experience", "Skills"): they keep its kind. So does a "Qualifications" group they follow, which names credentials.
      if (PRIORITY_HEADING.test(shape.heading)) {
        if (group && GROUP_KINDS.has(group)) kind = group;
      } else {
        group = kind === 'requirements' && CREDENTIALS_HEADING.test(shape.heading) && isPriorityHeading(blocks[i + 1], index, config.maxHeadingWords) ? 'education' : kind;
        kind = group;
      }
      if (level !== 99) stack.push({ level, kind });
      writer.open(shape.heading, kind, block.start);
      // A run-in heading ends the line's silent part at the line's end, unless it is the line's end itself ("… Job benefits:").
      silentToLineEnd = inlineHeadings.has(block) && SILENT_KINDS.has(kind) && !lineEnds.has(block);
      continue;
    }
    if (silentToLineEnd && i > 0 && lineEnds.has(blocks[i - 1])) {
      writer.open('', 'summary', block.start);
      silentToLineEnd = false;
    }
    if (shape.type === 'field') {
      for (const f of [{ field: shape.field, value: shape.value }, ...shape.more]) {
        if (f.field === 'title' && !fields.title && f.value) fields.title = f.value;
        if (f.field === 'company' && !fields.company && f.value) fields.company = f.value;
      }
      continue;
    }
    // Text before the first heading: the posting's opening, read as a summary.
    if (writer.kind === undefined) writer.open('', 'summary', block.start);
    writer.add(block, shape);
  }
  writer.close();
  // (A text that keeps a character wider than one byte: its items of narrow ones are read narrow, see oneByte.)
  if (!fitsOneByte(doc.text)) for (const s of sections) for (const item of s.items) item.text = oneByte(item.text);

  const found = roles.length > 1 ? { title: roles.join(' / '), blockIndex: -1 } : findTitle(doc, blocks, fields.title, headings, index);
  const title = found.title;
  const company = fields.company ?? (companyFromHeadings(headings.map((h) => h.text)) || companyUnderTitle(blocks, found.blockIndex, index));
  return {
    title,
    company,
    roles: roles.length > 0 ? roles : title ? [title] : [],
    sections: sections.filter((s) => s.items.length > 0 || s.heading !== ''),
  };
}

/** A header's field written without its colon (see colonlessFields): its name is one known field name or two words of one. */
function colonlessField(text: string, index: HeadingIndex): LineShape {
  const [first, second = ''] = text.split(/\s+/, 2);
  const two = `${first} ${second}`;
  const name = index.field(two) !== null ? two : first;
  return { type: 'field', field: index.field(name) ?? 'other', name, value: text.slice(name.length).trim(), more: [] };
}

const SILENT_KINDS = new Set<SectionKind>(['benefits', 'company', 'apply', 'legal', 'rights']);

/** Where the first sentence of `text` that speaks of nothing legal starts, or -1. */
function notLegalFrom(text: string): number {
  return firstSentence(text, (sentence) => !LEGAL_TEXT.test(sentence));
}

/** Where the first sentence of `text` that tells the candidate of their work starts, or -1. */
function candidateFrom(text: string): number {
  return firstSentence(text, (sentence) => TO_CANDIDATE.test(sentence));
}

function firstSentence(text: string, test: (sentence: string) => boolean): number {
  const starts = [0, ...[...text.matchAll(/(?<=[.!?])\s+(?=[\p{Lu}\d"“(])/gu)].map((m) => m.index + m[0].length)];
  for (let k = 0; k < starts.length; k++) if (test(text.slice(starts[k], starts[k + 1] ?? text.length))) return starts[k];
  return -1;
}

/** "you will provide …", "You are responsible for …", "The post holder will …": the candidate's work, not the employer. */
const TO_CANDIDATE = /\b(?:you(?:['’]ll| will| are (?:responsible|accountable|expected)| shall)|your (?:role|responsibilities|duties|main tasks|tasks) (?:will|include|are|is)|the (?:post ?holder|successful (?:candidate|applicant)|job ?holder) will)\b/i;

/** What an equal-opportunity or legal statement speaks of. */
const LEGAL_TEXT = /\b(?:equal|equality|opportunit(?:y|ies)|discriminat\w*|regardless|race|colou?r|religion|religious|sex|sexual|gender|disabilit(?:y|ies)|disabled|veterans?|ethnic\w*|origin|orientation|age|marital|pregnancy|applicants?|employer|employment|consideration|diversity|divers\w*|inclusi\w*|protected|law|laws|legal|privacy|data|rights?|status|accommodations?|belief|identity|polic(?:y|ies)|conduct|safeguard\w*|abuse|harass\w*|exploitation|complian\w*|comply|mandatory|confidential\w*|criminal|convictions?|screening|vetting|checks?|references?)\b/i;

/**
 * "Educational Assistance", "Professional Certification Reimbursement" between two lines of a benefits list: a line
 * the lexicon knows only by its first words, whose last word names no heading, is one more item of the list around
 * it, not the start of a section that gives mentions.
 */
function inSilentList(shape: Extract<LineShape, { type: 'heading' }>, writer: SectionWriter, next: CleanBlock | undefined, index: HeadingIndex): boolean {
  if (shape.explicit || !writer.kind || !SILENT_KINDS.has(writer.kind) || !writer.hasItems || !next) return false;
  const kind = index.classify(shape.heading);
  if (!kind || SILENT_KINDS.has(kind) || index.classifyExact(shape.heading) !== null) return false;
  const words = shape.heading.split(/\s+/);
  if (words.length < 2 || index.isHeadingWord(words[words.length - 1])) return false;
  return next.text.length <= 80 && !/[:：]\s*$/.test(next.text);
}

const LIST_KINDS = new Set<SectionKind>(['responsibilities', 'requirements', 'skills', 'education', 'experience']);

/** Collects the items of the section being read and hands finished sections over. */
class SectionWriter {
  private section: Section | null = null;
  private builder: ItemBuilder | null = null;
  /** Whether a line was added since the section opened. */
  hasItems = false;

  constructor(
    private readonly text: string,
    private readonly out: Section[],
  ) {}

  get kind(): SectionKind | undefined {
    return this.section?.kind;
  }

  open(heading: string, kind: SectionKind, start: number): void {
    this.close();
    this.section = { heading, kind, start, end: start, items: [] };
    this.builder = new ItemBuilder(this.text, LIST_KINDS.has(kind));
    this.hasItems = false;
  }

  add(block: CleanBlock, shape: LineShape): void {
    this.builder?.add(block, shape);
    this.hasItems = true;
  }

  close(): void {
    if (!this.section || !this.builder) return;
    const items = this.builder.items;
    this.section.items = items;
    if (items.length > 0) this.section.end = Math.max(this.section.end, items[items.length - 1].end);
    this.out.push(this.section);
    this.section = null;
    this.builder = null;
  }
}

/**
 * A short Title Case line right before a list ("Clinical", "Governance") names the list; so does one
 * before a line of duties written as purposes ("Health and Safety" / "To report all incidents …").
 */
function isSubHeading(block: CleanBlock, next: CleanBlock | undefined): boolean {
  if (block.kind !== 'paragraph' || !next) return false;
  if (next.kind !== 'list-item' && !(next.kind === 'paragraph' && /^To\s+\p{Ll}/u.test(next.text.trim()))) return false;
  const t = block.text.trim();
  const words = t.split(/\s+/);
  // "HTML & SCSS", "TCP/IP DNS": names of tools, not a heading; "Familiarity with RIXML": a requirement.
  const acronyms = words.filter((w) => /^[\p{Lu}\p{N}][\p{Lu}\p{N}/.+#-]+$/u.test(w)).length;
  if (acronyms * 2 >= words.filter((w) => /[\p{L}\p{N}]/u.test(w)).length || REQUIREMENT_CUE.test(t)) return false;
  return words.length <= 4 && t.length <= 40 && !/[.!?;,:]$/.test(t) && isTitleCase(t);
}

const REQUIREMENT_CUE = /^(?:knowledge|familiarity|experience|proficiency|expertise|understanding)\s+(?:of|with|in)\b/i;

const PURPOSE_LINES_READ = 30;

/** A heading that only ranks what is asked. */
const PRIORITY_HEADING = /^(?:essential|desirable|preferred)(?:\s+(?:criteria|requirements?))?$/i;
/** The groups of a person specification whose kind its priority headings keep. */
const GROUP_KINDS = new Set<SectionKind>(['education', 'experience', 'skills']);
/** "Qualifications", "Professional qualifications": a group of credentials when priority headings rank its lines. */
const CREDENTIALS_HEADING = /^(?:(?:professional|academic|educational|formal)\s+)?qualifications?(?:\s+(?:and|&)\s+(?:training|education))?$/i;

function isPriorityHeading(block: CleanBlock | undefined, index: HeadingIndex, maxHeadingWords: number): boolean {
  if (!block) return false;
  const shape = shapeOf(block, index, maxHeadingWords);
  return shape.type === 'heading' && PRIORITY_HEADING.test(shape.heading);
}

/** Kinds of what the candidate is asked for, whose names a job description also gives its areas of duties. */
const ASKED_KINDS = new Set<SectionKind>(['requirements', 'skills', 'education', 'experience']);

/**
 * Whether the lines from `from` to the next heading are duties written as purposes ("To participate in audit …"): under
 * duties, "Education and Training", "Research and Audit" or "2. Education" then name an area of them, not what the
 * candidate is asked for.
 */
function listsPurposes(blocks: readonly CleanBlock[], from: number, index: HeadingIndex, maxHeadingWords: number): boolean {
  let lines = 0;
  let purposes = 0;
  // (Its first lines tell: a heading after thousands of lines is read once, not once per heading above it.)
  const to = Math.min(blocks.length, from + PURPOSE_LINES_READ);
  for (let j = from; j < to && blocks[j].kind !== 'heading' && shapeOf(blocks[j], index, maxHeadingWords).type !== 'heading'; j++) {
    lines++;
    if (/^To\s+\p{Ll}/u.test(blocks[j].text.trim())) purposes++;
  }
  return purposes > 0 && purposes * 2 >= lines;
}

/** A list line that is a known heading and is followed by prose, not by more of its list ("About the service"). */
function isListHeading(block: CleanBlock, next: CleanBlock | undefined, index: HeadingIndex): boolean {
  if (block.kind !== 'list-item' || !next || next.kind === 'list-item' || next.kind === 'table-cell') return false;
  const t = block.text.trim();
  return t.split(/\s+/).length <= 5 && !/[.!?;,]$/.test(t) && /^[\p{Lu}\p{Lo}]/u.test(t) && index.classifyLeading(headingText(t)) !== null;
}

/** Every run of table cells read as a person specification where it is one (see readSpecificationTable). */
function specificationTables(blocks: CleanBlock[], index: HeadingIndex): CleanBlock[] {
  const out: CleanBlock[] = [];
  // (A cell's list items, "• NMC registration" / "• Degree in Nursing", are in its table: they keep its row.)
  const inTable = (b: CleanBlock) => b.kind === 'table-cell' || (b.kind === 'list-item' && b.row !== undefined);
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'table-cell') {
      out.push(blocks[i]);
      continue;
    }
    let j = i;
    while (j < blocks.length && inTable(blocks[j])) j++;
    for (const t of splitTables(blocks.slice(i, j))) append(out, readSpecificationTable(t, index));
    i = j - 1;
  }
  return out;
}

/** A run of table cells can hold several tables: a new one starts where the row numbers start again. */
function splitTables(cells: CleanBlock[]): CleanBlock[][] {
  const out: CleanBlock[][] = [];
  let last = Infinity;
  for (const c of cells) {
    const r = c.row ?? 0;
    if (r < last) out.push([]);
    out[out.length - 1].push(c);
    last = r;
  }
  return out;
}

const ABOUT = /^(?:about|über|à propos de|acerca de|sobre|о компании)\s+(.{2,60})$/iu;
/** "About us", "About the service": no name; a company's name does not start with a lower-case "the". */
const NOT_A_COMPANY =
  /^(?:us|you|uns|nous|nosotros|нас|(?:the|this|our|your)\s+(?:role|job|position|team|company|opportunity|service|business|organi[sz]ation|department|unit|practice|employer|client|vacancy|post|candidate|hospital|trust|firm|group|people|culture|benefits))$|^(?:the|this|our|your)\s/iu;

function companyFromHeadings(headings: string[]): string {
  for (const h of headings) {
    const m = ABOUT.exec(h.trim());
    // A lower-case "the …" is a description ("About the service"), a capitalised one may be a name.
    if (m && !NOT_A_COMPANY.test(m[1].trim()) && !/^(?:the|this|our|your)\s/.test(m[1].trim())) return m[1].trim();
  }
  return '';
}
