// npm run bench: throughput and memory of the whole pipeline (1 and 2 workers, 1,000 and 5,000
// postings), of `comptax run` on 5,000 real postings, then each stage's own benchmark. Bars from the
// issues are checked and printed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_ENV, RUN_V8_FLAGS } from '../src/cli/relaunch.js';
import { benchClean } from './clean.js';
import { dataDir } from './eval/data.js';
import { benchExtract } from './extract.js';
import { generateCorpus } from './generate.js';
import { recombinedCorpus } from './recombine.js';
import { benchIngest } from './ingest.js';
import { benchTaxonomy } from './taxonomy.js';

const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const workerCounts = [1, 2];

interface Measure {
  documents: number;
  failed: number;
  mentions: number;
  competencies: number;
  seconds: number;
  /** Wall time of the map phase (workers started, documents processed), without taxonomy and export. */
  mapSeconds: number;
  peakRssMb: number;
  /** SHA-256 of the run's output files but its manifest (which holds timings) and cache: equal for every run of a corpus. */
  outputs: string;
}

const DIST = (path: string) => JSON.stringify(new URL(`../dist/${path}`, import.meta.url).href);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

// One measured run in a fresh plain node process on the built library, so that peak memory (RSS,
// workers included) is the run's own and not that of a TypeScript loader. It loads the two modules
// `comptax run` loads: the library's index would also load ingest, clean and extract into the
// main thread (about 60 MB that a run only needs in its workers).
const CHILD = `
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipeline } from ${DIST('pipeline/config.js')};
import { runPipeline } from ${DIST('pipeline/run.js')};
const [corpus, out, workers] = process.argv.slice(1);
const t0 = performance.now();
const s = await runPipeline({ inputs: [corpus], out, pipeline: loadPipeline(), workers: Number(workers), progress: false });
const seconds = (performance.now() - t0) / 1000;
const mapSeconds = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).timings.mapWallMs / 1000;
console.log(JSON.stringify({ ...s, seconds, mapSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

/**
 * Runs a script in a fresh node process with the V8 flags and environment of a run's own process (as `comptax run` relaunches
 * itself: the CLI run below then is the process measured); its last line of output. `stderr: 'pipe'` keeps a
 * CLI's summary line out of the report (it is in the error when the run fails).
 */
function node(script: string, args: string[], stderr: 'inherit' | 'pipe' = 'inherit'): string {
  const stdout = execFileSync(process.execPath, [...RUN_V8_FLAGS, '--input-type=module', '-e', script, ...args], {
    encoding: 'utf8',
    env: { ...RUN_ENV, ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', stderr],
  });
  return stdout.trim().split('\n').pop()!;
}

function outputsDigest(out: string): string {
  const hash = createHash('sha256');
  // (Not the cache's folder: a store of what was computed, not an output.)
  for (const f of readdirSync(out, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (f.isFile() && f.name !== 'manifest.json') hash.update(f.name).update(readFileSync(join(out, f.name)));
  }
  return hash.digest('hex');
}

/** One run of `script` (CHILD, or CLI_RUN below) on the corpus, into a fresh output folder. */
function measureOnce(corpus: string, workers: number, script = CHILD): Measure {
  const out = mkdtempSync(join(tmpdir(), 'comptax-bench-'));
  try {
    const m = JSON.parse(node(script, [corpus, out, String(workers)], script === CHILD ? 'inherit' : 'pipe')) as Omit<Measure, 'outputs'>;
    return { ...m, outputs: outputsDigest(out) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bar = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/**
 * The machine is a shared VM whose speed drifts by 10-20% from one run to the next: each
 * configuration runs REPEATS times, interleaved with the others, and its median counts.
 */
function measureAll(corpus: string, workerCounts: number[], script = CHILD): Map<number, Measure> {
  const runs = new Map<number, Measure[]>(workerCounts.map((w) => [w, []]));
  for (let r = 0; r < REPEATS; r++) for (const w of workerCounts) runs.get(w)!.push(measureOnce(corpus, w, script));
  // Determinism: which documents a worker read before another (and so what its memos hold) changes from run to run.
  const digests = new Set([...runs.values()].flat().map((m) => m.outputs));
  console.log(`  outputs of all ${REPEATS * workerCounts.length} runs on ${corpus} (${workerCounts.join(' and ')} workers) byte-identical: ${bar(digests.size === 1)}`);
  return new Map(
    [...runs].map(([w, ms]) => [w, { ...ms[0], seconds: median(ms.map((m) => m.seconds)), mapSeconds: median(ms.map((m) => m.mapSeconds)), peakRssMb: median(ms.map((m) => m.peakRssMb)) }]),
  );
}

// The ceiling for any design on this machine: the same per-document work (ingest → extract and the
// fingerprints, exactly what a worker runs, with a run's thread flags) in one thread, then split over
// two threads, with no pool, no main-thread work and no output. How much two threads gain over one
// here is a property of the machine and of the work, not of the pipeline around it.
const CEILING = `
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { setThreadFlags } from ${DIST('pipeline/pool.js')};
const [corpus, threads] = [process.argv[1], Number(process.argv[2])];
const files = readdirSync(corpus).sort().map((f) => ({ path: resolve(corpus, f), relPath: f }));
setThreadFlags();
// An eval'd worker is an ES module here, as its parent is.
// Timed from when every thread has loaded its modules, as a run's map is (its threads start before it).
const code = \`
import { workerData, parentPort } from 'node:worker_threads';
import { once } from 'node:events';
const { loadPipeline } = await import(${DIST('pipeline/config.js')});
const { analyzeFile, summarize } = await import(${DIST('pipeline/analyze.js')});
const p = loadPipeline();
const stages = { ingest: p.ingest, clean: p.clean, segment: p.segment, extract: p.extract };
parentPort.postMessage('ready');
await once(parentPort, 'message');
for (const f of workerData) summarize(f, await analyzeFile(f, stages));
\`;
// Every other file to each thread: a corpus's halves need not take the same time.
const workers = Array.from({ length: threads }, (_, i) => new Worker(code, { eval: true, workerData: files.filter((_, k) => k % threads === i), resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 } }));
const done = workers.map((w) => once(w, 'exit'));
await Promise.all(workers.map((w) => once(w, 'message')));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (const w of workers) w.postMessage('go');
await Promise.all(done);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ docsPerSecond: files.length / seconds, cores: (cpu.user + cpu.system) / 1e6 / seconds }));
`;
/** One run of the ceiling's work on `corpus` over `threads` threads. */
function ceilingRun(corpus: string, threads: number): { docsPerSecond: number; cores: number } {
  return JSON.parse(node(CEILING, [corpus, String(threads)]));
}

