// report.html at scale: build time and size for a generated corpus of each size, and how long the
// page takes to open headless until every chart has drawn (bars of issue 14: ≤ 10 MB at 10,000
// postings, opens in < 3 s). `BENCH_SIZES` to change the sizes (default 5000,10000).
// The generated postings share a few dozen competencies; real postings have many more, mostly
// mentioned once. So the real annotated postings (/work/shared/data, or COMPTAX_DATA) are also run once and their output
// files copied, under new ids, up to each size: a worst case where no two copies share a competency.
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { openCsv } from '../src/export/csv.js';
import { writeReport } from '../src/export/report/index.js';
import { forEachRow } from '../src/export/report/read-csv.js';
import { loadPipeline } from '../src/pipeline/config.js';
import { runPipeline } from '../src/pipeline/run.js';
import { generateCorpus } from './generate.js';

const sizes = (process.env.BENCH_SIZES ?? '5000,10000').split(',').map(Number);
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const bar = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const REAL = process.env.COMPTAX_DATA ?? '/work/shared/data/annotated';

/** The output folder of a run over `realOut`'s postings, copied `times` times under new ids. */
async function scaleOutput(realOut: string, out: string, times: number): Promise<void> {
  mkdirSync(out, { recursive: true });
  for (const f of ['errors.csv', 'manifest.json']) cpSync(join(realOut, f), join(out, f));
  const ids = ['doc_id', 'duplicate_of', 'competency_id'];
  for (const f of ['documents.csv', 'roles.csv', 'taxonomy.csv']) {
    const rows: Record<string, string>[] = [];
    const headers = await forEachRow(join(realOut, f), (r) => rows.push(r));
    const csv = openCsv(join(out, f), headers);
    for (let k = 0; k < times; k++) {
      for (const r of rows) {
        const copy = { ...r };
        for (const c of ids) if (copy[c]) copy[c] = `${copy[c]}x${k}`;
        if (copy.path) copy.path = `copy-${k}/${copy.path}`;
        await csv.write(copy);
      }
    }
    await csv.end();
  }
  const taxonomy = JSON.parse(readFileSync(join(realOut, 'taxonomy.json'), 'utf8'));
  for (const cat of taxonomy.categories) {
    cat.competencies = Array.from({ length: times }, (_, k) =>
      cat.competencies.map((c: { id: string; examples: { docId: string }[] }) => ({ ...c, id: `${c.id}x${k}`, examples: c.examples.map((e) => ({ ...e, docId: `${e.docId}x${k}` })) })),
    ).flat();
  }
  writeFileSync(join(out, 'taxonomy.json'), JSON.stringify(taxonomy));
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
async function measure(label: string, size: number, out: string, competencies: number): Promise<void> {
    const builds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await writeReport(out);
      builds.push((performance.now() - t0) / 1000);
    }
    const file = join(out, 'report.html');
    const mb = statSync(file).size / 1024 / 1024;
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
      opens.push((performance.now() - t0) / 1000);
      await page.close();
    }
    console.log(
      `${label.padEnd(10)}${String(size).padStart(8)}  ${String(competencies).padStart(12)}  ${median(builds).toFixed(2).padStart(7)}  ${mb.toFixed(2).padStart(7)}  ${median(opens).toFixed(2).padStart(6)}`,
    );
    if (size === 10000) console.log(`  size at 10,000 postings: ${mb.toFixed(2)} MB (bar <= 10 MB: ${bar(mb <= 10)})`);
    if (size === 5000) console.log(`  open at 5,000 postings: ${median(opens).toFixed(2)} s (bar < 3 s: ${bar(median(opens) < 3)})`);
}

console.log('report.html: build = comptax report, open = load until every chart has drawn (median of 3)');
console.log('corpus    postings  competencies  build s  size MB  open s');
try {
  for (const size of sizes) {
    const corpus = join('.bench', `corpus-${size}`);
    if (!existsSync(join(corpus, `posting-${String(size - 1).padStart(6, '0')}.txt`))) generateCorpus(corpus, size);
    const out = resolve('.bench', `report-${size}`);
    mkdirSync(out, { recursive: true });
    const s = await runPipeline({ inputs: [corpus], out, pipeline: loadPipeline(), workers: 2, progress: false });
    await measure('generated', size, out, s.competencies);
  }
  if (existsSync(REAL)) {
    const realOut = resolve('.bench', 'report-real');
    const inputs = ['skillspan-train', 'skillspan-dev', 'hahu-train', 'hahu-dev'].map((d) => join(REAL, d, 'postings')).filter(existsSync);
    const s = await runPipeline({ inputs, out: realOut, pipeline: loadPipeline(), workers: 2, progress: false });
    for (const size of sizes) {
      const times = Math.ceil(size / s.documents);
      const out = resolve('.bench', `report-real-${size}`);
      await scaleOutput(realOut, out, times);
      await measure('real×' + times, s.documents * times, out, s.competencies * times);
    }
  }
} finally {
  await browser.close();
}
