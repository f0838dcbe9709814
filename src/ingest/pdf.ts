import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ComptaxError } from '../errors.js';
import type { Block, Warning } from '../types.js';
import { findAscii } from './detect.js';
import { layoutBlocks } from './pdf-layout.js';
import { buildLines, type PdfPage } from './pdf-lines.js';
import { printedText, type PrintedItem } from './pdf-text.js';
import { removeRunningLines } from './pdf-running.js';
import { textToBlocks } from './text.js';

export interface PdfResult {
  blocks: Block[];
  pages: number;
  warnings: Warning[];
}

function hasEofMarker(bytes: Uint8Array): boolean {
  return findAscii(bytes, '%%EOF', bytes.length, Math.max(0, bytes.length - 2048)) >= 0;
}

function loadError(e: unknown, bytes: Uint8Array): ComptaxError {
  const name = (e as { name?: string })?.name ?? '';
  const message = ((e as Error)?.message ?? String(e)).split('\n')[0];
  if (name === 'PasswordException') return new ComptaxError('encrypted', 'password-protected PDF');
  if (!hasEofMarker(bytes)) return new ComptaxError('corrupt', `corrupt PDF: truncated (no %%EOF marker): ${message}`);
  return new ComptaxError('corrupt', `corrupt PDF: ${message}`);
}

/**
 * Reads a PDF's text with its geometry, page by page. pdf-parse loads the document (its Node set-up
 * of pdf.js and its exception classes); its public getText returns text without positions, and
 * rebuilding paragraphs, lists, tables and running lines needs them, so the text items are read
 * from the pdf.js document it loaded. pdf-parse is pinned to an exact version for that reason.
 */
export async function pdfToBlocks(bytes: Uint8Array, headings: ReadonlySet<string>): Promise<PdfResult> {
  // pdf.js loads on the first PDF: a worker on a corpus of text and HTML starts sooner without it.
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may take ownership of the buffer it is given; it gets a copy.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false });
  let doc: PDFDocumentProxy;
  try {
    doc = await (parser as unknown as { load(): Promise<PDFDocumentProxy> }).load();
  } catch (e) {
    await parser.destroy().catch(() => undefined);
    throw loadError(e, bytes);
  }
  const pages: PdfPage[] = [];
  const printed: PrintedItem[][] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items: PrintedItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const it = raw as TextItem;
        const [a, b, c, d, e, f] = it.transform;
        // Rotated or vertical runs are watermarks and margin notes, not the posting's lines.
        if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue;
        const mono = content.styles[it.fontName]?.fontFamily === 'monospace';
        items.push({ str: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.hypot(c, d) || it.height, mono });
      }
      printed.push(items);
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, lines: buildLines(items, n) });
      page.cleanup();
    }
  } catch (e) {
    throw loadError(e, bytes);
  } finally {
    await parser.destroy();
  }
  if (!pages.some((p) => p.lines.length)) {
    if (!hasEofMarker(bytes)) throw new ComptaxError('corrupt', 'corrupt PDF: truncated (no %%EOF marker, no text)');
    throw new ComptaxError('no-text-layer', 'no text layer (scanned PDF?)');
  }
  const warnings: Warning[] = [];
  if (!hasEofMarker(bytes)) warnings.push({ stage: 'ingest', code: 'pdf-truncated', message: 'PDF has no %%EOF marker (truncated?); text read as far as possible' });
  const running = removeRunningLines(pages);
  if (running.removed) {
    warnings.push({
      stage: 'ingest',
      code: 'running-lines-removed',
      message: `removed ${running.removed} running header/footer/page-number line(s), e.g. ${running.examples.map((e) => JSON.stringify(e)).join(', ')}`,
    });
  }
  const text = printedText(printed, headings);
  return { blocks: text === null ? layoutBlocks(pages, headings) : textToBlocks(text), pages: pages.length, warnings };
}