/** The ceiling's rate with `threads` threads on `corpus`: the median of REPEATS runs. */
function ceilingRate(corpus: string, threads: number): number {
  return median(Array.from({ length: REPEATS }, () => ceilingRun(corpus, threads).docsPerSecond));
}

function machineCeiling(corpus: string): number {
  const runs = new Map<number, { docsPerSecond: number; cores: number }[]>([[1, []], [2, []]]);
  for (let r = 0; r < REPEATS; r++) for (const t of [1, 2]) runs.get(t)!.push(ceilingRun(corpus, t));
  const [one, two] = [1, 2].map((t) => ({ rate: median(runs.get(t)!.map((x) => x.docsPerSecond)), cores: median(runs.get(t)!.map((x) => x.cores)) }));
  console.log(`machine ceiling: a worker's own work on ${corpus}, with no pool around it`);
  console.log(`  1 thread  ${one.rate.toFixed(0)} docs/s, keeping ${one.cores.toFixed(2)} cores busy (V8's collector and compiler threads run beside it)`);
  console.log(`  2 threads ${two.rate.toFixed(0)} docs/s, keeping ${two.cores.toFixed(2)} cores busy: ${(two.rate / one.rate).toFixed(2)}x`);
  return two.rate / one.rate;
}

// What the machine gives a second thread when work leaves the core's own cache: buffers copied over
// and over, sized to fit in a core's L2, in the shared L3, or only in memory. Work that allocates as
// much as JavaScript does (a worker allocates ~700 KB per posting) lives in the second and third rows.
const BANDWIDTH = `
import { Worker } from 'node:worker_threads';
const code = \`
import { parentPort, workerData } from 'node:worker_threads';
const n = workerData << 20;
const a = Buffer.alloc(n, 1);
const b = Buffer.alloc(n, 2);
const t = performance.now();
let bytes = 0;
while (performance.now() - t < 1500) { a.copy(b); bytes += n; a[bytes % n] ^= b[(bytes * 7) % n]; }
parentPort.postMessage(bytes / ((performance.now() - t) / 1000) / 1e9);
\`;
const run = (threads, mb) => Promise.all(Array.from({ length: threads }, () => new Promise((res) => new Worker(code, { eval: true, workerData: mb }).once('message', res))));
const rows = [];
for (const mb of [1, 16, 256]) rows.push({ mb, one: (await run(1, mb))[0], two: (await run(2, mb)).reduce((x, y) => x + y) });
console.log(JSON.stringify(rows));
`;
function memoryBandwidth(): void {
  console.log('memory bandwidth: one buffer copied into another, 1 thread, then 2 at once');
  for (const { mb, one, two } of JSON.parse(node(BANDWIDTH, [])) as { mb: number; one: number; two: number }[]) {
    console.log(`  ${String(mb).padStart(3)} MB buffers: 1 thread ${one.toFixed(1)} GB/s, 2 threads ${two.toFixed(1)} GB/s together: ${(two / one).toFixed(2)}x`);
  }
}

