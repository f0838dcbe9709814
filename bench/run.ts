// npm run bench: throughput and memory of the whole pipeline (1 and 2 workers, 1,000 and 5,000
// postings), then each stage's own benchmark. Bars from the issues are checked and printed.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchClean } from './clean.js';
import { benchExtract } from './extract.js';
import { generateCorpus } from './generate.js';
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
}

// One measured run in a fresh plain node process on the built library, so that peak memory (RSS,
// workers included) is the run's own and not that of a TypeScript loader.
const CHILD = `
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipeline, runPipeline } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
const [corpus, out, workers] = process.argv.slice(1);
const t0 = performance.now();
const s = await runPipeline({ inputs: [corpus], out, pipeline: loadPipeline(), workers: Number(workers), progress: false });
const seconds = (performance.now() - t0) / 1000;
const mapSeconds = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).timings.mapWallMs / 1000;
console.log(JSON.stringify({ ...s, seconds, mapSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

function measure(corpus: string, workers: number): Measure {
  const out = mkdtempSync(join(tmpdir(), 'comptax-bench-'));
  try {
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, corpus, out, String(workers)], {
      encoding: 'utf8',
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
      maxBuffer: 1 << 20,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Measure;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// What the machine itself gives two busy JavaScript threads: the segment + extract benchmark in one
// process, then in two at once. The workers' speed-up can be no better than this ratio.
async function machineScaling(): Promise<number> {
  const run = async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', new URL('./extract.ts', import.meta.url).pathname], {
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    });
    return Number(/postingsPerSecond['"]?:\s*(\d+)/.exec(stdout)?.[1]);
  };
  const alone = await run();
  const together = (await Promise.all([run(), run()])).reduce((a, b) => a + b, 0);
  console.log(`machine: segment + extract in one process ${alone}/s, in two processes at once ${together}/s together: ${(together / alone).toFixed(2)}x`);
  return together / alone;
}
const machine = await machineScaling();

const results: Record<string, Measure> = {};
console.log('pipeline (synthetic .txt postings, ~450 words each)');
console.log('docs/s: end to end (start-up, map, taxonomy, export) and of the map phase alone');
console.log('postings  workers  docs/s  map docs/s  peak RSS MB  mentions  competencies  failed');
for (const size of sizes) {
  const dir = join('.bench', `corpus-${size}`);
  if (!existsSync(join(dir, `posting-${String(size - 1).padStart(6, '0')}.txt`))) generateCorpus(dir, size);
  for (const w of workerCounts) {
    const m = measure(dir, w);
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
const memRatio = results[`${largest}/2`].peakRssMb / results[`${smallest}/2`].peakRssMb;
const bar = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
console.log(`\nspeed-up 2 workers vs 1 at ${largest} postings, end to end: ${speedup.toFixed(2)}x (bar >= 1.7x: ${bar(speedup >= 1.7)})`);
console.log(`speed-up 2 workers vs 1 at ${largest} postings, map phase: ${mapSpeedup.toFixed(2)}x (bar >= 1.7x: ${bar(mapSpeedup >= 1.7)})`);
console.log(`  (two independent processes on this machine reach ${machine.toFixed(2)}x: the ceiling for any design here)`);
if (largest !== smallest) {
  console.log(`peak memory ${largest} vs ${smallest} postings (2 workers): ${memRatio.toFixed(2)}x (bar <= 1.3x: ${bar(memRatio <= 1.3)})`);
}

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
    const m = measure(renderedCorpus(ext, 600), w);
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
