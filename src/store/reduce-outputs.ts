import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';

/** Pieces a file is stored in: memory stays flat whatever the size of the outputs. */
const CHUNK_BYTES = 4 << 20;
/** Reduces kept: the last runs over a few corpora (a monthly archive, a test subset) find theirs. */
const KEEP = 3;

type Db = InstanceType<typeof Database>;

export const REDUCE_TABLES = `
  CREATE TABLE IF NOT EXISTS reduce_runs (key TEXT PRIMARY KEY, record TEXT NOT NULL, used INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS reduce_files (key TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (key, name, seq));
`;

/**
 * The outputs of a run's reduce (taxonomy, exports, report), kept in the cache under a key that
 * hashes everything they depend on, so that the same run again publishes them without redoing the
 * reduce. Compressed (fast level) in pieces; one transaction per run, so a killed run stores all or
 * nothing.
 */
export class ReduceOutputs {
  private readonly runOf: Database.Statement<[string], { record: string }>;
  private readonly touch: Database.Statement<[string]>;
  private readonly piecesOf: Database.Statement<[string], { name: string; data: Buffer }>;
  private readonly storeAll: (key: string, record: string, dir: string, names: string[]) => void;

  constructor(db: Db) {
    this.runOf = db.prepare('SELECT record FROM reduce_runs WHERE key = ?');
    // `used` counts up rather than holding a time: two stores in one millisecond still have an order.
    this.touch = db.prepare('UPDATE reduce_runs SET used = (SELECT max(used) + 1 FROM reduce_runs) WHERE key = ?');
    this.piecesOf = db.prepare('SELECT name, data FROM reduce_files WHERE key = ? ORDER BY name, seq');
    const insertRun = db.prepare('INSERT OR REPLACE INTO reduce_runs (key, record, used) VALUES (?, ?, (SELECT coalesce(max(used), 0) + 1 FROM reduce_runs))');
    const insertPiece = db.prepare('INSERT INTO reduce_files (key, name, seq, data) VALUES (?, ?, ?, ?)');
    const forget = db.prepare('DELETE FROM reduce_files WHERE key = ?');
    const stale = db.prepare(`SELECT key FROM reduce_runs ORDER BY used DESC LIMIT -1 OFFSET ${KEEP}`).pluck();
    const forgetRun = db.prepare('DELETE FROM reduce_runs WHERE key = ?');
    this.storeAll = db.transaction((key: string, record: string, dir: string, names: string[]) => {
      forget.run(key);
      const buffer = Buffer.alloc(CHUNK_BYTES);
      for (const name of names) {
        const fd = openSync(join(dir, name), 'r');
        try {
          for (let seq = 0; ; seq++) {
            const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
            // An empty file is one empty piece, so that it is restored too.
            if (n === 0 && seq > 0) break;
            insertPiece.run(key, name, seq, deflateRawSync(buffer.subarray(0, n), { level: constants.Z_BEST_SPEED }));
          }
        } finally {
          closeSync(fd);
        }
      }
      insertRun.run(key, record);
      for (const old of stale.all() as string[]) {
        forget.run(old);
        forgetRun.run(old);
      }
    });
  }

  /** Writes the files stored under `key` into `dir` and returns their record; undefined when none are stored. */
  restore(key: string, dir: string): string | undefined {
    const found = this.runOf.get(key);
    if (!found) return undefined;
    let name: string | undefined;
    let fd: number | undefined;
    try {
      for (const piece of this.piecesOf.iterate(key)) {
        if (piece.name !== name) {
          if (fd !== undefined) closeSync(fd);
          fd = undefined;
          name = piece.name;
          fd = openSync(join(dir, name), 'w');
        }
        writeSync(fd!, inflateRawSync(piece.data));
      }
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    this.touch.run(key);
    return found.record;
  }

  store(key: string, record: string, dir: string, names: string[]): void {
    this.storeAll(key, record, dir, names);
  }
}
