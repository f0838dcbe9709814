import { describe, expect, it } from 'vitest';
import { KeyTable, joinedHash, keyHash } from '../../src/vocabulary/key-table.js';

describe('key table', () => {
  it('hashes a key joined token by token as it hashes the joined string', () => {
    for (const tokens of [['risk', 'management'], ['c++', 'and', 'c#'], ['café', 'au', 'lait'], ['a', '', 'b'], ['𝔘nicode', 'ß']]) {
      let hash = keyHash(tokens[0]);
      for (const t of tokens.slice(1)) hash = joinedHash(hash, t);
      expect(hash).toBe(keyHash(tokens.join(' ')));
    }
  });

  it('gives each key its code and 0 for any other string, also when hashes or slots collide', () => {
    // Two keys with the same 32-bit hash: only comparing the strings tells them apart.
    expect(keyHash('skill 6pfs')).toBe(keyHash('skill nvja'));
    const codes = new Map<string, number>([['skill 6pfs', 3], ['risk', 4], ['risk management', 2]]);
    // Enough keys that probes run past occupied slots.
    for (let i = 0; i < 500; i++) codes.set(`key ${i}`, 1 + (i % 7));
    const table = new KeyTable(codes);
    for (const [key, code] of codes) expect(table.code(key, keyHash(key))).toBe(code);
    expect(table.code('skill nvja', keyHash('skill nvja'))).toBe(0);
    // Asked in a row (the last answer is kept): a key of the same hash is still another key.
    expect(table.code('skill 6pfs', keyHash('skill 6pfs'))).toBe(3);
    expect(table.code('skill 6pfs', keyHash('skill 6pfs'))).toBe(3);
    expect(table.code('skill nvja', keyHash('skill nvja'))).toBe(0);
    expect(table.code('skill 6pfs', keyHash('skill 6pfs'))).toBe(3);
    for (const absent of ['', 'risk ', 'key 500', 'Risk', 'key 1 ']) expect(table.code(absent, keyHash(absent))).toBe(0);
    // A key string built from parts (a cons string) is the same key.
    const risk = ['risk', 'management'].join(' ');
    expect(table.code(`${risk.slice(0, 4)} ${'management'}`, keyHash(risk))).toBe(2);
  });

  it('takes only codes 1-7', () => {
    expect(() => new KeyTable(new Map([['a', 8]]))).toThrow(/code 8 of "a"/);
    expect(() => new KeyTable(new Map([['a', 0]]))).toThrow(/code 0/);
  });
});
