// Learns the word vectors the linker reads (pipelines/vocabulary/word-vectors.json.gz) from texts we
// may learn from: ESCO v1.1.1 skills (preferred and alternative labels, descriptions) and
// occupations (labels, descriptions), and O*NET 30.2 task statements. Never from the dev sets, nor
// from the ESCO labels the eval holds out (bench/eval/taxonomy-eval.ts).
//
// Method: word-context counts (a ±WINDOW window in every text, weighted 1/distance, plus the words
// of one concept's different labels counted together: ESCO's alternative labels are synonyms), PPMI
// with context-distribution smoothing (0.75), truncated SVD by randomized subspace iteration
// (seeded: deterministic), rows U·Σ^POWER normalized, quantized to int8 with one scale.
// Prints a vector-only linking check on ESCO's held-out labels and a few nearest words.
//   npm run word-vectors   (then npm run train:reranker; env: METHOD=svd|ri, DIM, WINDOW, MIN_COUNT, BAG, POWER, POSTINGS=1, OUT)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseString } from 'fast-csv';
import { mulberry32 } from '../bench/rng.js';
import { dataDir } from '../bench/eval/data.js';
import { heldOutGroupConcepts, heldOutLinkLabels } from '../bench/eval/taxonomy-eval.js';
import { loadReference } from '../src/taxonomy/index.js';
import { rerankerQueryLabel } from './reranker-queries.js';
import { decodeWordVectors, meanVector, nearestWords, vectorTokens, WORD_VECTORS_FORMAT, type StoredWordVectors } from '../src/taxonomy/word-vectors.js';

const ROOT = new URL('..', import.meta.url).pathname;
const DIM = Number(process.env.DIM ?? 128);
const WINDOW = Number(process.env.WINDOW ?? 5);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
/** Weight of a pair of words from two labels of one concept (per pair, divided by the concept's word count). */
const BAG = Number(process.env.BAG ?? 8);
const POWER = Number(process.env.POWER ?? 0.5);
const OVERSAMPLE = 24;
const ITERATIONS = 4;
const SEED = 12;
const OUT = process.env.OUT ?? join(ROOT, 'pipelines/vocabulary/word-vectors.json.gz');

const data = dataDir();
if (!data) throw new Error('no shared data: set COMPTAX_DATA to the folder holding esco-v1.1.1/');

async function readCsv(path: string, options: { headers: boolean; delimiter?: string; quote?: string | null } = { headers: true }): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  await new Promise<void>((resolve, reject) =>
    parseString(readFileSync(path, 'utf8'), { ignoreEmpty: true, ...options })
      .on('error', reject)
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve()),
  );
  return rows;
}
const lines = (s: string | undefined) => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
/** Descriptions are read a sentence at a time: a window does not reach across sentences. */
const sentences = (s: string | undefined) => (s ?? '').split(/(?<=[.;:!?])\s+|\r?\n/).filter((l) => l.trim());

// --- the texts ---------------------------------------------------------------------------------
const esco = await loadReference(join(data, 'esco-v1.1.1/skills_en.csv'));
const heldLabels = heldOutLinkLabels(esco);
const heldGroup = new Set(heldOutGroupConcepts(esco).map((c) => c.id));
const byId = new Map(esco.concepts.map((c) => [c.id, c]));
/**
 * A concept's labels the eval holds out, and the one the reranker is trained to link, are never
 * learned from: neither as text nor as synonyms.
 */
const learnable = (id: string, labels: string[]) => {
  if (heldGroup.has(id)) return labels.slice(0, 1);
  const c = byId.get(id);
  const out = new Set([heldLabels.get(id), c && rerankerQueryLabel(c)].filter((l): l is string => !!l).map((l) => l.toLowerCase()));
  return labels.filter((l) => !out.has(l.toLowerCase()));
};

