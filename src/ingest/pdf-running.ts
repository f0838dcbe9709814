import type { PdfPage } from './pdf-lines.js';

const PAGE_NUMBER = /^(?:page|p\.|seite|página|стр\.?|страница)?\s*[-–—]?\s*\d{1,4}\s*(?:(?:of|von|de|из|\/)\s*\d{1,4})?\s*[-–—]?$/i;
/** Lines this close to the top or bottom edge (as a share of the page height) may be running lines. */
const EDGE_ZONE = 0.12;
/** How many lines at each end of a page are candidates. */
const CANDIDATES = 2;

function key(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export interface RunningRemoval {
  removed: number;
  examples: string[];
}

function candidateIndexes(page: PdfPage): number[] {
  const n = page.lines.length;
  const idx = new Set<number>();
  for (let i = 0; i < Math.min(CANDIDATES, n); i++) idx.add(i);
  for (let i = Math.max(0, n - CANDIDATES); i < n; i++) idx.add(i);
  return [...idx].filter((i) => {
    const y = page.lines[i].y;
    return y > page.height * (1 - EDGE_ZONE) || y < page.height * EDGE_ZONE;
  });
}

/**
 * Removes running headers, footers and page numbers: lines near a page edge whose text (digits
 * ignored) recurs on at least half of the pages, and bare page numbers near an edge.
 */
export function removeRunningLines(pages: PdfPage[]): RunningRemoval {
  const pagesWithKey = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const i of candidateIndexes(page)) {
      const k = key(page.lines[i].text);
      if (!pagesWithKey.has(k)) pagesWithKey.set(k, new Set());
      pagesWithKey.get(k)!.add(page.number);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const result: RunningRemoval = { removed: 0, examples: [] };
  for (const page of pages) {
    const drop = new Set<number>();
    for (const i of candidateIndexes(page)) {
      const line = page.lines[i];
      const recurring = (pagesWithKey.get(key(line.text))?.size ?? 0) >= needed;
      if (recurring || PAGE_NUMBER.test(line.text)) drop.add(i);
    }
    if (!drop.size) continue;
    for (const i of drop) if (result.examples.length < 3 && !result.examples.includes(page.lines[i].text)) result.examples.push(page.lines[i].text);
    result.removed += drop.size;
    page.lines = page.lines.filter((_, i) => !drop.has(i));
  }
  return result;
}
