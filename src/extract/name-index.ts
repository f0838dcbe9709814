// What extraction reads of the reference vocabulary, held compactly: each label key with the type of
// its best concept, and the token prefixes of longer keys, in one map per process. A worker never
// builds the full vocabulary (concepts, groups, occupations): that is the reduce's, in the main thread.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EncodedVocabulary } from '../vocabulary/encoding.js';
import type { ConceptType, LabelIndex } from '../vocabulary/index.js';
import { KeyTable, keyHash } from '../vocabulary/key-table.js';

const TYPE: Record<string, ConceptType> = { s: 'skill', k: 'knowledge', t: 'tool' };
const CODE: Record<ConceptType, number> = { skill: 1, knowledge: 2, tool: 3 };
const BY_CODE: (ConceptType | undefined)[] = [undefined, 'skill', 'knowledge', 'tool'];
const PREFIX = 4;

const loaded = new Map<string, LabelIndex<ConceptType>>();

/** The label index of a compiled vocabulary file, read once per file per process. */
export function loadNameIndex(file: string): LabelIndex<ConceptType> {
  const path = resolve(file);
  let index = loaded.get(path);
  if (!index) {
    index = readNameIndex(path, file);
    loaded.set(path, index);
  }
  return index;
}

function readNameIndex(path: string, file: string): LabelIndex<ConceptType> {
  const bytes = readFileSync(path);
  const stored = storedNames(path, bytes);
  if (stored) return indexOf(decodeNames(stored), stored.surface);
  const e = parseVocabulary(bytes, path, file);
  return indexOf(codesOf(e), e.surface);
}

function indexOf(codes: Map<string, number>, surface: Record<string, string>): LabelIndex<ConceptType> {
  // The Map goes once the table holds its keys (see key-table.ts for why a table).
  const table = new KeyTable(codes);
  return {
    get: (key, hash = keyHash(key)) => BY_CODE[table.code(key, hash) & 3],
    isPrefix: (key, hash = keyHash(key)) => (table.code(key, hash) & PREFIX) !== 0,
    surface,
  };
}

function parseVocabulary(bytes: Buffer, path: string, file: string): EncodedVocabulary {
  try {
    const e = JSON.parse(path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')) as EncodedVocabulary;
    if (e?.format !== 'comptax-vocabulary/1') throw new Error('not a comptax vocabulary (format comptax-vocabulary/1)');
    return e;
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
}

/**
 * The index of a vocabulary file stored beside it (`npm run linker-index`): its keys grouped by code,
 * and its surface forms. Each worker thread of every run built the index from the vocabulary itself,
 * 90-100 ms of CPU before its first document (unzipping 8.7 MB of JSON for the labels and concept
 * types, then 108,000 labels read); from the stored file 20-30 ms, a Map of the same keys and codes.
 */
export interface StoredNames {
  format: typeof NAMES_FORMAT;
  /** sha256 of the vocabulary file's bytes: a stored index of other bytes is not used. */
  source: string;
  /** Per code (type | PREFIX), its keys joined by "\n". */
  codes: Record<string, string>;
  surface: Record<string, string>;
}

export const NAMES_FORMAT = 'comptax-names/1';

/** Where the stored name index of a vocabulary file is: "vocabulary.json.gz" → "vocabulary.names.json.gz". */
export function namesFileOf(vocabularyFile: string): string {
  return vocabularyFile.replace(/(\.json)?(\.gz)?$/, '.names.json.gz');
}

/** The stored name index of a vocabulary file, built from it (for the file beside it). */
export function encodeNames(vocabularyFile: string): StoredNames {
  const bytes = readFileSync(vocabularyFile);
  const e = parseVocabulary(bytes, vocabularyFile, vocabularyFile);
  const keysByCode: Record<string, string[]> = {};
  for (const [key, code] of codesOf(e)) (keysByCode[code] ??= []).push(key);
  const codes = Object.fromEntries(Object.entries(keysByCode).map(([code, keys]) => [code, keys.join('\n')]));
  return { format: NAMES_FORMAT, source: sourceOf(bytes), codes, surface: e.surface };
}

/** The codes of a stored name index. */
export function decodeNames(stored: StoredNames): Map<string, number> {
  const codes = new Map<string, number>();
  for (const [code, keys] of Object.entries(stored.codes)) {
    const value = Number(code);
    for (const key of keys.split('\n')) codes.set(key, value);
  }
  return codes;
}

function sourceOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The stored index beside the vocabulary, when there is one made from these bytes; a stale or damaged one is only a lost speed-up. */
function storedNames(path: string, bytes: Buffer): StoredNames | undefined {
  const file = namesFileOf(path);
  if (!existsSync(file)) return undefined;
  try {
    const stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as StoredNames;
    return stored?.format === NAMES_FORMAT && stored.source === sourceOf(bytes) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each kept key's type code, and the PREFIX bit for the token prefixes of longer keys. A function of
 * its own, so that the label lists it reads are garbage once it returns (the index's closures would
 * otherwise hold their scope, 4 MB of strings, for the life of the worker).
 */
export function codesOf(e: EncodedVocabulary): Map<string, number> {
  const types = e.concepts.type;
  const entries = e.labels.entries.split('\n');
  const codes = new Map<string, number>();
  e.labels.keys.split('\n').forEach((key, i) => {
    // Entries list the best label kind first: its concept says what the name is.
    const entry = entries[i];
    const concept = Number(entry.slice(0, entry.indexOf(':')));
    // Extraction never takes an ESCO skill label as a mention (too generic on real postings), so
    // skill keys are left out: a third of the memory, and a knowledge name inside a longer skill
    // label ("budget" in "manage budget") is no longer hidden by it (train F1 +0.1).
    if (types[concept] === 's') return;
    codes.set(key, (codes.get(key) ?? 0) | CODE[TYPE[types[concept]]]);
    for (let s = key.indexOf(' '); s > 0; s = key.indexOf(' ', s + 1)) {
      const prefix = key.slice(0, s);
      codes.set(prefix, (codes.get(prefix) ?? 0) | PREFIX);
    }
  });
  return codes;
}
