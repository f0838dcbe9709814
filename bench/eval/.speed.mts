import { analyzeFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const pipeline = loadPipeline();
const files: string[] = [];
for (const d of readdirSync('/tmp/real')) for (const f of readdirSync(join('/tmp/real', d))) files.push(join('/tmp/real', d, f));
const tot: Record<string, number> = { ingest: 0, clean: 0, segment: 0, extract: 0 };
let chars = 0;
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  for (const k in tot) tot[k] = 0;
  chars = 0;
  for (const f of files) {
    const r = await analyzeFile(await sourceFileOf(f), pipeline);
    for (const k in tot) tot[k] += (r.timings as any)[k];
    chars += r.clean.text.length;
  }
  const ms = performance.now() - t0;
  console.log(`round ${round}: ${files.length} docs ${(ms / files.length).toFixed(1)} ms/doc, avg ${(chars / files.length).toFixed(0)} chars`, Object.fromEntries(Object.entries(tot).map(([k, v]) => [k, (v / files.length).toFixed(2)])));
}
