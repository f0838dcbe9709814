// Items in a language the grammar rules do not read.
import type { SectionKind } from '../types.js';
import { addMention, hits, type ItemContext } from './context.js';
import { knowledgeTerms } from './knowledge.js';
import { qualifications } from './qualifications.js';
import { NEEDS } from './sections.js';

const FOREIGN_YEARS = /\d+\s*\+?\s*(?:jahre?n?|ans|années|años|лет|года?|年|years?)/iu;

/** Items in a language the grammar rules do not read: classified from their section and the lexicon alone. */
export function foreign(ctx: ItemContext, kind: SectionKind): void {
  if (!ctx.listLike || ctx.text.split(/\s+/).length > 25) return;
  if (kind === 'responsibilities') {
    addMention(ctx, 'duty', 0, ctx.text.length, ctx.text, 0.6);
    return;
  }
  if (!NEEDS.has(kind)) return;
  if (qualifications(ctx, true, 0.7) || FOREIGN_YEARS.test(ctx.text)) {
    if (ctx.out.length === 0) addMention(ctx, 'qualification', 0, ctx.text.length, ctx.text, 0.6);
    return;
  }
  if (knowledgeTerms(ctx, 0.75) > 0) return;
  if (hits(ctx.lex.foreignKnowledge, ctx.text)) {
    addMention(ctx, 'knowledge', 0, ctx.text.length, ctx.text, 0.6);
    return;
  }
  // "Analytische Denkweise und Zahlenaffinität": short coordinated names are one skill each.
  const text = ctx.text;
  const parts: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(/\s*[,;/]\s*|\s+(?:und|oder|sowie|and|or|et|ou|y|o|и|или)\s+/giu)) {
    parts.push([at, m.index ?? 0]);
    at = (m.index ?? 0) + m[0].length;
  }
  parts.push([at, text.length]);
  const short = parts.every(([a, b]) => text.slice(a, b).trim().split(/\s+/).length <= 3);
  for (const [a, b] of short ? parts : [[0, text.length] as [number, number]]) {
    const part = text.slice(a, b);
    addMention(ctx, 'skill', a, b, part.replace(ctx.lex.foreignModifiers, ''), 0.55);
  }
}

