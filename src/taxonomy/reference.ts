import { existsSync, statSync } from 'node:fs';
import { parseFile } from 'fast-csv';
import { ComptaxError } from '../errors.js';
import type { ReferenceMatch } from '../types.js';
import { analyze, lexiconOf, type Term } from './features.js';
import type { TaxonomyConfig } from './options.js';
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
    concepts.push({ id, label, altLabels: splitAlt(altCol ? row[altCol] : undefined, altSep).filter((a) => a !== label), ...(type ? { type } : {}) });
  }
  if (!concepts.length) throw new ComptaxError('reference', `reference file ${path} has no concepts (no row with both ${idCol} and ${labelCol})`);
  return { path, format, concepts };
}

interface IndexedLabel {
  concept: number;
  weights: Map<string, number>;
  total: number;
  preferred: boolean;
}

/** A reference analysed with one run's analyser, ready for matching. */
export interface ReferenceMatcher {
  match(phrases: string[]): ReferenceMatch | undefined;
}

const COMPLEMENT_WEIGHT = 0.7;

export function referenceMatcher(
  reference: ReferenceIndex,
  config: TaxonomyConfig,
  wordnet: ReadonlyMap<string, string>,
): ReferenceMatcher {
  const lex = lexiconOf(config);
  const analysed: { concept: number; terms: Term[]; preferred: boolean }[] = [];
  const df = new Map<string, number>();
  reference.concepts.forEach((c, i) => {
    const conceptTerms = new Set<string>();
    for (const [k, text] of [c.label, ...c.altLabels].entries()) {
      const terms = analyze(text, lex, wordnet);
      if (!terms.length) continue;
      analysed.push({ concept: i, terms, preferred: k === 0 });
      for (const { t } of terms) conceptTerms.add(t);
    }
    for (const t of conceptTerms) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const n = reference.concepts.length;
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 0.5));
  const weigh = (terms: Term[]) => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const { t, comp } of terms) {
      const w = idf(t) * (comp ? COMPLEMENT_WEIGHT : 1);
      weights.set(t, w);
      total += w;
    }
    return { weights, total };
  };
  const labels: IndexedLabel[] = analysed.map((a) => ({ concept: a.concept, preferred: a.preferred, ...weigh(a.terms) }));
  const index = new Map<string, number[]>();
  labels.forEach((l, i) => {
    for (const t of l.weights.keys()) {
      let list = index.get(t);
      if (!list) index.set(t, (list = []));
      list.push(i);
    }
  });
  const threshold = config.referenceThreshold;
  const maxScan = Math.max(config.maxBlockSize * 10, 2000);

  return {
    match(phrases) {
      let best: { score: number; label: IndexedLabel } | undefined;
      for (const phrase of phrases) {
        const q = weigh(analyze(phrase, lex, wordnet));
        if (!q.total) continue;
        // The rarest terms find the candidates; a label sharing only a common word cannot win.
        const probe = [...q.weights.keys()].sort((a, b) => q.weights.get(b)! - q.weights.get(a)! || (a < b ? -1 : 1)).slice(0, 3);
        const seen = new Set<number>();
        for (const t of probe) {
          const list = index.get(t) ?? [];
          for (let k = 0; k < list.length && k < maxScan; k++) {
            const li = list[k];
            if (seen.has(li)) continue;
            seen.add(li);
            const l = labels[li];
            let shared = 0;
            for (const [term, wq] of q.weights) {
              const wl = l.weights.get(term);
              if (wl !== undefined) shared += Math.min(wq, wl);
            }
            // Dice on weights, a hair less for alternative labels so that ties go to preferred ones.
            const score = ((2 * shared) / (q.total + l.total)) * (l.preferred ? 1 : 0.98);
            if (
              !best ||
              score > best.score ||
              (score === best.score && reference.concepts[l.concept].id < reference.concepts[best.label.concept].id)
            ) {
              best = { score, label: l };
            }
          }
        }
      }
      if (!best || best.score < threshold) return undefined;
      const c = reference.concepts[best.label.concept];
      return { id: c.id, label: c.label, score: Math.round(best.score * 1000) / 1000 };
    },
  };
}
