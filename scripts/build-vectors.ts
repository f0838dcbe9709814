/**
 * `npm run vectors`: word vectors for the taxonomy, learned offline and committed
 * (pipelines/taxonomy/word-vectors.bin.gz). Corpus: ESCO skill, skill-group and occupation labels and
 * descriptions, O*NET task statements, and the annotated train postings (never the dev sets), read
 * from COMPTAX_DATA or ../shared/data. Words are the taxonomy's own terms (stems, British spelling
 * met); vectors are the top eigenvectors of the words' PPMI co-occurrence matrix (window ±5 within a
 * sentence, context smoothing 0.75), found by a randomized range finder with a fixed seed, scaled
 * by the square root of their eigenvalue, normalized and quantized to int8. Same input, same bytes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseString } from 'fast-csv';
import { vectorTokens } from '../src/taxonomy/vectors.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = process.env.COMPTAX_DATA ?? [join(ROOT, '../shared/data'), join(ROOT, '../../shared/data')].find((p) => existsSync(p))!;
const OUT = join(ROOT, 'pipelines/taxonomy/word-vectors.bin.gz');
const MAX_WORDS = 16_000;
const MIN_COUNT = 5;
const DIMS = 96;
const OVERSAMPLE = 32;
const WINDOW = 5;

async function csvRows(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  await new Promise<void>((resolve, reject) =>
    parseString(readFileSync(path, 'utf8'), { headers: true })
      .on('error', reject)
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve()),
  );
  return rows;
}

/** Sentences of the corpus, each a list of terms. */
async function corpus(): Promise<string[][]> {
  const texts: string[] = [];
  const esco = join(DATA, 'esco-v1.1.1');
  for (const file of ['skills_en.csv', 'skillGroups_en.csv', 'occupations_en.csv']) {
    for (const r of await csvRows(join(esco, file))) {
      texts.push(r.preferredLabel ?? '', ...(r.altLabels ?? '').split('\n'), ...(r.description ?? '').split(/(?<=[.;:])\s+/));
    }
  }
  const tasks = readFileSync(join(DATA, 'onet-30.2/Task Statements.txt'), 'utf8').split('\n').slice(1);
  for (const line of tasks) texts.push(line.split('\t')[2] ?? '');
  for (const set of ['skillspan-train', 'hahu-train']) {
    const dir = join(DATA, 'annotated', set, 'postings');
    for (const f of readdirSync(dir).sort()) texts.push(...readFileSync(join(dir, f), 'utf8').split(/\n|(?<=[.;:!?])\s+/));
  }
  return texts.map(vectorTokens).filter((s) => s.length > 0);
}

/** Park–Miller: the same random projection on every machine. */
function gaussian(seed: number): () => number {
  let s = seed;
  const uni = () => (s = (s * 48271) % 2147483647) / 2147483647;
  return () => Math.sqrt(-2 * Math.log(uni() + 1e-12)) * Math.cos(2 * Math.PI * uni());
}

/** Sparse symmetric matrix as rows of (column, value). */
interface Sparse {
  cols: Int32Array[];
  vals: Float64Array[];
}

function multiply(m: Sparse, x: Float64Array[], k: number): Float64Array[] {
  return m.cols.map((cols, i) => {
    const out = new Float64Array(k);
    const vals = m.vals[i];
    for (let j = 0; j < cols.length; j++) {
      const row = x[cols[j]];
      const v = vals[j];
      for (let d = 0; d < k; d++) out[d] += v * row[d];
    }
    return out;
  });
}

/** Columns orthonormalized in place (modified Gram–Schmidt). */
function orthonormalize(y: Float64Array[], k: number): void {
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (const row of y) dot += row[a] * row[b];
      for (const row of y) row[a] -= dot * row[b];
    }
    let norm = 0;
    for (const row of y) norm += row[a] * row[a];
    norm = Math.sqrt(norm) || 1;
    for (const row of y) row[a] /= norm;
  }
}

