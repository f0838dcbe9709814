// The token tagger's model: hashed feature weights per BIO label, quantized to bytes, and the greedy
// left-to-right decoder both the trainer and the stage use.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ComptaxError } from '../errors.js';
import type { MentionKind } from '../types.js';
import { FEATURES_VERSION, prevLabelFeature, prevLabelWordFeature } from './tagger-features.js';

export const KINDS: MentionKind[] = ['duty', 'skill', 'knowledge', 'qualification'];
/** Label 0 is O; label 1 + 2k is B-kind k, 2 + 2k is I-kind k. */
export const LABELS = ['O', ...KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])];
export const NL = LABELS.length;

export const isB = (label: number) => label > 0 && label % 2 === 1;
export const kindOf = (label: number): MentionKind | null => (label === 0 ? null : KINDS[(label - 1) >> 1]);
/** I-kind may only follow B-kind or I-kind of the same kind. */
export const allowedAfter = (prev: number, label: number) => label === 0 || isB(label) || (prev !== 0 && (prev - 1) >> 1 === (label - 1) >> 1);

export interface TaggerModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** weights[bucket * NL + label]; a real weight is value * scale. */
  weights: Int8Array | Float32Array;
  scale: number;
}

const MAGIC = 'comptax-tagger';

interface Header {
  magic: string;
  features: number;
  labels: string[];
  bits: number;
  scale: number;
}

/** The committed file: a JSON header line, then one signed byte per weight; gzipped. */
export function encodeModel(model: { bits: number; weights: Float32Array }): Buffer {
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i] / scale);
  const header: Header = { magic: MAGIC, features: FEATURES_VERSION, labels: LABELS, bits: model.bits, scale };
  const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  return gzipSync(Buffer.concat([head, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]), { level: 9 });
}

export function decodeModel(bytes: Buffer, name = 'tagger model'): TaggerModel {
  let raw: Buffer;
  let header: Header | undefined;
  let nl = -1;
  try {
    raw = gunzipSync(bytes);
    nl = raw.indexOf(0x0a);
    if (nl > 0 && nl < 4096) header = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Header;
  } catch {
    header = undefined;
  }
  if (header?.magic !== MAGIC) throw new ComptaxError('config', `${name}: not a comptax tagger model`);
  if (header.features !== FEATURES_VERSION || header.labels.join(',') !== LABELS.join(',')) {
    throw new ComptaxError('config', `${name}: trained with another feature set or labels; retrain it (npm run train:tagger)`);
  }
  const body = raw!.subarray(nl + 1);
  if (body.length !== (1 << header.bits) * NL) throw new ComptaxError('config', `${name}: truncated`);
  // A copy: the weights stay, the decompressed buffer goes.
  const weights = new Int8Array(body.length);
  weights.set(new Int8Array(body.buffer, body.byteOffset, body.length));
  return { bits: header.bits, weights, scale: header.scale };
}

// Read-only, the same for every document: one copy per process.
const loaded = new Map<string, TaggerModel>();

export function loadModel(file: string): TaggerModel {
  const path = resolve(file);
  let model = loaded.get(path);
  if (!model) {
    model = decodeModel(readFileSync(path), file);
    loaded.set(path, model);
  }
  return model;
}

export interface Tagged {
  labels: Uint8Array;
  /** Per token: best non-O score minus the O score (in weight units), > 0 where the token is in a mention. */
  margin: Float64Array;
}

/** Where `prefetch` leaves its sum, so that its reads are not optimised away. */
let prefetched = 0;

/**
 * Reads one weight of each row the features `ids` use. The weight table (1.2 MB) does not stay in
 * cache from one posting to the next, and decoding reads its rows one token after another; this
 * loop does nothing but independent reads, which the CPU fetches many at a time, so decoding then
 * finds its rows in cache (tagging takes about a quarter less time). Changes no result.
 */
function prefetch(model: TaggerModel, ids: Uint32Array): void {
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  let sum = 0;
  for (let k = 0; k < ids.length; k++) sum += w[(ids[k] & mask) * NL];
  prefetched = sum;
}

/** A token's label sums (every one written before it is read). */
const decodeScores = new Float64Array(NL);

/** Greedy left-to-right decoding with the BIO constraint. */
export function decode(model: TaggerModel, ids: Uint32Array, offsets: Uint32Array, words: Uint32Array): Tagged {
  const n = words.length;
  // Both arrays in one buffer (see itemFeatures: each typed array over 64 bytes had its own).
  const buffer = new ArrayBuffer(9 * n);
  const margin = new Float64Array(buffer, 0, n);
  const labels = new Uint8Array(buffer, 8 * n, n);
  const scores = decodeScores;
  prefetch(model, ids);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  let prev = 0;
  for (let t = 0; t < n; t++) {
    // A token's nine label sums, kept in locals while its rows are added (the same sums, in the same
    // order, as adding each row into an array; a loop over the labels wrote and read them back).
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    // The previous label's two features come after the token's own, as two more rows (no array per token).
    const e0 = prevLabelFeature(prev);
    const e1 = prevLabelWordFeature(prev, words[t]);
    const to = offsets[t + 1];
    for (let k = offsets[t]; k < to + 2; k++) {
      const r = ((k < to ? ids[k] : k === to ? e0 : e1) & mask) * 9;
      s0 += w[r];
      s1 += w[r + 1];
      s2 += w[r + 2];
      s3 += w[r + 3];
      s4 += w[r + 4];
      s5 += w[r + 5];
      s6 += w[r + 6];
      s7 += w[r + 7];
      s8 += w[r + 8];
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
    let best = 0;
    let bestIn = -Infinity;
    for (let l = 1; l < NL; l++) {
      if (!allowedAfter(prev, l)) continue;
      if (scores[l] > bestIn) bestIn = scores[l];
      if (scores[l] > scores[best]) best = l;
    }
    labels[t] = best;
    margin[t] = (bestIn - scores[0]) * model.scale;
    prev = best;
  }
  return { labels, margin };
}

// decode's sums are written out for nine labels (O and B/I of the four kinds).
if (NL !== 9) throw new Error('tagger-model: decode expects 9 labels');
