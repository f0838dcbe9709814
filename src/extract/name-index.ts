// What extraction reads of the reference vocabulary, held compactly: each label key with the type of
// its best concept, and the token prefixes of longer keys, in one map per process. A worker never
// builds the full vocabulary (concepts, groups, occupations): that is the reduce's, in the main thread.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EncodedVocabulary } from '../vocabulary/encoding.js';
import type { ConceptType, LabelIndex } from '../vocabulary/index.js';

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
  let e: EncodedVocabulary;
  try {
    e = JSON.parse(path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')) as EncodedVocabulary;
    if (e?.format !== 'comptax-vocabulary/1') throw new Error('not a comptax vocabulary (format comptax-vocabulary/1)');
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  const codes = codesOf(e);
  return {
    get: (key) => BY_CODE[(codes.get(key) ?? 0) & 3],
    isPrefix: (key) => ((codes.get(key) ?? 0) & PREFIX) !== 0,
    surface: e.surface,
  };
}

/**
 * Each kept key's type code, and the PREFIX bit for the token prefixes of longer keys. A function of
 * its own, so that the label lists it reads are garbage once it returns (the index's closures would
 * otherwise hold their scope, 4 MB of strings, for the life of the worker).
 */
function codesOf(e: EncodedVocabulary): Map<string, number> {
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