const results: Record<string, Measure> = {};
console.log(`pipeline (synthetic .txt postings, ~450 words each; median of ${REPEATS} interleaved runs)`);
console.log('docs/s: end to end (start-up, map, taxonomy, export) and of the map phase alone');
console.log('postings  workers  docs/s  map docs/s  peak RSS MB  mentions  competencies  failed');
for (const size of sizes) {
  const dir = join('.bench', `corpus-${size}`);
  if (!existsSync(join(dir, `posting-${String(size - 1).padStart(6, '0')}.txt`))) generateCorpus(dir, size);
  for (const [w, m] of measureAll(dir, workerCounts)) {
    results[`${size}/${w}`] = m;
    console.log(
      `${String(size).padStart(8)}  ${String(w).padStart(7)}  ${(m.documents / m.seconds).toFixed(1).padStart(6)}  ${(m.documents / m.mapSeconds).toFixed(1).padStart(10)}  ${m.peakRssMb.toFixed(0).padStart(11)}  ${String(m.mentions).padStart(8)}  ${String(m.competencies).padStart(12)}  ${String(m.failed).padStart(6)}`,
    );
  }
}
const largest = Math.max(...sizes);
const smallest = Math.min(...sizes);
const speedup = results[`${largest}/1`].seconds / results[`${largest}/2`].seconds;
const mapSpeedup = results[`${largest}/1`].mapSeconds / results[`${largest}/2`].mapSeconds;
console.log('');
memoryBandwidth();
const ceiling = machineCeiling(join('.bench', `corpus-${largest}`));
console.log(`speed-up 2 workers vs 1 at ${largest} postings, end to end: ${speedup.toFixed(2)}x (bar >= 1.7x: ${bar(speedup >= 1.7)})`);
console.log(`speed-up 2 workers vs 1 at ${largest} postings, map phase: ${mapSpeedup.toFixed(2)}x (bar >= 1.7x: ${bar(mapSpeedup >= 1.7)})`);
if (ceiling > 1.05) console.log(`  the map phase reaches ${((100 * (mapSpeedup - 1)) / (ceiling - 1)).toFixed(0)}% of the gain the machine ceiling allows (${ceiling.toFixed(2)}x)`);
else console.log(`  the machine itself gave a second thread no gain during this run (ceiling ${ceiling.toFixed(2)}x)`);
const peak = (size: number) => results[`${size}/2`].peakRssMb;
if (largest !== smallest) {
  const ratio = peak(largest) / peak(smallest);
  const verdict = smallest === 1000 && largest === 5000 ? ` (bar <= 1.3x: ${bar(ratio <= 1.3)})` : '';
  console.log(`peak memory ${largest} vs ${smallest} postings (2 workers): ${ratio.toFixed(2)}x${verdict}`);
}
// With more sizes, each against the next smaller one: past warm-up (a worker's heap settles after a
// few thousand postings) memory should not move at all.
const ordered = [...new Set(sizes)].sort((a, b) => a - b);
if (ordered.length > 2) {
  for (let i = 1; i < ordered.length; i++) console.log(`  ${ordered[i]} vs ${ordered[i - 1]}: ${(peak(ordered[i]) / peak(ordered[i - 1])).toFixed(2)}x`);
}

