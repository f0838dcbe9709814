import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/store/cache.js';
import { ROOT } from '../helpers/cli.js';

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'comptax-cache-')), 'cache.sqlite');
}

function openCache(path: string): { cache: ResultCache; warnings: string[] } {
  const warnings: string[] = [];
  return { cache: new ResultCache(path, { warn: (m) => warnings.push(m) }), warnings };
}

/** A cache file holding `n` rows of about 2 KB. */
function filled(n: number): string {
  const path = tempFile();
  const { cache } = openCache(path);
  cache.put(Array.from({ length: n }, (_, i): [string, string] => [`key-${i}`, JSON.stringify({ i, text: 'x'.repeat(2000) })]));
  cache.close();
  return path;
}

describe('the result cache', () => {
  it('keeps what was put, across closing and opening again', () => {
    const path = filled(300);
    const { cache, warnings } = openCache(path);
    expect(JSON.parse(cache.get('key-299')!).i).toBe(299);
    expect(cache.get('key-300')).toBeUndefined();
    cache.close();
    expect(warnings).toEqual([]);
  });

  it('commits results as they arrive, not only when closed', () => {
    const path = tempFile();
    const { cache } = openCache(path);
    cache.put([['early', '"a"']]);
    // Another connection (another process would be the same) sees the row while the cache is still open.
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT reply FROM results WHERE key = ?').get('early')).toEqual({ reply: '"a"' });
    reader.close();
    cache.close();
  });

  const damages: [string, (path: string) => void, RegExp][] = [
    ['truncated', (p) => truncateSync(p, Math.floor(statSync(p).size / 2)), /unusable/],
    ['a foreign file', (p) => writeFileSync(p, 'doc_id,path\r\nd1,a.txt\r\n'.repeat(500)), /not a database/],
    [
      'an old schema version',
      (p) => {
        const db = new Database(p);
        db.prepare("UPDATE meta SET value = '0' WHERE name = 'schema'").run();
        db.close();
      },
      /schema version 0, expected/,
    ],
    [
      "another program's database",
      (p) => {
        const db = new Database(p);
        db.exec('DROP TABLE meta; DROP TABLE results; CREATE TABLE invoices (id INTEGER)');
        db.close();
      },
      /not a comptax cache/,
    ],
  ];
  for (const [what, damage, reason] of damages) {
    it(`warns in one line and rebuilds a cache file that is ${what}, keeping the old one aside`, () => {
      const path = filled(200);
      damage(path);
      const damaged = readFileSync(path);
      const { cache, warnings } = openCache(path);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(reason);
      expect(warnings[0]).not.toContain('\n');
      expect(cache.get('key-1')).toBeUndefined();
      cache.put([['fresh', '1']]);
      cache.close();
      expect(readFileSync(`${path}.damaged`).equals(damaged)).toBe(true);
      const again = openCache(path);
      expect(again.cache.get('fresh')).toBe('1');
      expect(again.warnings).toEqual([]);
      again.cache.close();
    });
  }

  it('checks every page of a file a clean close did not leave, and of one found damaged mid-run', () => {
    const path = filled(300);
    // Pages in the second half of the file (rows, not the schema) overwritten: header and size intact.
    const bytes = readFileSync(path);
    bytes.fill(0xa5, Math.floor(bytes.length / 2 / 4096) * 4096);
    writeFileSync(path, bytes);
    // The header looks like a clean close's: opened without reading every page.
    const first = openCache(path);
    expect(first.warnings).toEqual([]);
    for (let i = 0; i < 300 && first.warnings.length === 0; i++) first.cache.get(`key-${i}`);
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toMatch(/stopped working/);
    first.cache.close();
    expect(existsSync(`${path}-suspect`)).toBe(true);
    // Marked: the next run checks it all, and rebuilds it.
    const second = openCache(path);
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings[0]).toMatch(/unusable/);
    expect(existsSync(`${path}-suspect`)).toBe(false);
    second.cache.put([['fresh', '1']]);
    second.cache.close();
    const third = openCache(path);
    expect(third.warnings).toEqual([]);
    expect(third.cache.get('fresh')).toBe('1');
    third.cache.close();
  });

  it('tells a cache a killed run left (its log not applied) from one closed cleanly', () => {
    const path = filled(50);
    const { cache } = openCache(path);
    cache.put([['late', '"x"']]);
    // The files as they are while the cache is open: what a SIGKILL leaves.
    const killed = tempFile();
    for (const suffix of ['', '-wal']) copyFileSync(`${path}${suffix}`, `${killed}${suffix}`);
    cache.close();
    const reopened = openCache(killed);
    expect(reopened.cache.leftUnclosed).toBe(true);
    expect(reopened.cache.get('late')).toBe('"x"');
    expect(reopened.warnings).toEqual([]);
    reopened.cache.close();
    for (const p of [path, killed]) {
      const again = openCache(p);
      expect(again.cache.leftUnclosed).toBe(false);
      again.cache.close();
    }
  });

  it('is shared by two processes writing at once without damage', async () => {
    const path = tempFile();
    openCache(path).cache.close();
    const writer = (name: string) =>
      new Promise<number | null>((resolve) => {
        const script = `
          import { ResultCache } from ${JSON.stringify(join(ROOT, 'src/store/cache.ts'))};
          const cache = new ResultCache(${JSON.stringify(path)}, { warn: (m) => { console.error(m); process.exit(9); } });
          for (let i = 0; i < 2000; i++) cache.put([['${name}-' + i, JSON.stringify({ i, pad: 'y'.repeat(500) })]]);
          cache.close();`;
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit', cwd: ROOT });
        child.on('exit', resolve);
      });
    expect(await Promise.all([writer('a'), writer('b')])).toEqual([0, 0]);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) AS n FROM results').get()).toEqual({ n: 4000 });
    db.close();
    expect(existsSync(`${path}.damaged`)).toBe(false);
  });
});
