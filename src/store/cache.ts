import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ComptaxError } from '../errors.js';
import { REDUCE_TABLES, ReduceOutputs } from './reduce-outputs.js';
import { closedCleanly } from './sqlite-file.js';

/** Bumped whenever the table layout or the meaning of a stored value changes. */
const SCHEMA_VERSION = 1;
/** Another run sharing the cache may hold the write lock this long before we give up waiting. */
const BUSY_TIMEOUT_MS = 15_000;
/** SQLite's page cache for the connection (KB); see open. */
const PAGE_CACHE_KB = 2000;

export interface CacheOptions {
  /** Called with one line when the file was damaged and is rebuilt. */
  warn: (message: string) => void;
}

type Db = InstanceType<typeof Database>;

/**
 * The per-document result cache: one SQLite file mapping a key (content hash, per-document
 * configuration hash, tool version) to the serialized result of the map step. Results are committed
 * as they arrive (a worker's batch in one transaction: in WAL mode with synchronous NORMAL a commit
 * is an append to the log, no fsync), so that a run killed at any moment keeps all it computed but
 * the batches still in the workers. WAL mode lets a second run read and write the same file meanwhile.
 */
export class ResultCache {
  private readonly db: Db;
  private readonly select: Database.Statement<[string], { reply: string }>;
  private readonly exists: Database.Statement<[string], number>;
  private readonly reduce: ReduceOutputs;
  private readonly insertMany: (rows: [string, string][]) => void;
  private readonly guessesOf: Database.Statement<[string, number], [string, string]>;
  private readonly insertGuesses: (scope: string, rows: [string, string][]) => void;
  /** Answers stored under a scope, as far as this run knows: none is added past the limit it was read with. */
  private readonly guessCount = new Map<string, { count: number; limit: number }>();
  private broken = false;
  /** The file was not as a clean close leaves it: most often, a run using it was killed. */
  readonly leftUnclosed: boolean;

  constructor(
    readonly path: string,
    private readonly options: CacheOptions,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.leftUnclosed = existsSync(path) && !closedCleanly(path);
    this.db = openChecked(path, options.warn, this.leftUnclosed);
    this.select = this.db.prepare('SELECT reply FROM results WHERE key = ?');
    this.exists = this.db.prepare('SELECT 1 FROM results WHERE key = ?').pluck() as Database.Statement<[string], number>;
    this.reduce = new ReduceOutputs(this.db);
    const insert = this.db.prepare('INSERT OR REPLACE INTO results (key, reply) VALUES (?, ?)');
    this.insertMany = this.db.transaction((rows: [string, string][]) => {
      for (const [key, reply] of rows) insert.run(key, reply);
    });
    this.guessesOf = this.db.prepare('SELECT pair, answer FROM verb_guesses WHERE scope = ? LIMIT ?').raw() as Database.Statement<[string, number], [string, string]>;
    const insertGuess = this.db.prepare('INSERT OR IGNORE INTO verb_guesses (scope, pair, answer) VALUES (?, ?, ?)');
    this.insertGuesses = this.db.transaction((scope: string, rows: [string, string][]) => {
      const known = this.guessCount.get(scope);
      if (!known) return;
      for (const [pair, answer] of rows) if (known.count < known.limit) known.count += insertGuess.run(scope, pair, answer).changes;
    });
  }

  /**
   * Answers of a word-pair question (compromise's, see guessVerb) kept by earlier runs of this
   * `scope` (the code and dependency versions), at most `limit`: no more are stored than that.
   */
  guesses(scope: string, limit: number): [string, string][] {
    const rows = this.guard(() => this.guessesOf.all(scope, limit), []);
    this.guessCount.set(scope, { count: rows.length, limit });
    return rows;
  }

  /** Keeps new answers under `scope` (read first with guesses), committed at once, up to its limit. */
  putGuesses(scope: string, rows: [string, string][]): void {
    if (rows.length) this.guard(() => this.insertGuesses(scope, rows), undefined);
  }

  /** The stored reply, or undefined. */
  get(key: string): string | undefined {
    return this.guard(() => this.select.get(key)?.reply, undefined);
  }

  /** Whether a reply is stored for this key (cheaper than get: nothing is read). */
  has(key: string): boolean {
    return this.guard(() => this.exists.get(key) !== undefined, false);
  }

  /** Writes the reduce outputs stored under `key` into `dir`; their record, or undefined. */
  restoreReduce(key: string, dir: string): string | undefined {
    return this.guard(() => this.reduce.restore(key, dir), undefined);
  }

  /** Keeps the files `names` of `dir` as the reduce outputs for `key`, with their record. */
  storeReduce(key: string, record: string, dir: string, names: string[]): void {
    this.guard(() => this.reduce.store(key, record, dir, names), undefined);
  }

