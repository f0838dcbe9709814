// Word vectors learned offline (scripts/build-word-vectors.ts) from ESCO's and O*NET's own texts:
// they tell that two words are used alike ("team" / "teamwork", "communicator" / "communicate")
// where the linker's shared-word index sees nothing in common. Stored quantized (int8 with one
// scale) under pipelines/vocabulary; read once per process.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { americanize, rawTokens, stem, stripPossessive, STOPWORDS } from './text.js';

export const WORD_VECTORS_FORMAT = 'comptax-word-vectors/1';

/** The file form: words newline-joined, their vectors int8 in base64, row after row. */
export interface StoredWordVectors {
  format: typeof WORD_VECTORS_FORMAT;
  /** How the vectors were learned (written by the build script). */
  source: string;
  dim: number;
  /** A stored int8 times `scale` is the component of a unit-length vector. */
  scale: number;
  words: string;
  vectors: string;
}

export interface WordVectors {
  dim: number;
  /** Word → row. */
  index: Map<string, number>;
  /** Unit-length rows, `dim` floats each. */
  data: Float32Array;
}

/**
 * The words a text is learned and looked up by: stems of its content words, hyphenated words
 * split, British spelling met (as the linker's terms are).
 */
export function vectorTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of rawTokens(text)) {
    for (const part of stripPossessive(raw).split(/[-.']/)) {
      const w = americanize(part);
      if (!w || STOPWORDS.has(w) || !/[a-z]/.test(w)) continue;
      out.push(stem(w));
    }
  }
  return out;
}

export function decodeWordVectors(stored: StoredWordVectors): WordVectors {
  if (stored.format !== WORD_VECTORS_FORMAT) throw new Error(`word vectors: unknown format ${stored.format}`);
  const words = stored.words.split('\n');
  const bytes = Buffer.from(stored.vectors, 'base64');
  if (bytes.length !== words.length * stored.dim) throw new Error('word vectors: size does not match the words');
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const data = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) data[i] = q[i] * stored.scale;
  // Rows are renormalized: quantizing leaves them a little off unit length.
  for (let r = 0; r < words.length; r++) {
    let n = 0;
    for (let k = r * stored.dim; k < (r + 1) * stored.dim; k++) n += data[k] * data[k];
    const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let k = r * stored.dim; k < (r + 1) * stored.dim; k++) data[k] *= inv;
  }
  return { dim: stored.dim, index: new Map(words.map((w, i) => [w, i])), data };
}

const loaded = new Map<string, WordVectors>();

/** Drops the vectors read so far (a later call reads again). */
export function forgetWordVectors(): void {
  loaded.clear();
}

/** A vectors file, read once per process. */
export function loadWordVectors(file: string): WordVectors {
  let v = loaded.get(file);
  if (!v) {
    v = decodeWordVectors(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as StoredWordVectors);
    loaded.set(file, v);
  }
  return v;
}

/** The weighted mean of the vectors of the words that have one, unit length; undefined when none has. */
export function meanVector(vectors: WordVectors, words: Iterable<[string, number]>, out: Float32Array = new Float32Array(vectors.dim)): Float32Array | undefined {
  out.fill(0);
  let any = false;
  for (const [w, weight] of words) {
    const row = vectors.index.get(w);
    if (row === undefined) continue;
    any = true;
    const base = row * vectors.dim;
    for (let k = 0; k < vectors.dim; k++) out[k] += weight * vectors.data[base + k];
  }
  if (!any) return undefined;
  let n = 0;
  for (let k = 0; k < vectors.dim; k++) n += out[k] * out[k];
  if (!(n > 0)) return undefined;
  const inv = 1 / Math.sqrt(n);
  for (let k = 0; k < vectors.dim; k++) out[k] *= inv;
  return out;
}

export function dot(a: ArrayLike<number>, aStart: number, b: ArrayLike<number>, bStart: number, dim: number): number {
  let s = 0;
  for (let k = 0; k < dim; k++) s += a[aStart + k] * b[bStart + k];
  return s;
}

/** A word's nearest words by cosine, best first (for inspection and tests). */
export function nearestWords(vectors: WordVectors, word: string, n: number): { word: string; cosine: number }[] {
  const row = vectors.index.get(word);
  if (row === undefined) return [];
  const words = [...vectors.index.keys()];
  const scored: { word: string; cosine: number }[] = [];
  for (let r = 0; r < words.length; r++) {
    if (r === row) continue;
    scored.push({ word: words[r], cosine: dot(vectors.data, row * vectors.dim, vectors.data, r * vectors.dim, vectors.dim) });
  }
  return scored.sort((a, b) => b.cosine - a.cosine || (a.word < b.word ? -1 : 1)).slice(0, n);
}
