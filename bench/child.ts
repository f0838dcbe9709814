// One measured run in a fresh process, so that peak memory (RSS, workers included) is its own.
// Usage: node bench/child.js <corpus> <out> <workers>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPipeline, runPipeline } from '../dist/index.js';

const [corpus, out, workers] = process.argv.slice(2);
const t0 = performance.now();
const s = await runPipeline({ inputs: [corpus], out, pipeline: loadPipeline(), workers: Number(workers), progress: false });
const seconds = (performance.now() - t0) / 1000;
const mapSeconds = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).timings.mapWallMs / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ documents: s.documents, failed: s.failed, mentions: s.mentions, competencies: s.competencies, seconds, mapSeconds, peakRssMb })}\n`);
