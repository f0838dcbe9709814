/**
 * Taxonomy quality. On our own dev set: how `canonicalizePhrases` groups variant phrasings of known
 * competencies (pairwise precision / recall / F1 and adjusted Rand index against the concepts), and
 * top-1 accuracy of reference linking on test/fixtures/esco. On real data (../shared/data, or
 * COMPTAX_DATA): decorte-validation spans grouped by the ESCO skill they mean and linked to it (with
 * the bundled vocabulary and with ESCO's skills_en.csv as `--reference`), and the labels of 400
 * ESCO concepts grouped.
 *   node --import tsx bench/eval/taxonomy-eval.ts [devset.csv]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseString } from 'fast-csv';
import { canonicalizePhrases, loadReference, type ReferenceConcept, type ReferenceIndex } from '../../src/taxonomy/index.js';
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
  Object.assign(out, await evalRealData(cfg));
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] * 1000) / 1000;
  return out;
}

/** The shared data folder: COMPTAX_DATA, else ../shared/data beside the clone (or beside its worktree folder). */
const DATA = process.env.COMPTAX_DATA ?? [ROOT + '../shared/data', ROOT + '../../shared/data'].find((p) => existsSync(p)) ?? ROOT + '../shared/data';
/** decorte's labels for spans ESCO has no concept for, or that say too little to have one. */
const NO_CONCEPT = new Set(['LABEL NOT PRESENT', 'UNDERSPECIFIED']);

/** decorte-validation spans that mean one ESCO skill: the sub-span where the annotators split a span. */
async function decorteSpans(): Promise<{ phrase: string; label: string }[]> {
  const out: { phrase: string; label: string }[] = [];
  for (const file of ['house.csv', 'tech.csv']) {
    for (const r of await readCsv(`${DATA}/annotated/decorte-validation/${file}`)) {
      const phrase = (r.sub_span || r.span || '').trim();
      if (phrase && r.label && !NO_CONCEPT.has(r.label)) out.push({ phrase, label: r.label });
    }
  }
  return out;
}

/** 400 ESCO concepts picked by a hash of their URI (deterministic, spread over the whole file): every label of each. */
function escoSample(reference: ReferenceIndex, n = 400): { label: string; concept: string }[] {
  const hash = (s: string) => createHash('sha1').update(s).digest('hex');
  const picked = [...reference.concepts].sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1)).slice(0, n);
  return picked.flatMap((c) => [...new Set([c.label, ...c.altLabels])].map((label) => ({ label, concept: c.id })));
}

function linkAccuracy(rows: { referenceLabel: string }[], gold: { phrase: string; label: string }[], tag: string): number {
  let correct = 0;
  rows.forEach((r, i) => {
    if (r.referenceLabel.toLowerCase() === gold[i].label.toLowerCase()) correct++;
    else if (process.env.TAXONOMY_EVAL_VERBOSE) console.log(`LINK[${tag}]`, gold[i].phrase, '→', r.referenceLabel || '(none)', 'want', gold[i].label);
  });
  return correct / rows.length;
}

/**
 * Linking what the reference does not list, measured on ESCO itself (what we tune on, as decorte is
 * a dev set): one alternative label of each of 600 concepts (picked by hash) is left out of the
 * reference, then linked; top-1 is the share that finds its own concept. (The reranker never
 * learns from these concepts.)
 */
export function heldOutLinkLabels(esco: ReferenceIndex): Map<string, string> {
  const hash = (s: string) => createHash('sha1').update(`held-out\0${s}`).digest('hex');
  const held = new Map<string, string>();
  for (const c of [...esco.concepts].filter((c) => c.altLabels.length >= 2).sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1)).slice(0, 600)) {
    held.set(c.id, [...c.altLabels].sort((a, b) => (hash(a) < hash(b) ? -1 : 1))[0]);
  }
  return held;
}

function escoHeldOut(esco: ReferenceIndex, cfg: TaxonomyConfig): Record<string, number> {
  const held = heldOutLinkLabels(esco);
  const lower = (s: string) => s.toLowerCase();
  const reduced: ReferenceIndex = {
    ...esco,
    concepts: esco.concepts.map((c) => {
      const h = held.get(c.id);
      return h ? { ...c, altLabels: c.altLabels.filter((a) => lower(a) !== lower(h)), hiddenLabels: (c.hiddenLabels ?? []).filter((a) => lower(a) !== lower(h)) } : c;
    }),
  };
  const items = [...held.entries()];
  const linked = canonicalizePhrases(items.map(([, label]) => label), 'skill', cfg, reduced);
  let correct = 0;
  linked.forEach((r, i) => {
    if (r.referenceId === items[i][0]) correct++;
    else if (process.env.TAXONOMY_EVAL_VERBOSE) console.log('HELD', items[i][1], '→', r.referenceLabel || '(none)');
    if (process.env.TAXONOMY_EVAL_SCORES) console.log('SCORE', r.referenceScore, r.referenceId === items[i][0] ? 1 : 0);
  });
  return { escoHeldOutLabels: items.length, escoHeldOutLinkTop1: correct / items.length };
}

