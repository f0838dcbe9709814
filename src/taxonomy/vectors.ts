import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ComptaxError } from '../errors.js';
import { americanize, rawTokens, stem, stripPossessive, STOPWORDS } from './text.js';

/** Word vectors learned offline (scripts/build-vectors.ts), int8 per dimension, unit length before quantizing. */
export interface WordVectors {
  dims: number;
  index: ReadonlyMap<string, number>;
  words: readonly string[];
  data: Int8Array;
}

/** The terms vectors are learned and looked up on: stems of content words, parts of hyphenated words apart. */
export function vectorTokens(text: string): string[] {
  const out: string[] = [];
  for (const t of rawTokens(text)) {
    for (const part of stripPossessive(t).split(/[-.'/]/)) {
      const w = americanize(part);
      if (!w || STOPWORDS.has(w) || !/[a-z]/.test(w)) continue;
      out.push(stem(w));
    }
  }
  return out;
}

const loaded = new Map<string, WordVectors>();

/** Reads a committed vectors file (memoized per path: read-only data, the same for every document). */
export function loadWordVectors(path: string): WordVectors {
  let v = loaded.get(path);
  if (v) return v;
  let buf: Buffer;
  try {
    buf = gunzipSync(readFileSync(path));
  } catch (e) {
    throw new ComptaxError('config', `word vectors ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'not a vectors file'}`);
  }
  const len = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + len).toString('utf8')) as { dims: number; words: string[] };
  const bytes = buf.subarray(4 + len);
  const data = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  v = { dims: header.dims, words: header.words, index: new Map(header.words.map((w, i) => [w, i])), data };
  loaded.set(path, v);
  return v;
}

/** Cosine of two words' vectors (0 when either is unknown). */
export function wordSimilarity(v: WordVectors, a: string, b: string): number {
  const i = v.index.get(a);
  const j = v.index.get(b);
  if (i === undefined || j === undefined) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0, x = i * v.dims, y = j * v.dims; d < v.dims; d++, x++, y++) {
    dot += v.data[x] * v.data[y];
    na += v.data[x] * v.data[x];
    nb += v.data[y] * v.data[y];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** The `k` words most like `word` among `candidates` (indexes), at or above `min`; ties by word. */
export function nearestWords(v: WordVectors, word: string, candidates: Int32Array, k: number, min: number): { word: string; sim: number }[] {
  const i = v.index.get(word);
  if (i === undefined) return [];
  const base = i * v.dims;
  let ni = 0;
  for (let d = 0; d < v.dims; d++) ni += v.data[base + d] * v.data[base + d];
  const out: { word: string; sim: number }[] = [];
  for (const j of candidates) {
    if (j === i) continue;
    let dot = 0;
    let nj = 0;
    for (let d = 0, y = j * v.dims; d < v.dims; d++, y++) {
      dot += v.data[base + d] * v.data[y];
      nj += v.data[y] * v.data[y];
    }
    const sim = dot / Math.sqrt(ni * nj || 1);
    if (sim >= min) out.push({ word: v.words[j], sim });
  }
  return out.sort((a, b) => b.sim - a.sim || (a.word < b.word ? -1 : 1)).slice(0, k);
}
