import type { CleanBlock, CleanDocument, SectionKind } from '../types.js';

/**
 * The posting's job title: a "Job Title:" field; else the first heading the lexicon does not
 * classify; else the first short line; else the subject of an opening "X is a …" sentence.
 */
export function findTitle(
  doc: CleanDocument,
  blocks: CleanBlock[],
  field: string | undefined,
  headings: { text: string; kind: SectionKind | null; blockIndex: number }[],
): string {
  if (field) return field;
  const firstBody = blocks.findIndex((b) => b.kind !== 'heading' && b.text.trim().split(/\s+/).length > 12);
  const early = headings.find((h) => h.kind === null && (firstBody < 0 || h.blockIndex < firstBody) && !isAllCapsBanner(h.text));
  if (early) return early.text;
  for (const b of blocks.slice(0, 6)) {
    const t = b.text.trim();
    const words = t.split(/\s+/);
    if ((b.kind === 'paragraph' || b.kind === 'heading') && words.length >= 1 && words.length <= 10 && !/[.!?:;,]$/.test(t) && /^[\p{Lu}\p{Lo}]/u.test(t) && !isAllCapsBanner(t)) {
      if (headings.some((h) => h.blockIndex === blocks.indexOf(b) && h.kind !== null)) continue;
      return t;
    }
  }
  const first = doc.text.slice(0, 300);
  const m = /^\s*([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,4})\s+(?:is|are)\s+(?:a|an|the)\s/u.exec(first);
  return m ? m[1] : '';
}

/** An ALL CAPS line of a book or brand banner is not a job title. */
function isAllCapsBanner(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\p{Lo}/u.test(text);
}
