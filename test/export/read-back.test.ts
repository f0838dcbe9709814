import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/rng.js';
import { escapeCell, openCsv, ReadBackRows, type Cell } from '../../src/export/csv.js';
import { forEachRow } from '../../src/export/report/read-csv.js';

/** Writes the rows with their read-back copy kept, and parses the file back as the report does. */
async function roundTrip(rows: Record<string, Cell>[], headers: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'comptax-readback-')), 'x.csv');
  const kept = new ReadBackRows();
  const sink = openCsv(file, headers, kept);
  for (const r of rows) await sink.write(r);
  await sink.end();
  const parsed: Record<string, string>[] = [];
  await forEachRow(file, (r) => parsed.push({ ...r }));
  return { kept, parsed };
}

describe('rows kept as the report reads them back', () => {
  const awkward: Cell[] = ['plain', '', 'x,y', 'q"uote"', '"', 'line\nbreak', 'cr\rhere', 'crlf\r\nin', '\n', 'pipe|x', '=SUM(A1)', '+1', '-x', '@h', '\tt', '\rr',
    "'=already", "'plain", "''=x", "'", 'nul\0in', '\0=x', 'lone\uD800x', 'lone\uDC00', 'pair\uD83D\uDE00', '\uFEFFbom', ' spaced ', ' a', 'a\u2028b', 'ünï©ødé', 3, 0, -2.5, 1e21, undefined, null];

  it('equal what parsing the file gives, formula escapes, NULs, quotes, line breaks and lone surrogates included', async () => {
    const rows = awkward.map((a, i) => ({ a, b: awkward[(i * 7 + 3) % awkward.length], c: `r${i}` }));
    const { kept, parsed } = await roundTrip(rows, ['a', 'b', 'c']);
    expect(kept.exact).toBe(true);
    expect(kept.rows).toEqual(parsed);
  });

  it('equal it on random cells, or say they may not (a cell of white space only, which the parser skips)', async () => {
    const rand = mulberry32(11);
    const pool = ['a', 'Z', '1', ' ', ',', '"', "'", '=', '+', '-', '@', '\t', '\r', '\n', '|', '\0', '\u00a0', '\u3000', '\uD800', '\uDC00', 'é', '\u2028'];
    let exactRounds = 0;
    for (let round = 0; round < 150; round++) {
      const rows = Array.from({ length: 3 }, (_, i) => {
        const cell = () => Array.from({ length: Math.floor(rand() * 4) }, () => pool[Math.floor(rand() * pool.length)]).join('');
        return { id: `d${i}`, x: cell(), y: cell() };
      });
      const { kept, parsed } = await roundTrip(rows, ['id', 'x', 'y']);
      if (kept.exact) {
        exactRounds++;
        expect(kept.rows).toEqual(parsed);
      }
      else {
        // Only a cell written unquoted with white space only (NULs are dropped; a leading tab or CR is escaped) says so.
        const skipped = (v: string) => {
          const w = String(escapeCell(v)).replace(/\0/g, '');
          return w !== '' && w.trim() === '' && !/[",\r\n|]/.test(w);
        };
        expect(rows.some((r) => skipped(r.x) || skipped(r.y))).toBe(true);
      }
    }
    // Both cases come up.
    expect(exactRounds).toBeGreaterThan(30);
    expect(exactRounds).toBeLessThan(150);
    const { kept } = await roundTrip([{ id: 'd1', x: ' ', y: 'z' }], ['id', 'x', 'y']);
    expect(kept.exact).toBe(false);
  });
});
