import { analyzeFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
const [file, ...offs] = process.argv.slice(2);
const r = await analyzeFile(await sourceFileOf(file), loadPipeline());
const t = r.clean.text;
for (const o of offs.map(Number)) {
  const sec = r.segmented.sections.find((s: any) => s.start <= o && o < s.end);
  console.log(`--- ${o} [${sec?.kind} "${sec?.heading ?? ''}"]\n` + t.slice(Math.max(0, o - 250), o) + '⟦' + t.slice(o, o + 200) + '\n');
}