/**
 * Grouping what the reference does not list, measured on ESCO itself: 300 concepts (picked by hash)
 * lose their alternative and hidden labels from the reference, then all their labels are grouped.
 * Wordings meet only through a link to their concept or their shared words, as a posting's do.
 */
export function heldOutGroupConcepts(esco: ReferenceIndex): ReferenceConcept[] {
  const hash = (s: string) => createHash('sha1').update(`held-out-group\0${s}`).digest('hex');
  return [...esco.concepts].filter((c) => c.altLabels.length >= 2).sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1)).slice(0, 300);
}

function escoHeldOutGrouping(esco: ReferenceIndex, cfg: TaxonomyConfig): Record<string, number> {
  const picked = heldOutGroupConcepts(esco);
  const ids = new Set(picked.map((c) => c.id));
  const reduced: ReferenceIndex = { ...esco, concepts: esco.concepts.map((c) => (ids.has(c.id) ? { ...c, altLabels: [], hiddenLabels: [] } : c)) };
  const labels = picked.flatMap((c) => [...new Set([c.label, ...c.altLabels])].map((label) => ({ label, concept: c.id })));
  const s = clusterScores(labels.map((l) => l.concept), canonicalizePhrases(labels.map((l) => l.label), 'skill', cfg, reduced).map((r) => r.id));
  return { escoHeldOutGroupLabels: labels.length, escoHeldOutGroupPrecision: s.precision, escoHeldOutGroupRecall: s.recall, escoHeldOutGroupF1: s.f1 };
}

/** The issue's bars, measured on real postings' spans and on ESCO itself. */
async function evalRealData(cfg: TaxonomyConfig): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const escoFile = `${DATA}/esco-v1.1.1/skills_en.csv`;
  if (!existsSync(escoFile)) {
    console.error(`taxonomy-eval: ${escoFile} not found (set COMPTAX_DATA): real-data evaluation skipped`);
    return out;
  }
  const esco = await loadReference(escoFile);
  const spans = await decorteSpans();
  const phrases = spans.map((s) => s.phrase);
  const gold = spans.map((s) => s.label);
  // As `comptax canonicalize` runs: the bundled vocabulary by default, none, or an ESCO CSV.
  const bundled = canonicalizePhrases(phrases, 'skill', cfg);
  const none = canonicalizePhrases(phrases, 'skill', cfg, null);
  const withCsv = canonicalizePhrases(phrases, 'skill', cfg, esco);
  const g = clusterScores(gold, bundled.map((r) => r.id));
  const gn = clusterScores(gold, none.map((r) => r.id));
  // Repeated spans ("java" eight times) make pairs any grouping gets right: each distinct wording once.
  const firstOf = new Map<string, number>();
  spans.forEach((s, i) => firstOf.set(`${s.label}\0${s.phrase.toLowerCase()}`, firstOf.get(`${s.label}\0${s.phrase.toLowerCase()}`) ?? i));
  const distinct = [...firstOf.values()].sort((a, b) => a - b);
  const gd = clusterScores(distinct.map((i) => gold[i]), distinct.map((i) => bundled[i].id));
  const gdc = clusterScores(distinct.map((i) => gold[i]), distinct.map((i) => withCsv[i].id));
  Object.assign(out, {
    decorteSpans: spans.length,
    decorteGroupPrecision: g.precision,
    decorteGroupRecall: g.recall,
    decorteGroupF1: g.f1,
    decorteGroupF1NoReference: gn.f1,
    decorteGroupF1EscoCsv: clusterScores(gold, withCsv.map((r) => r.id)).f1,
    decorteDistinctSpans: distinct.length,
    decorteDistinctGroupPrecision: gd.precision,
    decorteDistinctGroupRecall: gd.recall,
    decorteDistinctGroupF1: gd.f1,
    decorteDistinctGroupF1EscoCsv: gdc.f1,
    decorteCompetenciesPerSpan: new Set(bundled.map((r) => r.id)).size / spans.length,
    decorteLinkTop1Bundled: linkAccuracy(bundled, spans, 'bundled'),
    decorteLinkTop1EscoCsv: linkAccuracy(withCsv, spans, 'esco-csv'),
  });
  Object.assign(out, escoHeldOut(esco, cfg), escoHeldOutGrouping(esco, cfg));
  const sample = escoSample(esco);
  const concepts = sample.map((s) => s.concept);
  for (const [tag, ref] of [['', undefined], ['NoReference', null]] as const) {
    const s = clusterScores(concepts, canonicalizePhrases(sample.map((l) => l.label), 'skill', cfg, ref).map((r) => r.id));
    Object.assign(out, { [`esco400Precision${tag}`]: s.precision, [`esco400Recall${tag}`]: s.recall, [`esco400F1${tag}`]: s.f1 });
  }
  out.esco400Labels = sample.length;
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await evalTaxonomy(process.argv[2]), null, 2));
}
