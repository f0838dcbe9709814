/**
 * Running headers and footers in text exports of real postings: each posting is cut into pages
 * (at sentence ends, about 60 words a page), every page starts with a running header (the company,
 * the title, a date) and ends with "Page N of M"; pages are separated by a form feed, or by nothing
 * but the page-number line, or (without page numbers) by blank lines only. Through the real text ingest and the default cleaning, a header should
 * be gone from every page, the posting's own words kept, and a line used once as a heading kept.
 */
import { textToBlocks } from '../../../src/ingest/text.js';
import { clean, type CleanConfig } from '../../../src/clean/index.js';
import type { RealPosting } from './real.js';
import { mulberry32 } from '../../rng.js';

const HEADERS = [
  (p: RealPosting) => `${p.id.split('-')[0].toUpperCase()} Trading PLC`,
  (p: RealPosting) => `${p.blocks[0].text.slice(0, 60)} - Vacancy Announcement`,
  () => 'Posted on 12 March 2023',
  () => 'CONFIDENTIAL',
];

export interface HeaderResult {
  separator: string;
  documents: number;
  removed: number;
  /** Headers used once as a heading, kept. */
  onceKept: number;
  failures: string[];
}

function pagesOf(text: string, wordsPerPage: number): string[][] {
  const sentences = text.split('\n').flatMap((l) => l.match(/[^.!?]+(?:[.!?]+|$)\s*/g) ?? [l]).map((s) => s.trim()).filter(Boolean);
  const pages: string[][] = [[]];
  let n = 0;
  for (const s of sentences) {
    if (n >= wordsPerPage) {
      pages.push([]);
      n = 0;
    }
    pages[pages.length - 1].push(s);
    n += s.split(/\s+/).length;
  }
  return pages;
}

export function evaluateHeaders(postings: RealPosting[], config: CleanConfig): HeaderResult[] {
  const results: HeaderResult[] = [];
  const norm = (t: string) => t.replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ');
  for (const separator of ['form feed', 'page-number line only', 'blank lines only']) {
    const r: HeaderResult = { separator, documents: 0, removed: 0, onceKept: 0, failures: [] };
    postings.forEach((p, i) => {
      const rnd = mulberry32(1000 + i);
      const header = HEADERS[Math.floor(rnd() * HEADERS.length)](p);
      const pages = pagesOf(p.blocks.map((b) => b.text).join('\n'), 60);
      if (pages.length < 2) return;
      const text = pages
        .map((lines, k) => [header, '', lines.join(' '), ...(separator === 'blank lines only' ? [] : ['', `Page ${k + 1} of ${pages.length}`])].join('\n'))
        .join(separator === 'form feed' ? '\f' : separator === 'blank lines only' ? '\n\n\n\n' : '\n\n');
      const doc = clean({ format: 'text', blocks: textToBlocks(text), warnings: [] }, config);
      r.documents++;
      if (!norm(doc.text).includes(norm(header))) r.removed++;
      else r.failures.push(`${p.id}: "${header}" stayed`);
      // The same line once, as a heading of a posting without pages, stays.
      const once = clean({ format: 'text', blocks: textToBlocks([header, '', ...p.blocks.map((b) => b.text)].join('\n\n')), warnings: [] }, config);
      if (norm(once.text).includes(norm(header))) r.onceKept++;
      else r.failures.push(`${p.id}: "${header}" used once was removed`);
    });
    results.push(r);
  }
  return results;
}
