// Learns the linker's reranker (pipelines/taxonomy/reranker.json) from ESCO and the train sets only.
// Queries whose concept is known: an alternative or hidden label of an ESCO concept, and the spans
// of the train sets (hahu-train, skillspan-train-mentions, skillspan-train) written exactly as an
// ESCO label. Each query's label is taken out of the reference, so that the linker must find the
// concept from its other labels, as it must for a posting's wording. Concepts are split into folds
// by a hash; each fold's labels are held out of one reduced reference. The concepts the eval holds
// out (bench/eval/taxonomy-eval.ts) are never used. A linear listwise (softmax) model is fitted on
// the candidates' features (src/taxonomy/rerank.ts) by full-batch gradient descent: deterministic.
// Prints cross-validated top-1 (lexical score vs reranker) before writing the weights.
//   node --import tsx scripts/train-reranker.ts
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, readGold } from '../bench/eval/data.js';
import { heldOutGroupConcepts, heldOutLinkLabels } from '../bench/eval/taxonomy-eval.js';
import { loadReference, normalizePhrase, type ReferenceIndex } from '../src/taxonomy/index.js';
import { bundledReference } from '../src/taxonomy/bundled.js';
import { labelsOf, surfaceKey } from '../src/taxonomy/label-index.js';
import { createLinker } from '../src/taxonomy/link.js';
import { resolveTaxonomyConfig, taxonomyOptionsSchema } from '../src/taxonomy/options.js';
import { FEATURE_NAMES, featureVector } from '../src/taxonomy/rerank.js';
import type { MentionKind } from '../src/types.js';
import { rerankerQueryLabel } from './reranker-queries.js';

const ROOT = new URL('..', import.meta.url).pathname;
const TRAIN = ['hahu-train', 'skillspan-train-mentions', 'skillspan-train'];
const FOLDS = 4;
const ITERATIONS = 400;
/** Candidates reordered: those within this of the best lexical score. */
const MARGIN = Number(process.env.MARGIN ?? 0.1);
const STEP = 0.5;
const L2 = 1e-2;
/** A train-set span counts as this many ESCO labels: it is written as postings write, which is what the linker meets. */
const SPAN_WEIGHT = Number(process.env.SPAN_WEIGHT ?? 5);

const data = dataDir();
if (!data) throw new Error('no shared data: set COMPTAX_DATA to the folder holding annotated/');
const esco = await loadReference(join(data, 'esco-v1.1.1', 'skills_en.csv'));
const cfg = resolveTaxonomyConfig(taxonomyOptionsSchema.parse({ reranker: '' }), (_p, file) => JSON.parse(readFileSync(ROOT + 'pipelines/' + file, 'utf8')));
const hash = (s: string) => createHash('sha1').update(`reranker\0${s}`).digest('hex');
const foldOf = (id: string) => parseInt(hash(id).slice(0, 8), 16) % FOLDS;

const excluded = new Set([...heldOutLinkLabels(esco).keys(), ...heldOutGroupConcepts(esco).map((c) => c.id)]);

// Queries: per concept, one alternative or hidden label (by hash), and every train-set span written as one of its labels.
interface Query {
  text: string;
  concept: number;
  span: boolean;
  /** What a train-set span was annotated as; an ESCO label is neither a skill nor a knowledge mention. */
  kind: MentionKind;
}
const queries: Query[] = [];
esco.concepts.forEach((c, i) => {
  if (excluded.has(c.id)) return;
  const text = rerankerQueryLabel(c);
  if (text) queries.push({ text, concept: i, span: false, kind: 'qualification' });
});
const byKey = new Map<string, number[]>();
esco.concepts.forEach((c, i) => {
  if (excluded.has(c.id)) return;
  for (const l of labelsOf(c)) {
    const k = surfaceKey(l.text);
    const list = byKey.get(k) ?? [];
    if (!list.includes(i)) list.push(i);
    byKey.set(k, list);
  }
});
let spanQueries = 0;
const seenSpan = new Set<string>();
for (const set of TRAIN) {
  for (const posting of readGold(join(data, 'annotated', set))) {
    for (const item of posting.items) {
      if (item.kind === 'qualification') continue;
      const k = surfaceKey(item.text);
      const concepts = byKey.get(k);
      // A wording that is the label of two concepts tells neither apart.
      if (!concepts || concepts.length !== 1 || seenSpan.has(k)) continue;
      seenSpan.add(k);
      queries.push({ text: item.text, concept: concepts[0], span: true, kind: item.kind as MentionKind });
      spanQueries++;
    }
  }
}

