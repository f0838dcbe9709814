import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/store/cache.js';
import { tempDir } from '../helpers/outputs.js';

describe('reduce outputs kept in the result cache', () => {
  it('gives back every file byte for byte (empty and multi-piece ones too), survives reopening, and keeps the last three keys', () => {
    const dir = tempDir('reduce-store');
    const cachePath = join(dir, 'cache.sqlite');
    const source = join(dir, 'staging');
    mkdirSync(source);
    // Random bytes do not compress: 9 MB is three pieces stored as they are.
    const files: Record<string, Buffer> = { 'empty.csv': Buffer.alloc(0), 'big.bin': randomBytes(9 << 20), 'taxonomy.csv': Buffer.from('id,label\nc1,Budgeting\n'.repeat(5000)) };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(source, name), bytes);

    let cache = new ResultCache(cachePath, { warn: (m) => expect.fail(m) });
    cache.storeReduce('k1', '{"documents":3}', source, Object.keys(files).sort());
    expect(cache.restoreReduce('other', join(dir, 'nowhere'))).toBeUndefined();
    cache.close();

    cache = new ResultCache(cachePath, { warn: (m) => expect.fail(m) });
    const target = join(dir, 'restored');
    mkdirSync(target);
    expect(cache.restoreReduce('k1', target)).toBe('{"documents":3}');
    expect(readdirSync(target).sort()).toEqual(Object.keys(files).sort());
    for (const [name, bytes] of Object.entries(files)) expect(readFileSync(join(target, name)).equals(bytes), name).toBe(true);

    for (const key of ['k2', 'k3', 'k4']) cache.storeReduce(key, key, source, ['taxonomy.csv']);
    expect(cache.restoreReduce('k1', join(dir, 'nowhere'))).toBeUndefined();
    for (const key of ['k2', 'k3', 'k4']) {
      const again = join(dir, key);
      mkdirSync(again);
      expect(cache.restoreReduce(key, again)).toBe(key);
    }
    cache.close();
  });
});
