import { readFile } from 'node:fs/promises';
import { ComptaxError } from '../errors.js';
import { MENTION_KINDS, type MentionKind } from '../types.js';
import type { PreviousCompetency, PreviousTaxonomy } from './types.js';

function competencyOf(raw: unknown, where: string, path: string): PreviousCompetency {
  const c = raw as Record<string, unknown>;
  if (typeof c !== 'object' || c === null || typeof c.id !== 'string' || !c.id) {
    throw new ComptaxError('previous', `${path}: ${where} has no id`);
  }
  if (!MENTION_KINDS.includes(c.kind as MentionKind)) throw new ComptaxError('previous', `${path}: ${where} (${c.id}) has no valid kind`);
  const variants = Array.isArray(c.variants)
    ? c.variants
        .filter((v): v is { normalized: string; count?: unknown } => typeof v === 'object' && v !== null && typeof (v as { normalized?: unknown }).normalized === 'string')
        .map((v) => ({ normalized: v.normalized, count: typeof v.count === 'number' ? v.count : 1 }))
    : [];
  return { id: c.id, kind: c.kind as MentionKind, label: typeof c.label === 'string' ? c.label : '', variants };
}

/**
 * Reads a taxonomy.json of an earlier run. Accepts competencies at the top level or nested in
 * their categories (as the exporter writes them); reads only id, kind, label and variants.
 */
export async function loadPreviousTaxonomy(path: string): Promise<PreviousTaxonomy> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ComptaxError('previous', code === 'ENOENT' ? `previous taxonomy not found: ${path}` : `previous taxonomy ${path} is not valid JSON`);
  }
  const root = data as { competencies?: unknown; categories?: unknown };
  const raw: { value: unknown; where: string }[] = [];
  if (Array.isArray(root?.competencies)) root.competencies.forEach((value, i) => raw.push({ value, where: `competencies[${i}]` }));
  if (Array.isArray(root?.categories)) {
    root.categories.forEach((cat, ci) => {
      const list = (cat as { competencies?: unknown })?.competencies;
      if (Array.isArray(list)) list.forEach((value, i) => raw.push({ value, where: `categories[${ci}].competencies[${i}]` }));
    });
  }
  if (!raw.length) throw new ComptaxError('previous', `${path}: no competencies (expected "competencies" or "categories[].competencies")`);
  const seen = new Set<string>();
  const competencies: PreviousCompetency[] = [];
  for (const { value, where } of raw) {
    const c = competencyOf(value, where, path);
    if (!seen.has(c.id)) {
      seen.add(c.id);
      competencies.push(c);
    }
  }
  return { path, competencies };
}