  /** Stores these replies (key, reply) and commits them at once, in one transaction. */
  put(rows: [string, string][]): void {
    if (rows.length) this.guard(() => this.insertMany(rows), undefined);
  }

  close(): void {
    this.broken = true;
    this.db.close();
  }

  private guard<T>(action: () => T, otherwise: T): T {
    if (this.broken) return otherwise;
    try {
      return action();
    } catch (e) {
      this.fail(e);
      return otherwise;
    }
  }

  // Damage found mid-run (another process truncated the file, the disk filled): the run goes on
  // without the cache; the next run finds the damage when it opens the file and rebuilds it. A file
  // damaged inside may still look cleanly closed: the mark makes the next run check it all.
  private fail(e: unknown): void {
    this.broken = true;
    if (/^SQLITE_(CORRUPT|NOTADB)/.test((e as { code?: string }).code ?? '')) {
      try {
        writeFileSync(suspectMark(this.path), '');
      } catch {
        // Nowhere to write: the next run checks only what a header can tell.
      }
    }
    this.options.warn(`cache ${this.path} stopped working (${(e as Error).message}); this run goes on without it`);
  }
}

/** Opens the cache, rebuilding it (the old file kept as `<path>.damaged`) when it is not a sound cache of this schema. */
function openChecked(path: string, warn: (message: string) => void, unclosed: boolean): Db {
  try {
    return open(path, unclosed);
  } catch (e) {
    if (e instanceof ComptaxError) throw e;
    warn(`cache ${path} is unusable (${(e as Error).message}); rebuilding it (old file kept as ${path}.damaged)`);
    if (existsSync(path)) renameSync(path, `${path}.damaged`);
    for (const suffix of CACHE_SIDE_FILES) rmSync(`${path}${suffix}`, { force: true });
    return open(path, false);
  }
}

/** Beside a cache found damaged mid-run: its next opening checks every page. */
function suspectMark(path: string): string {
  return `${path}-suspect`;
}

/** Answers to word-pair questions that depend on the pair and the code only, kept from run to run (see ResultCache.guesses). */
const GUESS_TABLE = 'CREATE TABLE IF NOT EXISTS verb_guesses (scope TEXT NOT NULL, pair TEXT NOT NULL, answer TEXT NOT NULL, PRIMARY KEY (scope, pair)) WITHOUT ROWID';

/** The files SQLite and the cache keep beside the cache file, by the suffix of their names. */
export const CACHE_SIDE_FILES = ['-wal', '-shm', '-suspect'];

/** Opens the cache; `unclosed`: not as a clean close leaves it (decided before SQLite applies or removes its log). */
function open(path: string, unclosed: boolean): Db {
  const fullCheck = unclosed || existsSync(suspectMark(path));
  let db: Db;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    // Not a damaged file but a place we cannot write: that is the user's to fix.
    throw new ComptaxError('cache', `cannot open cache ${path}: ${(e as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    // better-sqlite3 builds SQLite with a 16 MB page cache; a run writes ~13 KB a posting (67 MB for
    // 5,000) and reads each row once, so the cache filled up with pages never read again and held
    // its 16 MB, on top of the workers, until the run's end. SQLite's own default, 2 MB, holds the
    // index pages a lookup walks.
    db.pragma(`cache_size = -${PAGE_CACHE_KB}`);
    // quick_check reads the whole file (seconds for a cache of 100,000 postings): only for a file a
    // clean close did not leave, or one marked damaged.
    if (fullCheck) {
      const check = db.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
      rmSync(suspectMark(path), { force: true });
    }
    // Created inside a write transaction: two runs opening a new shared cache at once must not both create it.
    db.transaction(() => {
      const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
      if (tables.size === 0) {
        db.exec(`
          CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE results (key TEXT PRIMARY KEY, reply TEXT NOT NULL);
          INSERT INTO meta VALUES ('tool', 'comptax'), ('schema', '${SCHEMA_VERSION}');
        `);
        db.exec(REDUCE_TABLES);
        db.exec(GUESS_TABLE);
        return;
      }
      if (!tables.has('meta') || !tables.has('results')) throw new Error('not a comptax cache');
      const meta = new Map((db.prepare('SELECT name, value FROM meta').all() as { name: string; value: string }[]).map((r) => [r.name, r.value]));
      if (meta.get('tool') !== 'comptax') throw new Error('not a comptax cache');
      if (meta.get('schema') !== String(SCHEMA_VERSION)) throw new Error(`schema version ${meta.get('schema')}, expected ${SCHEMA_VERSION}`);
      // Added without a schema change: an older build opening this cache simply ignores them.
      db.exec(REDUCE_TABLES);
      db.exec(GUESS_TABLE);
    }).immediate();
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
