import { existsSync, statSync } from 'node:fs';
import { parseFile } from 'fast-csv';
import { ComptaxError } from '../errors.js';
import type { ReferenceConcept, ReferenceIndex } from './types.js';

function splitAlt(value: string | undefined, separators: RegExp): string[] {
  if (!value) return [];
  return [...new Set(value.split(separators).map((s) => s.trim()).filter(Boolean))];
}

/**
 * Reads an ESCO skills CSV (conceptUri, preferredLabel, altLabels newline-separated, skillType…)
 * or a simple id,label,alt_labels CSV (alt labels separated by "|" or newlines).
 */
export async function loadReference(path: string): Promise<ReferenceIndex> {
  if (!existsSync(path) || !statSync(path).isFile()) throw new ComptaxError('reference', `reference file not found: ${path}`);
  let headers: string[] = [];
  const rows: Record<string, string>[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      parseFile<Record<string, string>, Record<string, string>>(path, {
        headers: (hs) => (headers = hs.map((h) => (h ?? '').replace(/^\uFEFF/, '').trim())),
        ignoreEmpty: true,
        discardUnmappedColumns: true,
      })
        .on('error', reject)
        .on('data', (row: Record<string, string>) => rows.push(row))
        .on('end', () => resolve());
    });
  } catch (e) {
    throw new ComptaxError('reference', `reference file ${path} is not a readable CSV: ${(e as Error).message}`);
  }
  const has = (h: string) => headers.includes(h);
  let format: ReferenceIndex['format'];
  let idCol: string, labelCol: string, altCol: string | undefined, altSep: RegExp;
  if (has('conceptUri') || has('preferredLabel')) {
    format = 'esco';
    for (const col of ['conceptUri', 'preferredLabel']) {
      if (!has(col)) throw new ComptaxError('reference', `reference file ${path} looks like ESCO but has no "${col}" column`);
    }
    [idCol, labelCol, altCol, altSep] = ['conceptUri', 'preferredLabel', has('altLabels') ? 'altLabels' : undefined, /\r?\n/];
  } else if (has('id') || has('label')) {
    format = 'simple';
    for (const col of ['id', 'label']) {
      if (!has(col)) throw new ComptaxError('reference', `reference file ${path} has no "${col}" column`);
    }
    [idCol, labelCol, altCol, altSep] = ['id', 'label', has('alt_labels') ? 'alt_labels' : undefined, /\r?\n|\|/];
  } else {
    throw new ComptaxError(
      'reference',
      `reference file ${path}: no "conceptUri"/"preferredLabel" (ESCO) or "id"/"label" columns (found: ${headers.slice(0, 6).join(', ') || 'none'})`,
    );
  }
  const concepts: ReferenceConcept[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const id = (row[idCol] ?? '').trim();
    const label = (row[labelCol] ?? '').trim();
    if (!id || !label || seen.has(id)) continue;
    seen.add(id);
    const type = format === 'esco' ? (row.skillType ?? '').trim() : '';
    const reuse = format === 'esco' ? (row.reuseLevel ?? '').trim() : '';
    const hidden = format === 'esco' ? splitAlt(row.hiddenLabels, altSep) : [];
    concepts.push({
      id,
      label,
      altLabels: splitAlt(altCol ? row[altCol] : undefined, altSep).filter((a) => a !== label),
      ...(hidden.length ? { hiddenLabels: hidden } : {}),
      ...(type ? { type } : {}),
      ...(reuse ? { reuse } : {}),
    });
  }
  if (!concepts.length) throw new ComptaxError('reference', `reference file ${path} has no concepts (no row with both ${idCol} and ${labelCol})`);
  return { path, format, concepts };
}
