import type { Edit } from './edit-text.js';
import { isKnownHeading } from './language.js';
import { removeBlock, type WorkBlock, type WorkDoc } from './work.js';
import { squeezeSpaces } from '../text-runs.js';

/**
 * Layout left by PDF and plain text (besides hard-wrapped lines, see line-join.ts): running
 * headers and footers, page numbers, filler rows of dots or stars.
 */

const FILLER_LINE = /^[\s.*_=~#`\-\u2013\u2014\u2022\u00b7\u2026|+]{3,}$/;
const FILLER_RUN = /([^\s.*_=~\u2026]?)([.]{4,}|[*]{3,}|[_]{3,}|[=]{3,}|[~]{3,}|[\u2026]{2,}|(?:\. ){3,}\.?)([^\s.*_=~\u2026]?)/g;

export function fixFiller(b: WorkBlock): void {
  const t = b.et.text.trim();
  if (t.length > 0 && FILLER_LINE.test(t) && !/\p{L}|\d/u.test(t)) {
    removeBlock(b, 'layout.filler');
    return;
  }
  if (!/[.*_=~\u2026]{3,}|(?:\. ){3,}/.test(t)) return;
  FILLER_RUN.lastIndex = 0;
  const edits: Edit[] = [];
  const text = b.et.text;
  let m: RegExpExecArray | null;
  while ((m = FILLER_RUN.exec(text)) !== null) {
    const start = m.index + m[1].length;
    const end = start + m[2].length;
    // Between two words the filler was a separator: keep one space.
    const after = m[1] && m[3] ? ' ' : '';
    let s = start;
    let e = end;
    if (!after && !m[3] && s > 0 && text[s - 1] === ' ') s--;
    else if (!after && !m[1] && text[e] === ' ') e++;
    edits.push({ start: s, end: e, after, rule: 'layout.filler' });
    FILLER_RUN.lastIndex = end;
  }
  b.et.apply(edits);
}

const PAGE_NUMBER = /^(?:(?:page|seite|página|pagina|стр\.?|страница)\s*)?\d{1,4}(?:\s*(?:of|von|de|из|\/)\s*\d{1,4})?$|^[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]$/i;

export function fixPageNumber(b: WorkBlock): void {
  if (b.kind === 'table-cell' || b.kind === 'list-item') return;
  if (PAGE_NUMBER.test(b.et.text.trim())) removeBlock(b, 'layout.page-number');
}

function headerKey(text: string): string {
  return squeezeSpaces(text.toLowerCase().replace(/\d+/g, '#')).trim();
}

/**
 * Each live block's page: the format's own, else pages told apart by the page-number lines that
 * ended them (a text export's "Page 2 of 3"), else none.
 */
function pagesOf(doc: WorkDoc): Map<WorkBlock, number> {
  const out = new Map<WorkBlock, number>();
  const known = doc.blocks.some((b) => !b.removed && b.page !== undefined);
  let page = 1;
  let breaks = 0;
  let seen = false;
  for (const b of doc.blocks) {
    if (b.removed) {
      if (!known && seen && b.removed.rule === 'layout.page-number') {
        page++;
        breaks++;
        seen = false;
      }
      continue;
    }
    if (known) {
      if (b.page !== undefined) out.set(b, b.page);
    } else out.set(b, page);
    seen = true;
  }
  if (!known && breaks === 0) out.clear();
  return out;
}

/** Short lines that recur page after page (or, without pages, with a changing number) are running headers or footers. */
export function fixRunningHeaders(doc: WorkDoc, headings: ReadonlySet<string>): void {
  const byKey = new Map<string, WorkBlock[]>();
  const blocks = doc.blocks.filter((b) => !b.removed && b.kind !== 'table-cell');
  blocks.forEach((b) => {
    const t = b.et.text.trim();
    if (t.length === 0 || t.length > 120) return;
    const k = headerKey(t);
    const list = byKey.get(k);
    if (list) list.push(b);
    else byKey.set(k, [b]);
  });
  const position = new Map(blocks.map((b, i) => [b, i] as const));
  const pageOf = pagesOf(doc);
  const pages = new Set(blocks.map((b) => pageOf.get(b)).filter((p) => p !== undefined));
  // Where pages are known, a header or footer sits among the first or last two blocks of its page.
  const edge = new Set<WorkBlock>();
  if (pages.size >= 2) {
    const byPage = new Map<number, WorkBlock[]>();
    for (const b of blocks) {
      const p = pageOf.get(b);
      if (p !== undefined) (byPage.get(p) ?? byPage.set(p, []).get(p)!).push(b);
    }
    for (const list of byPage.values()) for (const b of [...list.slice(0, 2), ...list.slice(-2)]) edge.add(b);
  }
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    let running = false;
    if (pages.size >= 2) {
      // A section heading that opens each part ("Requirements") is structure, not a header.
      if (isKnownHeading(list[0].et.text.trim(), headings)) continue;
      const on = new Set(list.filter((b) => edge.has(b)).map((b) => pageOf.get(b)));
      running = on.size >= Math.max(2, Math.ceil(pages.size * 0.5)) && list.length >= 2;
    } else {
      // Without pages: a line whose number changes ("… Page 3"), or a short line that recurs
      // at intervals through the text ("Confidential"), but not a section heading.
      const texts = new Set(list.map((b) => b.et.text.trim()));
      const at = list.map((b) => position.get(b)!);
      const spread = at.every((p, i) => i === 0 || p - at[i - 1] >= 4);
      const text = list[0].et.text.trim();
      const headingLike = /[:：]$/.test(text) || isKnownHeading(text, headings) || list.some((b) => b.kind === 'heading' || b.kind === 'list-item');
      // A changing number alone is content ("Step 1: …"); a page number says so.
      const paged = /page|seite|p[áa]gina|стр|#\s*(?:of|\/|von|de|из)\s*#|\|/i.test(key);
      const words = text.split(/\s+/).length;
      // A page number that changes from copy to copy says "running" even on two pages.
      if (key.includes('#')) running = list.length >= 2 && spread && !headingLike && paged && texts.size >= 2 && words <= 15;
      else if (list.length >= 3 && spread && !headingLike && words <= 8) {
        // Repeated without a page number: it may be a table's header row, so the first one stays.
        for (const b of list.slice(1)) removeBlock(b, 'layout.running-header');
      }
    }
    if (running) for (const b of list) removeBlock(b, 'layout.running-header');
  }
}
