// The token tagger's model: hashed feature weights per BIO label, quantized to bytes, and the greedy
// left-to-right decoder both the trainer and the stage use.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ComptaxError } from '../errors.js';
import type { MentionKind } from '../types.js';
import { FEATURES_VERSION, prevLabelFeatures } from './tagger-features.js';

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

/** Adds the weights of the features `ids[from..to)` and `extra` to `scores` (one per label). */
export function scoreInto(model: TaggerModel, ids: Uint32Array, from: number, to: number, extra: readonly number[], scores: Float64Array): void {
  scores.fill(0);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  for (let k = from; k < to + extra.length; k++) {
    const row = ((k < to ? ids[k] : extra[k - to]) & mask) * NL;
    for (let l = 0; l < NL; l++) scores[l] += w[row + l];
  }
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

/** Greedy left-to-right decoding with the BIO constraint. */
export function decode(model: TaggerModel, ids: Uint32Array, offsets: Uint32Array, words: Uint32Array): Tagged {
  const n = words.length;
  const labels = new Uint8Array(n);
  const margin = new Float64Array(n);
  const scores = new Float64Array(NL);
  prefetch(model, ids);
  let prev = 0;
  for (let t = 0; t < n; t++) {
    scoreInto(model, ids, offsets[t], offsets[t + 1], prevLabelFeatures(prev, words[t]), scores);
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
