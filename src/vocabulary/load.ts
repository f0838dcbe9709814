import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeVocabulary, type EncodedVocabulary } from './encoding.js';
import type { Vocabulary } from './types.js';

// Read-only data, the same for every document: one copy per process is shared safely.
const loaded = new Map<string, Vocabulary>();

/** Drops the vocabularies read so far (a run whose reduce is done frees their memory; a later call reads again). */
export function forgetVocabularies(): void {
  loaded.clear();
}

/** Whether `vocabulary` is the one read from `file` (tables stored beside a file are its own). */
export function isLoadedFrom(vocabulary: Vocabulary, file: string): boolean {
  return loaded.get(resolve(file)) === vocabulary;
}

/** Reads a compiled vocabulary (`.json.gz` or `.json`), once per file per process. */
export function loadVocabulary(file: string): Vocabulary {
  const path = resolve(file);
  let vocabulary = loaded.get(path);
  if (!vocabulary) {
    const bytes = readFileSync(path);
    const json = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    try {
      vocabulary = decodeVocabulary(JSON.parse(json) as EncodedVocabulary);
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    loaded.set(path, vocabulary);
  }
  return vocabulary;
}