// Real postings, as the extraction issue's speed bar is set: `comptax run` itself (its default cache
// included, in a fresh output folder) on 5,000 postings recombined from the annotated real ones
// (bench/recombine.ts; `BENCH_REAL` to change the number, 0 to skip), with 2 workers. Recombined from
// ~290 postings, they repeat most of their wordings (~6,000 distinct competencies): a real archive
// names far more, and the reduce's time and memory grow with them. So the same postings are measured
// again with real O*NET task statements added, each used once (`BENCH_TASKS`, tasks per posting for
// each measure, default "0,6": ~18,000 distinct competencies with 6).
const CLI_RUN = `
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const [corpus, out, workers] = process.argv.slice(1);
const t0 = performance.now();
process.argv = [process.argv[0], 'comptax', 'run', corpus, '--out', out, '--workers', workers];
process.on('exit', () => {
  const { counts, timings } = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  console.log(JSON.stringify({ ...counts, seconds: (performance.now() - t0) / 1000, mapSeconds: timings.mapWallMs / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
});
await import(${DIST('cli/main.js')});
`;
const realCount = Number(process.env.BENCH_REAL ?? 5000);
const data = dataDir();
if (realCount > 0 && data) {
  const annotated = join(data, 'annotated');
  const sources = readdirSync(annotated).map((d) => join(annotated, d, 'postings')).filter((d) => existsSync(d)).sort();
  const taskFile = join(data, 'onet-30.2', 'Task Statements.txt');
  for (const tasks of (process.env.BENCH_TASKS ?? '0,6').split(',').map(Number)) {
    if (tasks && !existsSync(taskFile)) {
      console.log(`\nreal postings with O*NET tasks: ${taskFile} not found: skipped`);
      continue;
    }
    const dir = recombinedCorpus(realCount, { sources, tasks: tasks ? { file: taskFile, perPosting: tasks } : undefined });
    const m = measureAll(dir, [2], CLI_RUN).get(2)!;
    const added = tasks ? `, ${tasks} O*NET tasks added to each` : '';
    console.log(`\n\`comptax run\` on ${realCount} real postings recombined from ${sources.length} annotated sets${added}, 2 workers (median of ${REPEATS})`);
    console.log(`  ${(m.documents / m.seconds).toFixed(1)} docs/s end to end (bar >= 180: ${bar(m.documents / m.seconds >= 180)}), map phase ${(m.documents / m.mapSeconds).toFixed(1)} docs/s, ${m.competencies} competencies`);
    console.log(`  peak RSS ${m.peakRssMb.toFixed(0)} MB (bar <= 400: ${bar(m.peakRssMb <= 400)})`);
    // What the bar asks of the run's parts on this machine: the map can hardly beat the same work on two bare threads,
    // and the time outside it (start-up, taxonomy, exports, report) runs mostly on one core.
    if (tasks) continue;
    const ceiling = ceilingRate(dir, 2);
    const tail = m.seconds - m.mapSeconds;
    console.log(`  machine ceiling for the map: the same per-document work on 2 bare threads ${ceiling.toFixed(1)} docs/s (the map reached ${((100 * m.documents) / m.mapSeconds / ceiling).toFixed(0)}% of it)`);
    const mapBudget = m.documents / 180 - tail;
    const needed = mapBudget > 0 ? `a map of ${(m.documents / mapBudget).toFixed(1)} docs/s or faster` : 'no map fast enough';
    console.log(`  outside the map ${tail.toFixed(1)} s (start-up, taxonomy, exports, report): 180 docs/s end to end needs ${needed}`);
  }
} else if (realCount > 0) console.log('\nreal postings: no annotated data found (../shared/data or COMPTAX_DATA): skipped');

// PDF and DOCX through the whole pipeline: the rendered corpus files, copied to 600 of each format
// (enough that loading pdf.js once per worker does not dominate).
function renderedCorpus(ext: string, count: number): string {
  const dir = join('.bench', `corpus-${ext}-${count}`);
  const sources = readdirSync('corpus').filter((f) => f.endsWith(`.${ext}`)).sort();
  if (!existsSync(join(dir, `${String(count - 1).padStart(4, '0')}.${ext}`))) {
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) copyFileSync(join('corpus', sources[i % sources.length]), join(dir, `${String(i).padStart(4, '0')}.${ext}`));
  }
  return dir;
}
console.log('\nPDF and DOCX postings through the whole pipeline (rendered corpus files, 600 of each)');
console.log('format  workers  docs/s  map docs/s');
for (const ext of ['pdf', 'docx']) {
  for (const w of workerCounts) {
    const m = measureOnce(renderedCorpus(ext, 600), w);
    console.log(`${ext.padEnd(6)}  ${String(w).padStart(7)}  ${(m.documents / m.seconds).toFixed(1).padStart(6)}  ${(m.documents / m.mapSeconds).toFixed(1).padStart(10)}`);
  }
}

// Per-stage benchmarks, each on one core of this process, with the bars from the issues.
const stages: [string, () => Promise<Record<string, number>>, (r: Record<string, number>) => string][] = [
  ['ingest (PDF, DOCX; pdftotext as reference where installed)', () => benchIngest({ n: 200 }), () => ''],
  ['clean', () => benchClean(), (r) => `clean MB/s >= 2: ${bar(r.clean_mb_per_s >= 2)}`],
  ['segment + extract', () => benchExtract(), (r) => `postings/s >= 100: ${bar(r['extract.postingsPerSecond'] >= 100)}`],
  ['taxonomy (100,000 mentions)', () => benchTaxonomy(), (r) => `under 30 s: ${bar(r.taxonomySeconds < 30)}`],
];
for (const [name, run, check] of stages) {
  const r = await run();
  console.log(`\n${name}`);
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(40)} ${Number.isInteger(v) ? v : v.toFixed(3)}`);
  const verdict = check(r);
  if (verdict) console.log(`  ${verdict}`);
}
