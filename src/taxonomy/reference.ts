import { existsSync, statSync } from 'node:fs';
import { parseFile } from 'fast-csv';
import { ComptaxError } from '../errors.js';
import type { ReferenceMatch } from '../types.js';
import { analyze, lexiconOf, type RunLexicon } from './features.js';
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

/**
 * Indexes a reference's preferred and alternative labels with the run's own analysis, so that a
 * competency and a concept meet on the same terms; a phrase's best concept is the label with the
 * highest IDF-weighted Dice overlap.
 */
export function referenceMatcher(
  reference: ReferenceIndex,
  config: TaxonomyConfig,
  run: RunLexicon,
): ReferenceMatcher {
  const lex = lexiconOf(config);
  const analysed: { concept: number; terms: string[]; preferred: boolean }[] = [];
  const df = new Map<string, number>();
  reference.concepts.forEach((c, i) => {
    const conceptTerms = new Set<string>();
    for (const [k, text] of [c.label, ...c.altLabels].entries()) {
      const terms = analyze(text, lex, run);
      if (!terms.length) continue;
      analysed.push({ concept: i, terms, preferred: k === 0 });
      for (const t of terms) conceptTerms.add(t);
    }
    for (const t of conceptTerms) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const n = reference.concepts.length;
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 0.5));
  const weigh = (terms: string[]) => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const t of terms) {
      const w = idf(t);
      weights.set(t, w);
      total += w;
    }
    return { weights, total };
  };
  const labels: IndexedLabel[] = analysed.map((a) => ({ concept: a.concept, preferred: a.preferred, ...weigh(a.terms) }));
  // Postings carry the label's weight for the term, so scoring is one pass over the query's
  // lists (term at a time), never a comparison with every label.
  const postings = new Map<string, { label: number[]; weight: number[] }>();
  labels.forEach((l, i) => {
    for (const [t, w] of l.weights) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { label: [], weight: [] }));
      p.label.push(i);
      p.weight.push(w);
    }
  });
  const threshold = config.referenceThreshold;
  const shared = new Float64Array(labels.length);
  const touched: number[] = [];
  const memo = new Map<string, { score: number; label: number } | null>();

  const bestFor = (phrase: string): { score: number; label: number } | null => {
    const terms = analyze(phrase, lex, run);
    // Variants of one competency mostly analyse alike: score each distinct analysis once.
    const memoKey = [...terms].sort().join(' ');
    const cached = memo.get(memoKey);
    if (cached !== undefined) return cached;
    const q = weigh(terms);
    let best: { score: number; label: number } | null = null;
    if (q.total) {
      for (const [t, wq] of q.weights) {
        const p = postings.get(t);
        if (!p) continue;
        for (let k = 0; k < p.label.length; k++) {
          const li = p.label[k];
          if (shared[li] === 0) touched.push(li);
          shared[li] += Math.min(wq, p.weight[k]);
        }
      }
      for (const li of touched) {
        const l = labels[li];
        // Dice on weights, a hair less for alternative labels so that ties go to preferred ones.
        const score = ((2 * shared[li]) / (q.total + l.total)) * (l.preferred ? 1 : 0.98);
        shared[li] = 0;
        if (
          !best ||
          score > best.score ||
          (score === best.score && reference.concepts[l.concept].id < reference.concepts[labels[best.label].concept].id)
        ) {
          best = { score, label: li };
        }
      }
      touched.length = 0;
    }
    if (memo.size < 100_000) memo.set(memoKey, best);
    return best;
  };

  return {
    match(phrases) {
      let best: { score: number; label: IndexedLabel } | undefined;
      for (const phrase of new Set(phrases)) {
        const b = bestFor(phrase);
        if (!b) continue;
        const l = labels[b.label];
        if (!best || b.score > best.score || (b.score === best.score && reference.concepts[l.concept].id < reference.concepts[best.label.concept].id)) {
          best = { score: b.score, label: l };
        }
      }
      if (!best || best.score < threshold) return undefined;
      const c = reference.concepts[best.label.concept];
      return { id: c.id, label: c.label, score: Math.round(best.score * 1000) / 1000 };
    },
  };
}
