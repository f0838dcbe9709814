import type { CleanBlock, CleanDocument, Section, SectionKind, SegmentedDocument } from '../types.js';
import { headingIndex } from './lexicon.js';
import { ItemBuilder } from './items.js';
import { isTitleCase, shapeOf } from './lines.js';
import type { SegmentConfig } from './options.js';
import { comparisonTable } from './table.js';
import { findTitle } from './title.js';

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

  let current: { section: Section; builder: ItemBuilder; level: number } | null = null;
  const open = (heading: string, kind: SectionKind, start: number, level: number) => {
    close();
    const section: Section = { heading, kind, start, end: start, items: [] };
    current = { section, builder: new ItemBuilder(doc.text), level };
  };
  const close = () => {
    if (!current) return;
    const c: { section: Section; builder: ItemBuilder } = current;
    c.section.items = c.builder.items;
    if (c.section.items.length > 0) c.section.end = Math.max(c.section.end, c.section.items[c.section.items.length - 1].end);
    sections.push(c.section);
    current = null;
  };

  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'table-cell') {
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
        close();
        for (const t of read) {
          if (t.result) {
            roles = roles.concat(t.result.roles.filter((r) => !roles.includes(r)));
            sections.push(...t.result.sections);
          } else {
            const builder = new ItemBuilder(doc.text);
            for (const b of t.cells) builder.add(b, shapeOf(b, index, config.maxHeadingWords));
            if (builder.items.length > 0) sections.push({ heading: '', kind: 'other', start: t.cells[0].start, end: t.cells[t.cells.length - 1].end, items: builder.items });
          }
        }
        i = j - 1;
        continue;
      }
    }
    let shape = shapeOf(block, index, config.maxHeadingWords);
    if (shape.type === 'body' && isSubHeading(block, blocks[i + 1])) shape = { type: 'heading', heading: block.text.trim(), explicit: false };
    if (shape.type === 'heading') {
      const level = block.kind === 'heading' ? (block.level ?? 1) : 99;
      const classified = index.classify(shape.heading);
      headings.push({ text: shape.heading, kind: classified, blockIndex: i });
      let kind: SectionKind = classified ?? 'other';
      if (!classified && current) {
        const parent: { section: Section; level: number } = current;
        // A sub-heading the lexicon does not know ("Client Growth –") belongs to the section above it.
        if (PARENT_KINDS.has(parent.section.kind) && (level > parent.level || level === 99)) kind = parent.section.kind;
      }
      open(shape.heading, kind, block.start, classified ? level : Math.max(level, current ? (current as { level: number }).level : level));
      continue;
    }
    if (shape.type === 'field') {
      if (shape.field === 'title' && !fields.title) fields.title = shape.value;
      if (shape.field === 'company' && !fields.company) fields.company = shape.value;
      continue;
    }
    if (!current) open('', 'summary', block.start, 0);
    (current as unknown as { builder: ItemBuilder }).builder.add(block, shape);
  }
  close();

  const title = roles.length > 1 ? roles.join(' / ') : findTitle(doc, blocks as CleanBlock[], fields.title, headings);
  const company = fields.company ?? companyFromHeadings(headings.map((h) => h.text));
  return {
    title,
    company,
    roles: roles.length > 0 ? roles : title ? [title] : [],
    sections: sections.filter((s) => s.items.length > 0 || s.heading !== ''),
  };
}

/** A short Title Case line right before a list ("Clinical", "Governance") names the list. */
function isSubHeading(block: CleanBlock, next: CleanBlock | undefined): boolean {
  if (block.kind !== 'paragraph' || !next || next.kind !== 'list-item') return false;
  const t = block.text.trim();
  const words = t.split(/\s+/);
  return words.length <= 4 && t.length <= 40 && !/[.!?;,:]$/.test(t) && isTitleCase(t);
}

/** A run of table cells can hold several tables: a new one starts where the row numbers start again. */
function splitTables(cells: CleanBlock[]): CleanBlock[][] {
  const out: CleanBlock[][] = [];
  let last = Infinity;
  for (const c of cells) {
    const r = c.row ?? 0;
    if (r < last && !(out.length > 0 && r === last)) {
      if (out.length === 0 || r < last) out.push([]);
    }
    out[out.length - 1].push(c);
    last = r;
  }
  return out;
}

const ABOUT = /^(?:about|über|à propos de|acerca de|sobre|о компании)\s+(.{2,60})$/iu;
const NOT_A_COMPANY = /^(?:us|you|the (?:role|job|position|team|company|opportunity)|this (?:role|job|position)|uns|nous|nosotros|нас)$/iu;

function companyFromHeadings(headings: string[]): string {
  for (const h of headings) {
    const m = ABOUT.exec(h.trim());
    if (m && !NOT_A_COMPANY.test(m[1].trim())) return m[1].trim();
  }
  return '';
}
