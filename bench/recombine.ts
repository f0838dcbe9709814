// A benchmark corpus of any size from real text: each posting keeps the skeleton of one real posting
// (its lines, its headings, its one-long-line or sentence-per-line layout) and has about half of its
// sentences swapped for sentences of other real postings of the same source (HaHu with HaHu, SkillSpan
// with SkillSpan), so that its prose, lists and mentions are real ones. Real archives keep naming new
// things as they grow, which a recombination of a few hundred postings does not: optionally, real
// O*NET task statements (duty phrasing written from job analyses) are added, a few per posting, each
// used once, so that the distinct mentions grow with the corpus as they do in a real one.
// Deterministic for the same sources and options; every posting is distinct (its own content hash).
// Only for speed benchmarks: never for tuning quality.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mulberry32 as rng } from './rng.js';

export interface RecombineOptions {
  /** Folders of real postings (.txt). */
  sources: string[];
  /** Share of a posting's sentences swapped for another posting's (0..1). */
  swap?: number;
  /** O*NET `Task Statements.txt`, and how many of its tasks each posting gets (0: none). */
  tasks?: { file: string; perPosting: number };
}

interface Source {
  family: string;
  lines: string[][];
}

/** A line that is a heading or a title: short, not a sentence. Kept where it is. */
function isHeading(line: string): boolean {
  const words = line.trim().split(/\s+/).filter(Boolean);
  return words.length <= 6 && !/[.!?]$/.test(line.trim());
}

/** A line as units: itself when a heading, else its sentences. */
function units(line: string): string[] {
  if (isHeading(line)) return [line];
  return line.split(/(?<=[.!?;])\s+(?=[A-Z<[(•*-])/u).filter((s) => s.trim());
}

function loadSources(dirs: string[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const hash = createHash('sha256').update(text).digest('hex');
      if (seen.has(hash)) continue; // a posting in two sets is one source
      seen.add(hash);
      const family = basename(f).replace(/[-_]?\d+\.txt$/, '');
      out.push({ family, lines: text.split('\n').map(units) });
    }
  }
  return out;
}

function loadTasks(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  return lines.map((l) => l.split('\t')[2]).filter((t): t is string => !!t && t.length > 20);
}

/** Writes `count` postings into `dir` (posting-000000.txt, …). Returns how many were redrawn as repeats. */
export function recombineCorpus(dir: string, count: number, options: RecombineOptions): number {
  const sources = loadSources(options.sources);
  if (!sources.length) throw new Error(`no .txt postings under ${options.sources.join(', ')}`);
  const swap = options.swap ?? 0.5;
  const pools = new Map<string, string[]>();
  for (const s of sources) {
    const pool = pools.get(s.family) ?? [];
    for (const line of s.lines) for (const u of line) if (!isHeading(u) && u.split(/\s+/).length >= 4) pool.push(u);
    pools.set(s.family, pool);
  }
  const tasks = options.tasks && options.tasks.perPosting > 0 ? loadTasks(options.tasks.file) : [];
  // Tasks in a fixed shuffled order, each used once until all are (then again from the start).
  const taskRand = rng(7);
  for (let i = tasks.length - 1; i > 0; i--) {
    const j = Math.floor(taskRand() * (i + 1));
    [tasks[i], tasks[j]] = [tasks[j], tasks[i]];
  }
  let nextTask = 0;
  mkdirSync(dir, { recursive: true });
  const hashes = new Set<string>();
  let redrawn = 0;
  for (let i = 0; i < count; i++) {
    const base = sources[i % sources.length];
    const pool = pools.get(base.family)!;
    // HaHu's layout: a title and one long line of inline headings and sentences.
    const oneLine = base.lines.filter((l) => l.join(' ').trim()).length <= 3;
    for (let attempt = 0; ; attempt++) {
      const rand = rng(i * 7919 + attempt * 104729 + 1);
      const lines = base.lines.map((line) => line.map((u) => (!isHeading(u) && rand() < swap ? pool[Math.floor(rand() * pool.length)] : u)));
      const perPosting = options.tasks?.perPosting ?? 0;
      if (tasks.length && perPosting) {
        // Inline postings: as sentences of their longest line; else as lines after a line of prose.
        const added = Array.from({ length: perPosting }, () => tasks[nextTask++ % tasks.length]);
        if (oneLine) {
          let at = 0;
          lines.forEach((l, k) => (l.length > lines[at].length ? (at = k) : 0));
          lines[at].splice(1 + Math.floor(rand() * lines[at].length), 0, ...added);
        } else {
          const prose = lines.flatMap((l, k) => (l.length && !isHeading(l[0]) && k > 0 ? [k] : []));
          const at = prose.length ? prose[Math.floor(rand() * prose.length)] : lines.length - 1;
          lines.splice(at + 1, 0, ...added.map((t) => [t]));
        }
      }
      const text = lines.map((l) => l.join(' ')).join('\n');
      const hash = createHash('sha256').update(text).digest('hex');
      if (hashes.has(hash)) {
        redrawn++;
        continue;
      }
      hashes.add(hash);
      writeFileSync(join(dir, `posting-${String(i).padStart(6, '0')}.txt`), text);
      break;
    }
  }
  return redrawn;
}

/**
 * The `.bench` folder of `count` postings recombined with these options, made on first use. Its name
 * says what it holds (the count, the tasks a posting, a digest of the sources and options), so that
 * benchmarks recombining other sources never read each other's postings.
 */
export function recombinedCorpus(count: number, options: RecombineOptions): string {
  const digest = createHash('sha256').update(JSON.stringify([options.sources, options.swap ?? 0.5, options.tasks ?? null])).digest('hex').slice(0, 8);
  const dir = join('.bench', `real-${count}-t${options.tasks?.perPosting ?? 0}-${digest}`);
  if (!existsSync(join(dir, `posting-${String(count - 1).padStart(6, '0')}.txt`))) recombineCorpus(dir, count, options);
  return dir;
}