const texts: string[] = [];
const bags: string[][] = [];
const skillRows = await readCsv(join(data, 'esco-v1.1.1/skills_en.csv'));
for (const r of skillRows) {
  const labels = learnable(r.conceptUri, [r.preferredLabel, ...lines(r.altLabels).filter((a) => a !== r.preferredLabel)]);
  texts.push(...labels, ...sentences(r.description));
  bags.push(labels);
}
const occupationRows = await readCsv(join(data, 'esco-v1.1.1/occupations_en.csv'));
for (const r of occupationRows) {
  const labels = [r.preferredLabel, ...lines(r.altLabels).filter((a) => a !== r.preferredLabel)];
  texts.push(...labels, ...sentences(r.description));
  bags.push(labels);
}
const tasks = readFileSync(join(data, 'onet-30.2/Task Statements.txt'), 'utf8').split('\n').slice(1);
for (const line of tasks) {
  const task = line.split('\t')[2];
  if (task) texts.push(task);
}
let postingLines = 0;
if (process.env.POSTINGS === '1') {
  for (const set of ['skillspan-train', 'hahu-train']) {
    const dir = join(data, 'annotated', set, 'postings');
    for (const f of readdirSync(dir).sort()) {
      for (const l of sentences(readFileSync(join(dir, f), 'utf8'))) {
        texts.push(l);
        postingLines++;
      }
    }
  }
}

// --- vocabulary and counts ---------------------------------------------------------------------
const tokenized = texts.map(vectorTokens);
const bagTokens = bags.map((labels) => [...new Set(labels.flatMap(vectorTokens))].sort());
const freq = new Map<string, number>();
for (const t of tokenized) for (const w of t) freq.set(w, (freq.get(w) ?? 0) + 1);
const words = [...freq.entries()].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
const id = new Map(words.map((w, i) => [w, i]));
const V = words.length;
console.log(`texts ${texts.length} (posting lines ${postingLines}), tokens ${tokenized.reduce((s, t) => s + t.length, 0)}, vocabulary ${V} (count ≥ ${MIN_COUNT})`);

/** Every weighted pair, both ways; called twice (count, then fill). */
function eachPair(emit: (a: number, b: number, w: number) => void): void {
  for (const t of tokenized) {
    const ids = t.map((w) => id.get(w) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] < 0) continue;
      for (let d = 1; d <= WINDOW && i + d < ids.length; d++) {
        const j = ids[i + d];
        if (j < 0 || j === ids[i]) continue;
        emit(ids[i], j, 1 / d);
        emit(j, ids[i], 1 / d);
      }
    }
  }
  if (!BAG) return;
  for (const bag of bagTokens) {
    const ids = bag.map((w) => id.get(w) ?? -1).filter((i) => i >= 0);
    if (ids.length < 2) continue;
    const w = BAG / ids.length;
    for (let i = 0; i < ids.length; i++) for (let j = 0; j < ids.length; j++) if (i !== j) emit(ids[i], ids[j], w);
  }
}
const rowCount = new Int32Array(V + 1);
eachPair((a) => rowCount[a + 1]++);
for (let i = 0; i < V; i++) rowCount[i + 1] += rowCount[i];
const rawCols = new Int32Array(rowCount[V]);
const rawVals = new Float32Array(rowCount[V]);
const fill = rowCount.slice(0, V);
eachPair((a, b, w) => {
  rawCols[fill[a]] = b;
  rawVals[fill[a]++] = w;
});
// Merge each row's repeats into a CSR matrix of counts.
const rowStart = new Int32Array(V + 1);
const colsList: number[] = [];
const valsList: number[] = [];
for (let i = 0; i < V; i++) {
  const m = new Map<number, number>();
  for (let k = rowCount[i]; k < rowCount[i + 1]; k++) m.set(rawCols[k], (m.get(rawCols[k]) ?? 0) + rawVals[k]);
  for (const c of [...m.keys()].sort((a, b) => a - b)) {
    colsList.push(c);
    valsList.push(m.get(c)!);
  }
  rowStart[i + 1] = colsList.length;
}
const cols = Int32Array.from(colsList);
const vals = Float64Array.from(valsList);
console.log(`pairs ${rowCount[V]}, nonzero ${cols.length}`);

