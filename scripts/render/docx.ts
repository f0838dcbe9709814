import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Block } from '../../src/types.js';

export interface DocxRenderOptions {
  header?: string;
  pageNumbers?: boolean;
  justify?: boolean;
  title?: string;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const FIXED_DATE = '2024-01-01T00:00:00Z';
const FIXED_MTIME = new Date('2024-01-01T00:00:00Z');

function textRuns(text: string): TextRun[] {
  // Hard line breaks inside a block become Word line breaks, not new paragraphs.
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
}

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return Array.from({ length: 6 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function tableOf(cells: Block[]): Table {
  const cols = Math.max(...cells.map((c) => c.col ?? 0)) + 1;
  const rowIds = [...new Set(cells.map((c) => c.row ?? 0))].sort((a, b) => a - b);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rowIds.map(
      (row) =>
        new TableRow({
          children: Array.from({ length: cols }, (_, col) => {
            const cell = cells.find((c) => (c.row ?? 0) === row && (c.col ?? 0) === col);
            return new TableCell({ children: [new Paragraph({ children: textRuns(cell?.text ?? '') })] });
          }),
        }),
    ),
  });
}

/** Word-processor XML for the blocks: real heading styles, numbered and bulleted lists, tables. */
function documentOf(blocks: Block[], options: DocxRenderOptions): Document {
  const children: (Paragraph | Table)[] = [];
  let list = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'table-cell') {
      let end = i;
      while (end < blocks.length && blocks[end].kind === 'table-cell' && (end === i || (blocks[end].row ?? 0) >= (blocks[end - 1].row ?? 0))) end++;
      children.push(tableOf(blocks.slice(i, end)));
      i = end - 1;
      continue;
    }
    if (block.kind !== 'list-item') list++;
    if (block.kind === 'heading') {
      children.push(new Paragraph({ heading: HEADINGS[Math.min(5, (block.level ?? 1) - 1)], children: textRuns(block.text) }));
    } else if (block.kind === 'list-item') {
      const ordered = block.marker !== undefined && /\d/.test(block.marker);
      children.push(
        new Paragraph({
          numbering: { reference: ordered ? 'numbered' : 'bullets', level: Math.min(5, (block.level ?? 1) - 1), instance: list },
          alignment: options.justify ? AlignmentType.JUSTIFIED : undefined,
          children: textRuns(block.text),
        }),
      );
    } else {
      children.push(new Paragraph({ alignment: options.justify ? AlignmentType.JUSTIFIED : undefined, children: textRuns(block.text) }));
    }
  }
  return new Document({
    creator: 'comptax',
    title: options.title ?? 'Job posting',
    lastModifiedBy: 'comptax',
    revision: 1,
    numbering: {
      config: [
        { reference: 'bullets', levels: levels(LevelFormat.BULLET, (l) => ['•', 'o', '▪'][l % 3]) },
        { reference: 'numbered', levels: levels(LevelFormat.DECIMAL, (l) => Array.from({ length: l + 1 }, (_, k) => `%${k + 1}`).join('.') + '.') },
      ],
    },
    sections: [
      {
        headers: options.header ? { default: new Header({ children: [new Paragraph({ children: [new TextRun(options.header)] })] }) } : undefined,
        footers: options.pageNumbers
          ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) }
          : undefined,
        children,
      },
    ],
  });
}

/** Re-zips with fixed dates, so rendering the same blocks twice gives the same bytes. */
function deterministic(bytes: Uint8Array): Buffer {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    let data = files[name];
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE}$2`);
      data = new TextEncoder().encode(xml);
    }
    out[name] = [data, { mtime: FIXED_MTIME, level: 6 }];
  }
  return Buffer.from(zipSync(out));
}

export async function renderDocx(blocks: Block[], options: DocxRenderOptions = {}): Promise<Buffer> {
  return deterministic(await Packer.toBuffer(documentOf(blocks, options)));
}
