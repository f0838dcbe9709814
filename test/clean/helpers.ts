import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { RULE_IDS, clean, cleanText } from '../../src/clean/index.js';
import { cleanOptionsSchema, resolveCleanConfig, type CleanConfig } from '../../src/clean/options.js';
import type { CleanDocument, RawDocument } from '../../src/types.js';

const PIPELINES = fileURLToPath(new URL('../../pipelines/', import.meta.url));

/** The default config with the repository's glossary, as the pipeline loader builds it. */
export function config(options: Record<string, unknown> = {}): CleanConfig {
  return resolveCleanConfig(
    cleanOptionsSchema.parse({ glossaries: ['glossary/en-machine-translation.json'], ...options }),
    (_jsonPath, file) => JSON.parse(readFileSync(PIPELINES + file, 'utf8')),
  );
}

const DEFAULT = config();

export function run(text: string, cfg: CleanConfig = DEFAULT): CleanDocument {
  const doc = cleanText(text, cfg);
  checkOffsets(doc);
  return doc;
}

export function runRaw(raw: Partial<RawDocument> & Pick<RawDocument, 'blocks'>, cfg: CleanConfig = DEFAULT): CleanDocument {
  const doc = clean({ format: 'text', warnings: [], ...raw }, cfg);
  checkOffsets(doc);
  return doc;
}

/** Only the named rules, in their default order. */
export function only(...rules: string[]): CleanConfig {
  return config({ rules: RULE_IDS.filter((id) => rules.includes(id)) });
}

export function rules(doc: CleanDocument): string[] {
  return [...new Set(doc.fixes.map((f) => f.rule))].sort();
}

/**
 * The invariants every cleaned document keeps: blocks point at their text, no block holds a
 * line break, and a fix's `after` stands at its offset unless a later fix rewrote that place.
 */
export function checkOffsets(doc: CleanDocument): void {
  expect(doc.text).toBe(doc.blocks.map((b) => b.text).join('\n'));
  for (const b of doc.blocks) {
    expect(doc.text.slice(b.start, b.end)).toBe(b.text);
    expect(b.text).not.toContain('\n');
    expect(b.text.trim()).toBe(b.text);
  }
  for (const f of doc.fixes) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThanOrEqual(doc.text.length);
    if (f.after === '' || doc.text.startsWith(f.after, f.start)) continue;
    // A later rule rewrote the place (mojibake "β€œ" → "“", then quotes "“" → '"').
    const rewritten = doc.fixes.some((g) => g !== f && g.before.length > 0 && g.start >= f.start - 2 && g.start <= f.start + f.after.length + 2);
    expect(rewritten, `fix ${JSON.stringify(f)} is not at its offset`).toBe(true);
  }
}
