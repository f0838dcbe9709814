// report.html at scale: build time and size for a generated corpus of each size, and how long the
// page takes to open headless until every chart has drawn (bars of issue 14: ≤ 10 MB at 10,000
// postings, opens in < 3 s). `BENCH_SIZES` to change the sizes (default 5000,10000).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeReport } from '../src/export/report/index.js';
import { loadPipeline } from '../src/pipeline/config.js';
import { runPipeline } from '../src/pipeline/run.js';
import { generateCorpus } from './generate.js';

const sizes = (process.env.BENCH_SIZES ?? '5000,10000').split(',').map(Number);
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const bar = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
console.log('report.html (synthetic .txt postings; build = comptax report, open = load until every chart has drawn, median of 3)');
console.log('postings  mentions  competencies  build s  size MB  open s');
try {
  for (const size of sizes) {
    const corpus = join('.bench', `corpus-${size}`);
    if (!existsSync(join(corpus, `posting-${String(size - 1).padStart(6, '0')}.txt`))) generateCorpus(corpus, size);
    const out = resolve('.bench', `report-${size}`);
    mkdirSync(out, { recursive: true });
    const s = await runPipeline({ inputs: [corpus], out, pipeline: loadPipeline(), workers: 2, progress: false });
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
      `${String(size).padStart(8)}  ${String(s.mentions).padStart(8)}  ${String(s.competencies).padStart(12)}  ${median(builds).toFixed(2).padStart(7)}  ${mb.toFixed(2).padStart(7)}  ${median(opens).toFixed(2).padStart(6)}`,
    );
    if (size === 10000) console.log(`  size at 10,000 postings: ${mb.toFixed(2)} MB (bar <= 10 MB: ${bar(mb <= 10)})`);
    if (size === 5000) console.log(`  open at 5,000 postings: ${median(opens).toFixed(2)} s (bar < 3 s: ${bar(median(opens) < 3)})`);
  }
} finally {
  await browser.close();
}
