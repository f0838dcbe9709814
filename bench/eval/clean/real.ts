/**
 * Real postings for the cleaning evaluation (../shared/data/annotated): each posting's paragraphs
 * (one block per line) as a CleanPosting, and the words of its gold mentions, which cleaning must
 * keep whatever noise is injected around them. What the cleaner rightly removes from the real text
 * itself (its own "How to apply" sentence) is not known, so a block's expected output is what the
 * cleaner makes of that block alone; gold words measure what it must never remove.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText, type CleanConfig } from '../../../src/clean/index.js';
import type { CleanPosting } from './postings.js';

export interface RealPosting extends CleanPosting {
  source: string;
  /** One long line of inline bullets, as many scraped postings are. */
  oneLine: boolean;
  /** The texts of the posting's gold mentions. */
  gold: string[];
}

const DATA = process.env.COMPTAX_ANNOTATED ?? '/work/shared/data/annotated/';
export const REAL_SOURCES = ['hahu-dev', 'hahu-train', 'skillspan-dev', 'skillspan-train'] as const;

function goldTexts(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const file = join(dir, 'gold.jsonl');
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { file: string; items?: { text: string }[]; spans?: { text: string }[] };
    out.set(r.file, [...new Set((r.items ?? r.spans ?? []).map((s) => s.text))]);
  }
  return out;
}

export function realPostings(source: string, config: CleanConfig): RealPosting[] {
  const dir = join(DATA, source);
  if (!existsSync(dir)) return [];
  const gold = goldTexts(dir);
  return readdirSync(join(dir, 'postings'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, 'postings', f), 'utf8').replace(/\r\n?/g, '\n');
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      const blocks = lines.map((l, i) => {
        const expect = cleanText(l, config).blocks.map((b) => b.text);
        return { kind: i === 0 && l.split(/\s+/).length <= 8 ? ('heading' as const) : ('paragraph' as const), text: l, expect };
      });
      return {
        id: `${source}-${f.replace(/\.txt$/, '')}`,
        language: 'en',
        source,
        oneLine: lines.some((l) => l.length > 600),
        gold: gold.get(f) ?? [],
        blocks,
      };
    });
}
