import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

const MAGIC = 'SQLite format 3\0';

/**
 * Whether a SQLite file is as a clean close leaves it: no write-ahead log waiting to be applied, and
 * a header whose page count (valid: its change counter matches the one it was written with) times
 * the page size is the file's size. Reads the 100-byte header only, so that opening a large cache
 * costs no more than a small one; a file that fails this (a killed run's, a truncated or foreign
 * one) gets SQLite's full check instead.
 */
export function closedCleanly(path: string): boolean {
  let wal = 0;
  try {
    wal = statSync(`${path}-wal`).size;
  } catch {
    // No log: nothing was left to apply.
  }
  if (wal > 0) return false;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 16) !== MAGIC) return false;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const changeCounter = header.readUInt32BE(24);
    const pages = header.readUInt32BE(28);
    const validFor = header.readUInt32BE(92);
    return pages > 0 && changeCounter === validFor && pages * pageSize === fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}