/** Eigenpairs of a small symmetric matrix (cyclic Jacobi). */
function jacobi(a: Float64Array[], n: number): { values: number[]; vectors: Float64Array[] } {
  const v = Array.from({ length: n }, (_, i) => {
    const r = new Float64Array(n);
    r[i] = 1;
    return r;
  });
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-14) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((r, i) => r[i]), vectors: v };
}

async function main() {
  const t0 = Date.now();
  const sentences = await corpus();
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
  const index = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const pairs = new Map<number, number>();
  for (const s of sentences) {
    const ids = s.map((w) => index.get(w) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] < 0) continue;
      for (let j = i + 1; j <= Math.min(ids.length - 1, i + WINDOW); j++) {
        if (ids[j] < 0 || ids[j] === ids[i]) continue;
        const w = 1 / (j - i);
        const a = Math.min(ids[i], ids[j]);
        const b = Math.max(ids[i], ids[j]);
        pairs.set(a * V + b, (pairs.get(a * V + b) ?? 0) + w);
      }
    }
  }
  const rowSum = new Float64Array(V);
  let total = 0;
  for (const [key, n] of pairs) {
    rowSum[Math.floor(key / V)] += n;
    rowSum[key % V] += n;
    total += 2 * n;
  }
  let ctxTotal = 0;
  const ctx = rowSum.map((n) => Math.pow(n, 0.75));
  for (const c of ctx) ctxTotal += c;
  const rows: { c: number[]; v: number[] }[] = Array.from({ length: V }, () => ({ c: [], v: [] }));
  for (const [key, n] of [...pairs.entries()].sort((a, b) => a[0] - b[0])) {
    const a = Math.floor(key / V);
    const b = key % V;
    // PPMI, symmetric: the smoothed context probability of either side.
    const ppmi = Math.max(0, Math.log((n / total) / ((rowSum[a] / total) * (ctx[b] / ctxTotal))) + Math.log((n / total) / ((rowSum[b] / total) * (ctx[a] / ctxTotal)))) / 2;
    if (ppmi <= 0) continue;
    rows[a].c.push(b);
    rows[a].v.push(ppmi);
    rows[b].c.push(a);
    rows[b].v.push(ppmi);
  }
  const m: Sparse = { cols: rows.map((r) => Int32Array.from(r.c)), vals: rows.map((r) => Float64Array.from(r.v)) };
  const k = DIMS + OVERSAMPLE;
  const rnd = gaussian(12345);
  let y: Float64Array[] = Array.from({ length: V }, () => Float64Array.from({ length: k }, rnd));
  y = multiply(m, y, k);
  orthonormalize(y, k);
  y = multiply(m, y, k);
  orthonormalize(y, k);
  const my = multiply(m, y, k);
  const b = Array.from({ length: k }, () => new Float64Array(k));
  for (let i = 0; i < V; i++) for (let p = 0; p < k; p++) for (let q = 0; q < k; q++) b[p][q] += y[i][p] * my[i][q];
  for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) b[p][q] = b[q][p] = (b[p][q] + b[q][p]) / 2;
  const { values, vectors } = jacobi(b, k);
  const top = values
    .map((v, i) => ({ v, i }))
    .filter((e) => e.v > 0)
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .slice(0, DIMS);
  const out = new Int8Array(V * DIMS);
  for (let w = 0; w < V; w++) {
    const vec = new Float64Array(DIMS);
    top.forEach(({ v, i }, d) => {
      let x = 0;
      for (let p = 0; p < k; p++) x += y[w][p] * vectors[p][i];
      vec[d] = x * Math.sqrt(v);
    });
    let norm = 0;
    for (const x of vec) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIMS; d++) out[w * DIMS + d] = Math.max(-127, Math.min(127, Math.round((vec[d] / norm) * 127)));
  }
  const header = Buffer.from(JSON.stringify({ dims: DIMS, words }));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  const file = gzipSync(Buffer.concat([len, header, Buffer.from(out.buffer)]), { level: 9 });
  writeFileSync(OUT, file);
  console.log(`${V} words × ${DIMS} dims from ${sentences.length} sentences → ${OUT} (${(file.length / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

await main();
