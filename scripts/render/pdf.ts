import PDFDocument from 'pdfkit';
import type { Block } from '../../src/types.js';
import { breakLines } from './linebreak.js';

export interface PdfRenderOptions {
  /** Running header text, drawn on every page. */
  header?: string;
  /** Footer "Page N of M" on every page. */
  pageNumbers?: boolean;
  /** Justified body text with hyphenated line ends. */
  justify?: boolean;
  landscape?: boolean;
  /** Diagonal text across every page ("DRAFT"). */
  watermark?: string;
  /** Encrypt with this user password (for the bad-input fixtures). */
  userPassword?: string;
  /** Fixed metadata date, so the same input renders to the same bytes. */
  date?: Date;
  title?: string;
}

const FIXED_DATE = new Date('2024-01-01T00:00:00Z');
const BODY = 10.5;
const HEADING_SIZES = [17, 14, 13, 12, 12, 12];
const MARGIN = 64;

// pdfkit's standard fonts only carry Windows-1252; other characters would print as garbage.
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);
export function winAnsiSafe(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      // A Symbol-font bullet prints as a bullet; C1 controls print as nothing.
      if (ch === '\uF0B7') return '•';
      if (code >= 0x80 && code <= 0x9f) return '';
      return code < 256 || WIN_ANSI_EXTRA.has(ch) ? ch : '?';
    })
    .join('');
}

type Doc = InstanceType<typeof PDFDocument>;

function finish(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export function newPdf(options: PdfRenderOptions = {}): Doc {
  const date = options.date ?? FIXED_DATE;
  return new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margins: { top: MARGIN + (options.header ? 14 : 0), bottom: MARGIN + (options.pageNumbers ? 10 : 0), left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: true,
    info: { Title: options.title ?? 'Job posting', Producer: 'comptax render-corpus', Creator: 'comptax', CreationDate: date, ModDate: date },
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner`, pdfVersion: '1.7' as const } : {}),
  });
}

export function pdfBytes(doc: Doc): Promise<Buffer> {
  return finish(doc);
}

class Writer {
  y: number;
  constructor(
    readonly doc: Doc,
    readonly justify: boolean,
  ) {
    this.y = doc.page.margins.top;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) {
      this.doc.addPage();
      this.y = this.doc.page.margins.top;
    }
  }

  /** Draws wrapped text line by line (so line ends and justification are ours to decide). */
  lines(text: string, x: number, width: number, font: string, size: number, justify: boolean, marker?: { text: string; x: number }): void {
    const doc = this.doc.font(font).fontSize(size);
    const leading = size * 1.3;
    const out = text.split('\n').flatMap((part) => breakLines(winAnsiSafe(part), width, (s) => doc.widthOfString(s), justify));
    out.forEach((line, i) => {
      this.ensure(leading);
      if (i === 0 && marker) doc.text(winAnsiSafe(marker.text), marker.x, this.y, { lineBreak: false });
      const words = line.text.split(' ');
      if (justify && !line.last && words.length > 1) {
        const spacing = (width - doc.widthOfString(line.text)) / (words.length - 1);
        doc.text(line.text, x, this.y, { lineBreak: false, wordSpacing: Math.max(0, spacing) });
      } else {
        doc.text(line.text, x, this.y, { lineBreak: false });
      }
      this.y += leading;
    });
  }

  table(cells: Block[]): void {
    const cols = Math.max(...cells.map((c) => c.col ?? 0)) + 1;
    const gutter = 26;
    const colWidth = (this.width - gutter * (cols - 1)) / cols;
    const rows = [...new Set(cells.map((c) => c.row ?? 0))].sort((a, b) => a - b);
    const size = BODY - 0.5;
    const doc = this.doc.font('Helvetica').fontSize(size);
    const leading = size * 1.3;
    const wrapRow = (row: number) =>
      cells.filter((c) => (c.row ?? 0) === row).map((c) => ({ col: c.col ?? 0, lines: breakLines(winAnsiSafe(c.text), colWidth, (s) => doc.widthOfString(s), false) }));
    for (const [r, row] of rows.entries()) {
      const wrapped = wrapRow(row);
      const height = Math.max(...wrapped.map((w) => w.lines.length)) * leading;
      // A one-line row (a header) stays with the first lines of the next; taller rows may split.
      const keep = height <= leading && r + 1 < rows.length ? height + 3 * leading : height;
      if (keep <= this.bottom - this.doc.page.margins.top) this.ensure(keep);
      const top = this.y;
      let maxY = top;
      for (const w of wrapped) {
        let y = top;
        for (const line of w.lines) {
          if (y + leading > this.bottom) break;
          doc.font(row === rows[0] ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
          doc.text(line.text, this.left + w.col * (colWidth + gutter), y, { lineBreak: false });
          y += leading;
        }
        maxY = Math.max(maxY, y);
      }
      this.y = maxY + size * 0.8;
    }
    this.y += BODY * 0.6;
  }
}

/** Renders blocks to a PDF the way a word processor would export it. */
export async function renderPdf(blocks: Block[], options: PdfRenderOptions = {}): Promise<Buffer> {
  const doc = newPdf(options);
  const w = new Writer(doc, options.justify ?? false);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'table-cell') {
      let end = i;
      while (end < blocks.length && blocks[end].kind === 'table-cell' && (end === i || (blocks[end].row ?? 0) >= (blocks[end - 1].row ?? 0))) end++;
      w.table(blocks.slice(i, end));
      i = end - 1;
      continue;
    }
    if (block.kind === 'heading') {
      const size = HEADING_SIZES[(block.level ?? 1) - 1] ?? BODY;
      w.y += size * 0.6;
      w.ensure(size * 3);
      w.lines(block.text, w.left, w.width, 'Helvetica-Bold', size, false);
      w.y += size * 0.3;
      continue;
    }
    if (block.kind === 'list-item') {
      const indent = 14 + ((block.level ?? 1) - 1) * 18;
      const marker = block.marker && /\d|[a-z]\)/.test(block.marker) ? block.marker : (block.level ?? 1) > 1 ? '-' : '•';
      w.lines(block.text, w.left + indent + 14, w.width - indent - 14, 'Helvetica', BODY, w.justify, { text: marker, x: w.left + indent });
      w.y += BODY * 0.25;
      continue;
    }
    w.lines(block.text, w.left, w.width, 'Helvetica', BODY, w.justify);
    w.y += BODY * 0.7;
  }
  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    const { margins, width, height } = doc.page;
    const saved = margins.bottom;
    // Drawing inside the bottom margin must not trigger pdfkit's automatic page break.
    margins.bottom = 0;
    doc.font('Helvetica').fontSize(8.5).fillColor('#555555');
    if (options.header) doc.text(winAnsiSafe(options.header), MARGIN, MARGIN - 24, { lineBreak: false });
    if (options.watermark) {
      doc.save().rotate(-45, { origin: [width / 2, height / 2] }).fontSize(60).fillColor('#dddddd');
      doc.text(winAnsiSafe(options.watermark), width / 2 - 120, height / 2 - 30, { lineBreak: false });
      doc.restore().fontSize(8.5).fillColor('#555555');
    }
    if (options.pageNumbers) {
      const label = `Page ${p - range.start + 1} of ${range.count}`;
      doc.text(label, (width - doc.widthOfString(label)) / 2, height - MARGIN + 8, { lineBreak: false });
    }
    doc.fillColor('#000000');
    margins.bottom = saved;
  }
  return pdfBytes(doc);
}
