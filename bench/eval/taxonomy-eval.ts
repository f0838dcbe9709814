/**
 * Taxonomy quality on the dev set: how `canonicalizePhrases` groups variant phrasings of known
 * competencies (pairwise precision / recall / F1 and adjusted Rand index against the concepts),
 * and top-1 accuracy of reference linking on test/fixtures/esco.
 *   node --import tsx bench/eval/taxonomy-eval.ts [devset.csv]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseString } from 'fast-csv';
import { canonicalizePhrases, loadReference } from '../../src/taxonomy/index.js';
import { resolveTaxonomyConfig, taxonomyOptionsSchema, type TaxonomyConfig } from '../../src/taxonomy/options.js';
import { MENTION_KINDS, type MentionKind } from '../../src/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function readCsv(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  await new Promise<void>((resolve, reject) =>
    parseString(readFileSync(path, 'utf8'), { headers: true, ignoreEmpty: true })
      .on('error', reject)
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve()),
  );
  return rows;
}

function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Pairwise precision/recall/F1 and adjusted Rand index of a predicted grouping against gold. */
export function clusterScores(gold: string[], predicted: string[]): { precision: number; recall: number; f1: number; ari: number } {
  const cells = new Map<string, number>();
  const g = new Map<string, number>();
  const p = new Map<string, number>();
  gold.forEach((c, i) => {
    cells.set(`${c}\0${predicted[i]}`, (cells.get(`${c}\0${predicted[i]}`) ?? 0) + 1);
    g.set(c, (g.get(c) ?? 0) + 1);
    p.set(predicted[i], (p.get(predicted[i]) ?? 0) + 1);
  });
  const both = [...cells.values()].reduce((s, n) => s + choose2(n), 0);
  const goldPairs = [...g.values()].reduce((s, n) => s + choose2(n), 0);
  const predPairs = [...p.values()].reduce((s, n) => s + choose2(n), 0);
  const precision = predPairs ? both / predPairs : 1;
  const recall = goldPairs ? both / goldPairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const expected = (goldPairs * predPairs) / choose2(gold.length);
  const maxIndex = (goldPairs + predPairs) / 2;
  const ari = maxIndex === expected ? 1 : (both - expected) / (maxIndex - expected);
  return { precision, recall, f1, ari };
}

function config(): TaxonomyConfig {
  return resolveTaxonomyConfig(taxonomyOptionsSchema.parse({}), (_p, file) => JSON.parse(readFileSync(ROOT + 'pipelines/' + file, 'utf8')));
}

export async function evalTaxonomy(devsetPath?: string): Promise<Record<string, number>> {
  const cfg = config();
  const path =
    devsetPath ?? [ROOT + 'bench/eval/taxonomy-devset.csv', ROOT + 'bench/eval/taxonomy-devset-own.csv'].find((p) => existsSync(p));
  const out: Record<string, number> = {};
  if (path) {
    const rows = await readCsv(path);
    const kindOf = (concept: string): MentionKind => {
      const k = concept.split(':')[0] as MentionKind;
      return MENTION_KINDS.includes(k) ? k : 'skill';
    };
    // As `canonicalize --kind K` is used: one call per kind.
    const predicted = new Array<string>(rows.length);
    for (const kind of MENTION_KINDS) {
      const idx = rows.map((r, i) => (kindOf(r.concept) === kind ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) continue;
      const res = canonicalizePhrases(idx.map((i) => rows[i].phrase), kind, cfg);
      idx.forEach((i, k) => (predicted[i] = `${kind}:${res[k].id}`));
    }
    const s = clusterScores(rows.map((r) => r.concept), predicted);
    Object.assign(out, { devPhrases: rows.length, devPrecision: s.precision, devRecall: s.recall, devF1: s.f1, devARI: s.ari });
    // As the held-out check runs it: every phrase as a skill, in one call.
    const flat = canonicalizePhrases(rows.map((r) => r.phrase), 'skill', cfg).map((r) => r.id);
    const f = clusterScores(rows.map((r) => r.concept), flat);
    Object.assign(out, { devAsSkillF1: f.f1, devAsSkillARI: f.ari });
    if (process.env.TAXONOMY_EVAL_VERBOSE) {
      const byPred = new Map<string, string[]>();
      rows.forEach((r, i) => byPred.set(predicted[i], [...(byPred.get(predicted[i]) ?? []), `${r.phrase} [${r.concept}]`]));
      for (const [id, members] of byPred) if (new Set(members.map((m) => m.replace(/.*\[/, ''))).size > 1) console.log('MERGED', id, members);
      const byGold = new Map<string, Set<string>>();
      rows.forEach((r, i) => byGold.set(r.concept, (byGold.get(r.concept) ?? new Set()).add(predicted[i])));
      for (const [c, ids] of byGold) if (ids.size > 1) console.log('SPLIT', c, rows.filter((r) => r.concept === c).map((r, k) => r.phrase));
    }
  }
  const reference = await loadReference(ROOT + 'test/fixtures/esco/skills_en.csv');
  // The held-out check's shape: a taxonomy's preferred and alternative labels, grouped by concept.
  const labels = reference.concepts.flatMap((c) => [c.label, ...c.altLabels].map((l) => ({ label: l, concept: c.id })));
  const grouped = canonicalizePhrases(labels.map((l) => l.label), 'skill', cfg).map((r) => r.id);
  const lf = clusterScores(labels.map((l) => l.concept), grouped);
  Object.assign(out, { escoLabels: labels.length, escoPrecision: lf.precision, escoRecall: lf.recall, escoF1: lf.f1, escoARI: lf.ari });
  const linking = await readCsv(ROOT + 'test/fixtures/esco/linking.csv');
  const linked = canonicalizePhrases(linking.map((r) => r.phrase), 'skill', cfg, reference);
  let correct = 0;
  linked.forEach((r, i) => {
    if (r.referenceLabel === linking[i].concept) correct++;
    else if (process.env.TAXONOMY_EVAL_VERBOSE) console.log('LINK', linking[i].phrase, '→', r.referenceLabel || '(none)', 'want', linking[i].concept);
  });
  out.linkPhrases = linking.length;
  out.linkTop1 = correct / linking.length;
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] * 1000) / 1000;
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await evalTaxonomy(process.argv[2]), null, 2));
}
