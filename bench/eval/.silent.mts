import { analyzeFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import { readGold } from './data.js';
const set = process.argv[2];
const pipeline = loadPipeline();
const counts: Record<string, number> = {};
for (const g of readGold('/work/shared/data/annotated/' + set)) {
  const { mentions, segmented, clean } = await analyzeFile(await sourceFileOf(g.path), pipeline);
  for (const it of g.items) {
    const at = clean.text.indexOf(it.text);
    if (at < 0) { counts['notfound'] = (counts['notfound'] ?? 0) + 1; continue; }
    const covered = mentions.some((m) => m.start < at + it.text.length && at < m.end);
    const sec = segmented.sections.find((s: any) => s.start <= at && at < s.end);
    const inItem = sec?.items.some((i: any) => i.start <= at && at < i.end);
    const key = `${covered ? 'covered' : 'missed'} ${sec?.kind ?? 'none'}${inItem ? '' : ' (no item)'}`;
    counts[key] = (counts[key] ?? 0) + 1;
    if (!covered && (!inItem || process.env.ALL)) console.log(`${g.path.split('/').pop()}\t${it.kind}\t${sec?.kind}\t${sec?.heading}\t${it.text.slice(0, 90)}`);
  }
}
console.log(Object.entries(counts).sort((a, b) => b[1] - a[1]));
