import { analyzeFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import { readGold } from './data.js';
import { match } from './score.js';
import { writeFileSync } from 'node:fs';
const set = process.argv[2];
const pipeline = loadPipeline();
const rows: string[] = [];
for (const g of readGold('/work/shared/data/annotated/' + set)) {
  const { mentions } = await analyzeFile(await sourceFileOf(g.path), pipeline);
  for (const kind of ['duty', 'skill', 'knowledge', 'qualification'] as const) {
    const gold = g.items.filter((i: any) => i.kind === kind).map((i: any) => i.text);
    const ms = mentions.filter((m) => m.kind === kind);
    const texts = [...new Set(ms.map((m) => m.text))];
    const res = match(texts, gold, 'loose');
    const fp = new Set(res.fp);
    const anyGold = g.items.map((i: any) => i.text);
    for (const t of texts) {
      const m = ms.find((x) => x.text === t)!;
      const otherKind = fp.has(t) && match([t], anyGold, 'loose').tp > 0;
      rows.push([set, g.path.split('/').pop(), kind, fp.has(t) ? (otherKind ? 'KIND' : 'FP') : 'TP', m.confidence, m.section, JSON.stringify(t)].join('\t'));
    }
  }
}
writeFileSync(`/tmp/an/${set}.tsv`, rows.join('\n') + '\n');
