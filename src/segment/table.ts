import type { CleanBlock, Section, SectionKind } from '../types.js';
import { classifyAsWritten, type HeadingIndex } from './lexicon.js';
import { ItemBuilder } from './items.js';
import { headingText, shapeOf } from './lines.js';

/** Words that head the role row of a comparison table. */
const ROLE_HEADER = /^(?:roles?|positions?|job(?:\s+title)?s?|titles?|rolle|poste|puesto|должность|职位)[:：]?$/iu;
const FILLER = /^[.\s…·_-]*$/u;

export interface TableResult {
  roles: string[];
  sections: Section[];
}

/**
 * Reads a run of table cells as a role-comparison table when a row names roles (first cell "Role", the
 * others short names): every later row becomes one section per role column, classified by its row
 * label or, failing that, by the last group row ("Technical Competencies") above it.
 */
export function comparisonTable(
  cells: CleanBlock[],
  text: string,
  index: HeadingIndex,
  maxHeadingWords: number,
  /** Roles of the table just before, for a continuation that does not repeat its role row. */
  previous: string[] = [],
): TableResult | null {
  const rows = new Map<number, Map<number, CleanBlock[]>>();
  for (const c of cells) {
    const r = c.row ?? 0;
    const col = c.col ?? 0;
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    let list = row.get(col);
    if (!list) row.set(col, (list = []));
    list.push(c);
  }
  const rowNums = [...rows.keys()].sort((a, b) => a - b);
  const cellText = (r: number, c: number) =>
    (rows.get(r)?.get(c) ?? []).map((b) => b.text.trim()).join(' ').trim();

  let header = -1;
  let roles: string[] = [];
  for (const r of rowNums) {
    const cols = [...(rows.get(r)?.keys() ?? [])].filter((c) => c > 0).sort((a, b) => a - b);
    const names = cols.map((c) => cellText(r, c).replace(/[:：]$/, '').trim());
    if (ROLE_HEADER.test(cellText(r, 0)) && names.length >= 2 && names.every((n) => n && n.split(/\s+/).length <= 6)) {
      header = r;
      roles = names;
      break;
    }
  }
  let roleCols: number[];
  if (header >= 0) {
    roleCols = [...(rows.get(header)?.keys() ?? [])].filter((c) => c > 0).sort((a, b) => a - b);
  } else {
    const cols = [...new Set(cells.map((c) => c.col ?? 0))].filter((c) => c > 0).sort((a, b) => a - b);
    if (previous.length < 2 || cols.length === 0 || cols.length > previous.length) return null;
    roles = previous;
    roleCols = roles.map((_, i) => i + 1);
  }

  const sections: Section[] = [];
  let groupLabel = '';
  let groupKind: SectionKind = 'other';
  let label = '';
  let kind: SectionKind = 'other';
  for (const r of rowNums) {
    if (r === header) continue;
    const rawLabel = headingText(cellText(r, 0));
    const filled = roleCols.filter((c) => !FILLER.test(cellText(r, c)));
    // The role row repeated before each group of rows.
    if (ROLE_HEADER.test(cellText(r, 0)) && filled.every((c) => cellText(r, c).replace(/[:：]$/, '').trim() === roles[roleCols.indexOf(c)])) continue;
    if (filled.length === 0) {
      if (rawLabel && !FILLER.test(rawLabel)) {
        groupLabel = rawLabel;
        groupKind = index.field(rawLabel) ? 'other' : (index.classify(rawLabel) ?? 'other');
        label = groupLabel;
        kind = groupKind;
      }
      continue;
    }
    if (rawLabel && !FILLER.test(rawLabel)) {
      label = rawLabel;
      kind = index.field(rawLabel) ? 'other' : (index.classify(rawLabel) ?? groupKind);
    } else if (!label) {
      label = groupLabel;
      kind = groupKind;
    }
    for (const c of filled) {
      const blocks = rows.get(r)?.get(c) ?? [];
      const builder = new ItemBuilder(text);
      for (const b of blocks) builder.add(b, shapeOf(b, index, maxHeadingWords));
      if (builder.items.length === 0) continue;
      sections.push({
        heading: label,
        kind,
        start: blocks[0].start,
        end: blocks[blocks.length - 1].end,
        items: builder.items,
        role: roles[roleCols.indexOf(c)],
      });
    }
  }
  return { roles, sections };
}

/** The header of a column that says how a criterion is tested, not what it is ("Assessment", "How assessed", "Evidence"). */
const ASSESSMENT_HEADER = /^(?:(?:method(?:s)? of |means of )?assess(?:ment|ed)(?: (?:method|by|stage))?|how (?:assessed|measured|identified|evidenced|tested)|evidence|identified (?:by|through|via)|tested by|stage)[:：]?$/iu;
/** A cell that names how a criterion is tested ("Application form / Interview", "A/I", "References"). */
const ASSESSMENT_CELL =
  /^(?:(?:application(?: form)?|interview|references?|certificates?|presentation|test(?:ing)?|assessment|portfolio|selection (?:process|centre)|shortlisting|[AIRTP])(?:\s*(?:[/,&]|and|or)\s*|\s+|$))+$/iu;
/** The header of a column of verdicts ("Essential", "Desirable", "E/D"). */
const VERDICT_HEADER = /^(?:essential|desirable|required|preferred|e\s*\/\s*d)(?:\s+criteria)?[:：]?$/iu;

/**
 * A person specification table ("Criteria | Essential | Desirable | Assessment"): the assessment column says how a
 * criterion is tested (not read), and a row's first cell that the heading lexicon knows ("Qualifications", "Personal
 * qualities") is the heading of the cells after it. Other tables are left as they are.
 */
export function readSpecificationTable(cells: CleanBlock[], index: HeadingIndex): CleanBlock[] {
  const top = Math.min(...cells.map((c) => c.row ?? 0));
  const first = Math.min(...cells.map((c) => c.col ?? 0));
  const header = cells.filter((c) => (c.row ?? 0) === top);
  const assessment = new Set(header.filter((c) => ASSESSMENT_HEADER.test(c.text.trim())).map((c) => c.col ?? 0));
  const verdicts = header.some((c) => VERDICT_HEADER.test(c.text.trim()));
  if (assessment.size === 0 && !verdicts) return cells;
  // (Beside "Essential" / "Desirable", a column whose header is cut off or left out, and whose every other cell is a
  // method of assessment, is one too.)
  if (verdicts) {
    const byCol = new Map<number, string[]>();
    for (const c of cells) if ((c.row ?? 0) !== top && c.text.trim()) byCol.set(c.col ?? 0, [...(byCol.get(c.col ?? 0) ?? []), c.text.trim()]);
    for (const [col, texts] of byCol) if (texts.length >= 2 && texts.every((t) => ASSESSMENT_CELL.test(t))) assessment.add(col);
  }
  return cells
    .filter((c) => !assessment.has(c.col ?? 0))
    .map((c) => {
      const label = c.text.trim();
      const known = (c.col ?? 0) === first && (c.row ?? 0) !== top && label.split(/\s+/).length <= 4 && classifyAsWritten(index, label) !== null;
      return known ? { ...c, kind: 'heading' as const } : c;
    });
}