// Each fold's reference lacks the labels of its queries (whichever concept lists them). Learned on
// ESCO's CSV (what --reference reads) and on the bundled vocabulary, whose O*NET tool names compete
// with ESCO's concepts there.
interface Example {
  fold: number;
  span: boolean;
  x: number[][];
  gold: number;
  lexicalTop: boolean;
}
const examples: Example[] = [];
let unreachable = 0;
/** Queries whose concept is the only candidate: right whatever the weights. */
let alone = 0;
const bundled = bundledReference(cfg).reference;
if (!bundled) throw new Error('the taxonomy options name no vocabulary');
for (const ref of [esco, { ...bundled, stored: undefined }]) {
  const indexOf = new Map(ref.concepts.map((c, i) => [c.id, i]));
  for (let f = 0; f < FOLDS; f++) {
    const mine = queries.filter((q) => foldOf(esco.concepts[q.concept].id) === f);
    const held = new Set(mine.map((q) => surfaceKey(q.text)));
    const keep = (l: string) => !held.has(surfaceKey(l));
    const reduced: ReferenceIndex = {
      ...ref,
      path: `${ref.path}#fold${f}`,
      concepts: ref.concepts.map((c) => ({ ...c, label: keep(c.label) ? c.label : (c.altLabels.find(keep) ?? c.label), altLabels: c.altLabels.filter(keep), hiddenLabels: (c.hiddenLabels ?? []).filter(keep) })),
    };
    const linker = createLinker(reduced, cfg, { wordnet: new Map(), acronyms: new Map() });
    for (const q of mine) {
      const n = normalizePhrase(q.text, q.kind === 'duty' ? 'duty' : 'skill');
      const target = indexOf.get(esco.concepts[q.concept].id);
      if (!n || target === undefined) continue;
      // As the linker reranks: only the candidates that reach the threshold, close to the best.
      const all = linker.candidates(n, q.kind, MARGIN);
      const cands = all.filter((c) => c.facts);
      const gold = cands.findIndex((c) => c.concept === target);
      if (!cands.length && all[0]?.concept === target) {
        alone++;
        continue;
      }
      if (gold < 0) {
        unreachable++;
        continue;
      }
      examples.push({ fold: f, span: q.span, x: cands.map((c) => featureVector(c.facts!)), gold, lexicalTop: gold === 0 });
    }
    console.error(`${ref.format} fold ${f}: ${mine.length} queries`);
  }
}

// Standardised features, so that one step size suits all; folded back into raw weights at the end.
const d = FEATURE_NAMES.length;
const mean = new Array<number>(d).fill(0);
const sd = new Array<number>(d).fill(0);
let rows = 0;
for (const e of examples) for (const x of e.x) (rows++, x.forEach((v, j) => (mean[j] += v)));
mean.forEach((_, j) => (mean[j] /= rows));
for (const e of examples) for (const x of e.x) x.forEach((v, j) => (sd[j] += (v - mean[j]) ** 2));
sd.forEach((_, j) => (sd[j] = Math.sqrt(sd[j] / rows) || 1));
// Each example's candidates as one flat row block: [start, end) rows of d features.
interface Flat {
  fold: number;
  span: boolean;
  gold: number;
  lexicalTop: boolean;
  x: Float64Array;
  n: number;
}
const zs: Flat[] = examples.map((e) => {
  const x = new Float64Array(e.x.length * d);
  e.x.forEach((row, k) => row.forEach((v, j) => (x[k * d + j] = (v - mean[j]) / sd[j])));
  return { fold: e.fold, span: e.span, gold: e.gold, lexicalTop: e.lexicalTop, x, n: e.x.length };
});
const scores = (w: number[], e: Flat) => {
  const s = new Float64Array(e.n);
  for (let k = 0; k < e.n; k++) for (let j = 0; j < d; j++) s[k] += e.x[k * d + j] * w[j];
  return s;
};

function fit(train: Flat[]): number[] {
  const w = new Array<number>(d).fill(0);
  const mass = train.reduce((a, e) => a + (e.span ? SPAN_WEIGHT : 1), 0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = w.map((v) => L2 * v);
    for (const e of train) {
      const s = scores(w, e);
      let m = -Infinity;
      for (const v of s) m = Math.max(m, v);
      let sum = 0;
      for (let k = 0; k < e.n; k++) sum += (s[k] = Math.exp(s[k] - m));
      for (let k = 0; k < e.n; k++) {
        const g = ((s[k] / sum - (k === e.gold ? 1 : 0)) * (e.span ? SPAN_WEIGHT : 1)) / mass;
        for (let j = 0; j < d; j++) grad[j] += g * e.x[k * d + j];
      }
    }
    w.forEach((_, j) => (w[j] -= STEP * grad[j]));
  }
  return w;
}
const top1 = (w: number[], e: Flat) => {
  const s = scores(w, e);
  let best = 0;
  for (let k = 1; k < e.n; k++) if (s[k] > s[best]) best = k;
  return best === e.gold;
};

// Cross-validated: each fold scored by weights learned on the others.
const total = examples.length + unreachable + alone;
const labelQueries = queries.length;
let lexical = alone;
let reranked = alone;
let spanLexical = 0;
let spanReranked = 0;
let spans = 0;
for (let f = 0; f < FOLDS; f++) {
  const w = fit(zs.filter((e) => e.fold !== f));
  for (const e of zs.filter((e) => e.fold === f)) {
    const r = top1(w, e);
    lexical += e.lexicalTop ? 1 : 0;
    reranked += r ? 1 : 0;
    if (e.span) {
      spans++;
      spanLexical += e.lexicalTop ? 1 : 0;
      spanReranked += r ? 1 : 0;
    }
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.error(`${labelQueries} queries × 2 references (${spanQueries} train-set spans), concept not among candidates: ${unreachable}, the only one: ${alone}`);
console.error(`cross-validated top-1 over all queries: lexical ${pct(lexical, total)}%, reranked ${pct(reranked, total)}%`);
console.error(`…over train-set spans with a candidate: lexical ${pct(spanLexical, spans)}%, reranked ${pct(spanReranked, spans)}%`);

const w = fit(zs);
const weights: Record<string, number> = {};
FEATURE_NAMES.forEach((name, j) => {
  const raw = w[j] / sd[j];
  if (raw) weights[name] = Number(raw.toPrecision(4));
});
const file = join(ROOT, 'pipelines/taxonomy/reranker.json');
const source =
  `scripts/train-reranker.ts: softmax over the linker's candidates within ${MARGIN} of the best, ${labelQueries} ESCO labels and train-set spans held out of ESCO v1.1.1's CSV and of the bundled vocabulary ` +
  `(cross-validated top-1 ${pct(lexical, total)}% lexical → ${pct(reranked, total)}% reranked)`;
writeFileSync(file, JSON.stringify({ source, margin: MARGIN, weights }, null, 2) + '\n');
console.error(`wrote ${file}`);
