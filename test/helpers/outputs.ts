import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Every output of the contract but manifest.json, which records timings and where results came from. */
export const COMPARED = ['documents.csv', 'errors.csv', 'mentions.csv', 'roles.csv', 'taxonomy.csv', 'taxonomy.json', 'taxonomy.jsonld'];

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `comptax-${name}-`));
}

export function expectSameOutputs(actual: string, expected: string): void {
  for (const f of COMPARED) expect(readFileSync(join(actual, f)).equals(readFileSync(join(expected, f))), f).toBe(true);
}

export function manifestOf(out: string) {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
    counts: { documents: number; failed: number };
    work: { cache: string | null; fromCache: number; computed: number; computedBy: Record<string, number>; reduce: 'cache' | 'computed' };
    timings: { taxonomyMs: number };
  };
}