// --- PPMI --------------------------------------------------------------------------------------
const rowSum = new Float64Array(V);
const colSum = new Float64Array(V);
let total = 0;
for (let i = 0; i < V; i++) {
  for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
    rowSum[i] += vals[k];
    colSum[cols[k]] += vals[k];
    total += vals[k];
  }
}
let smoothTotal = 0;
const colSmooth = new Float64Array(V);
for (let j = 0; j < V; j++) smoothTotal += colSmooth[j] = colSum[j] ** 0.75;
for (let i = 0; i < V; i++) {
  for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
    const pmi = Math.log((vals[k] / total) / ((rowSum[i] / total) * (colSmooth[cols[k]] / smoothTotal)));
    vals[k] = pmi > 0 ? pmi : 0;
  }
}

// --- randomized truncated SVD ------------------------------------------------------------------
const L = DIM + OVERSAMPLE;
/** A·X (transpose: Aᵀ·X) for X row-major V×L. */
function multiply(x: Float64Array, transpose: boolean): Float64Array {
  const y = new Float64Array(V * L);
  for (let i = 0; i < V; i++) {
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const v = vals[k];
      if (!v) continue;
      const [to, from] = transpose ? [cols[k] * L, i * L] : [i * L, cols[k] * L];
      for (let c = 0; c < L; c++) y[to + c] += v * x[from + c];
    }
  }
  return y;
}
/** XᵀX for X row-major V×L. */
function gram(x: Float64Array): Float64Array {
  const g = new Float64Array(L * L);
  for (let i = 0; i < V; i++) {
    const b = i * L;
    for (let p = 0; p < L; p++) {
      const xp = x[b + p];
      if (!xp) continue;
      for (let q = p; q < L; q++) g[p * L + q] += xp * x[b + q];
    }
  }
  for (let p = 0; p < L; p++) for (let q = 0; q < p; q++) g[p * L + q] = g[q * L + p];
  return g;
}
/** Orthonormal columns spanning X's (Cholesky QR, twice for accuracy). */
function orthonormalize(x: Float64Array): Float64Array {
  for (let pass = 0; pass < 2; pass++) {
    const g = gram(x);
    // Cholesky g = RᵀR (upper R), with a small ridge for rank-deficient blocks.
    const r = new Float64Array(L * L);
    for (let j = 0; j < L; j++) {
      let s = g[j * L + j] + 1e-12;
      for (let k = 0; k < j; k++) s -= r[k * L + j] ** 2;
      const d = Math.sqrt(Math.max(s, 1e-12));
      r[j * L + j] = d;
      for (let c = j + 1; c < L; c++) {
        let t = g[j * L + c];
        for (let k = 0; k < j; k++) t -= r[k * L + j] * r[k * L + c];
        r[j * L + c] = t / d;
      }
    }
    // x ← x R⁻¹, row by row (forward substitution).
    const row = new Float64Array(L);
    for (let i = 0; i < V; i++) {
      const b = i * L;
      for (let c = 0; c < L; c++) {
        let t = x[b + c];
        for (let k = 0; k < c; k++) t -= row[k] * r[k * L + c];
        row[c] = t / r[c * L + c];
      }
      x.set(row, b);
    }
  }
  return x;
}
/** Eigenvalues and eigenvectors (columns) of a symmetric L×L matrix, by cyclic Jacobi rotations. */
function symmetricEigen(m: Float64Array): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(L * L);
  for (let i = 0; i < L; i++) v[i * L + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < L; p++) for (let q = p + 1; q < L; q++) off += a[p * L + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < L; p++) {
      for (let q = p + 1; q < L; q++) {
        const apq = a[p * L + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * L + q] - a[p * L + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < L; k++) {
          const akp = a[k * L + p];
          const akq = a[k * L + q];
          a[k * L + p] = c * akp - s * akq;
          a[k * L + q] = s * akp + c * akq;
        }
        for (let k = 0; k < L; k++) {
          const apk = a[p * L + k];
          const aqk = a[q * L + k];
          a[p * L + k] = c * apk - s * aqk;
          a[q * L + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < L; k++) {
          const vkp = v[k * L + p];
          const vkq = v[k * L + q];
          v[k * L + p] = c * vkp - s * vkq;
          v[k * L + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(L);
  for (let i = 0; i < L; i++) values[i] = a[i * L + i];
  return { values, vectors: v };
}

/** The PPMI matrix's leading left singular vectors, scaled by Σ^POWER (randomized subspace iteration). */
function svdEmbedding(): Float64Array {
  const rand = mulberry32(SEED);
  let q: Float64Array = new Float64Array(V * L);
  for (let i = 0; i < q.length; i += 2) {
    // Box–Muller: two normal draws per two uniforms.
    const u = Math.max(rand(), 1e-300);
    const r = Math.sqrt(-2 * Math.log(u));
    const th = 2 * Math.PI * rand();
    q[i] = r * Math.cos(th);
    if (i + 1 < q.length) q[i + 1] = r * Math.sin(th);
  }
  q = orthonormalize(multiply(q, false));
  for (let it = 0; it < ITERATIONS; it++) {
    q = orthonormalize(multiply(q, true));
    q = orthonormalize(multiply(q, false));
  }
  // B = Qᵀ A; BBᵀ = (AᵀQ)ᵀ(AᵀQ) = W Λ Wᵀ; A's left singular vectors U = Q W, σ = √λ.
  const z = multiply(q, true);
  const { values, vectors: w } = symmetricEigen(gram(z));
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, DIM);
  const sigma = order.map((k) => Math.sqrt(Math.max(values[k], 0)));
  const out = new Float64Array(V * DIM);
  for (let i = 0; i < V; i++) {
    for (let d = 0; d < DIM; d++) {
      const col = order[d];
      let s = 0;
      for (let c = 0; c < L; c++) s += q[i * L + c] * w[c * L + col];
      out[i * DIM + d] = s * sigma[d] ** POWER;
    }
  }
  console.log(`SVD: σ ${sigma[0].toFixed(1)} … ${sigma[DIM - 1].toFixed(1)}`);
    return out;
}

/**
 * Random indexing, the alternative measured against the SVD: each context word gets a sparse random
 * ±1 vector (8 non-zeros), a word the PPMI-weighted sum of its contexts' vectors.
 */
function randomIndexing(): Float64Array {
  const rand = mulberry32(SEED);
  const nz = 8;
  const slots = new Int32Array(V * nz);
  const signs = new Float64Array(V * nz);
  for (let j = 0; j < V; j++) {
    for (let k = 0; k < nz; k++) {
      slots[j * nz + k] = Math.floor(rand() * DIM);
      signs[j * nz + k] = rand() < 0.5 ? -1 : 1;
    }
  }
  const out = new Float64Array(V * DIM);
  for (let i = 0; i < V; i++) {
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const v = vals[k];
      if (!v) continue;
      for (let r = 0; r < nz; r++) out[i * DIM + slots[cols[k] * nz + r]] += v * signs[cols[k] * nz + r];
    }
  }
  return out;
}

const METHOD = process.env.METHOD ?? 'svd';
const t0 = Date.now();
const emb = METHOD === 'ri' ? randomIndexing() : svdEmbedding();
console.log(`${METHOD} ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// --- store: unit rows, int8 with one scale -------------------------------------------------------
// A sign convention per dimension (its largest component positive) so that the file does not depend
// on which way an eigenvector came out.
for (let d = 0; d < DIM; d++) {
  let best = 0;
  for (let i = 0; i < V; i++) if (Math.abs(emb[i * DIM + d]) > Math.abs(best)) best = emb[i * DIM + d];
  if (best < 0) for (let i = 0; i < V; i++) emb[i * DIM + d] = -emb[i * DIM + d];
}
let maxAbs = 0;
for (let i = 0; i < V; i++) {
  let n = 0;
  for (let d = 0; d < DIM; d++) n += emb[i * DIM + d] ** 2;
  const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
  for (let d = 0; d < DIM; d++) maxAbs = Math.max(maxAbs, Math.abs((emb[i * DIM + d] *= inv)));
}
const scale = maxAbs / 127;
const bytes = new Int8Array(V * DIM);
for (let k = 0; k < bytes.length; k++) bytes[k] = Math.round(emb[k] / scale);
const stored: StoredWordVectors = {
  format: WORD_VECTORS_FORMAT,
  source:
    `ESCO v1.1.1 skills and occupations (labels, descriptions; the eval's held-out labels left out) and O*NET 30.2 task statements` +
    (postingLines ? ', skillspan-train and hahu-train postings' : '') +
    `; PPMI (window ${WINDOW}, 1/distance, label sets weight ${BAG}, context smoothing 0.75), ` +
    (METHOD === 'ri' ? `random indexing seed ${SEED}, ${DIM} dims` : `randomized SVD seed ${SEED}, ${DIM} dims, U·Σ^${POWER}`) +
    `, words seen ≥ ${MIN_COUNT} times`,
  dim: DIM,
  scale,
  words: words.join('\n'),
  vectors: Buffer.from(bytes.buffer).toString('base64'),
};
const gz = gzipSync(JSON.stringify(stored), { level: 9 });
writeFileSync(OUT, gz);
console.log(`${OUT}: ${V} words × ${DIM}, ${(gz.length / 1e6).toFixed(2)} MB gz`);

// --- checks ------------------------------------------------------------------------------------
const vectors = decodeWordVectors(stored);
for (const probe of ['communic', 'team', 'teamwork', 'innov', 'proactiv', 'motiv', 'numer', 'detail', 'javascript']) {
  console.log(`  ${probe}: ${nearestWords(vectors, probe, 8).map((n) => `${n.word} ${n.cosine.toFixed(2)}`).join(', ')}`);
}
// Vector-only linking of the eval's held-out labels: each concept is the mean of its (remaining) labels' vectors.
const df = new Map<string, number>();
const conceptWords = esco.concepts.map((c) => {
  const h = heldLabels.get(c.id)?.toLowerCase();
  const labels = [c.label, ...c.altLabels].filter((l) => l.toLowerCase() !== h);
  return labels.map((l) => [...new Set(vectorTokens(l))]);
});
for (const labels of conceptWords) for (const l of labels) for (const t of l) df.set(t, (df.get(t) ?? 0) + 1);
const idf = (t: string) => Math.log(1 + conceptWords.length / (df.get(t) ?? 0.5));
const C = esco.concepts.length;
const cvec = new Float32Array(C * DIM);
conceptWords.forEach((labels, c) => {
  const acc = new Float32Array(DIM);
  for (const l of labels) {
    const v = meanVector(vectors, l.map((t) => [t, idf(t)]));
    if (v) for (let d = 0; d < DIM; d++) acc[d] += v[d];
  }
  let n = 0;
  for (let d = 0; d < DIM; d++) n += acc[d] ** 2;
  for (let d = 0; d < DIM; d++) cvec[c * DIM + d] = n ? acc[d] / Math.sqrt(n) : 0;
});
let top1 = 0;
let top10 = 0;
const indexOf = new Map(esco.concepts.map((c, i) => [c.id, i]));
for (const [cid, label] of heldLabels) {
  const v = meanVector(vectors, vectorTokens(label).map((t) => [t, idf(t)]));
  if (!v) continue;
  const target = indexOf.get(cid)!;
  let s0 = 0;
  for (let d = 0; d < DIM; d++) s0 += v[d] * cvec[target * DIM + d];
  let above = 0;
  for (let c = 0; c < C; c++) {
    let s = 0;
    for (let d = 0; d < DIM; d++) s += v[d] * cvec[c * DIM + d];
    if (s > s0) above++;
  }
  if (above === 0) top1++;
  if (above < 10) top10++;
}
console.log(`vector-only linking of ESCO's ${heldLabels.size} held-out labels: top-1 ${(top1 / heldLabels.size).toFixed(3)}, top-10 ${(top10 / heldLabels.size).toFixed(3)}`);
