import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writeJsonFile } from '../../src/export/json-pieces.js';

// Values with every case JSON.stringify treats apart: members with no JSON form (left out of an
// object, null in an array), empty containers at every level, an object left empty by its
// undefined members, holes, toJSON, a null-prototype object, strings with line breaks, quotes,
// lone surrogates and U+2028, numbers JSON has no form for.
const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: [2] });
const VALUES: unknown[] = [
  {
    generator: { name: 'comptax', version: '0.1.0' },
    categories: [
      { id: 'c1', label: 'Line\nbreak "quoted" \u2028 \ud800', subcategories: [], competencies: [{ id: 'x', variants: [{ normalized: 'a', count: 2 }], examples: [], reference: null, gone: undefined }] },
      { id: 'c2', subcategories: [{ id: 's', label: 'S' }], competencies: [], empty: {}, allGone: { f: () => 1, u: undefined } },
    ],
  },
  [1, [2, [3, [4, [5, [6]]]]], [], {}, null, undefined, () => 1, Symbol('s'), 'x', -0, NaN, Infinity, 1e21, 0.1],
  // eslint-disable-next-line no-sparse-arrays
  [1, , 3],
  { date: new Date(0), nested: { deeper: { deepest: { leaf: [new Date(1), { toJSON: () => 'custom' }] } } } },
  nullProto,
  { '': 'empty key', '2': 'index key first', z: 'z', '1': 'then 1', 'with "quote"': [[]] },
  [],
  {},
];

describe('jsonPieces', () => {
  it('joins to exactly JSON.stringify, pretty or compact, whatever the depth it streams to', () => {
    for (const value of VALUES) {
      for (let depth = 0; depth <= 6; depth++) {
        expect([...jsonPieces(value, { pretty: true, depth })].join('')).toBe(JSON.stringify(value, null, 2));
        expect([...jsonPieces(value, { pretty: false, depth })].join('')).toBe(JSON.stringify(value));
      }
    }
  });

  it('streams the containers of its depth member by member', () => {
    const value = { list: Array.from({ length: 50 }, (_, i) => ({ i, text: 'x'.repeat(i) })) };
    const pieces = [...jsonPieces(value, { pretty: true, depth: 2 })];
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
  });

  it('writes a file as JSON.stringify(value, null, 2) and a line break', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comptax-json-'));
    const value = { a: Array.from({ length: 30_000 }, (_, i) => ({ i, s: `é ${i} \u{1F600}` })), b: VALUES[0] };
    await writeJsonFile(join(dir, 'x.json'), value, 3);
    expect(readFileSync(join(dir, 'x.json')).equals(Buffer.from(`${JSON.stringify(value, null, 2)}\n`))).toBe(true);
  });
});
