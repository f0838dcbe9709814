import { analyzeFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import { readGold } from './data.js';
import { match, distinct, addTally, prf } from './score.js';
const set = process.argv[2];
const pipeline = loadPipeline();
const rows = [{ gold: ['skill'], pred: ['duty', 'skill'] }, { gold: ['knowledge'], pred: ['knowledge'] }];
const t = [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }];
for (const g of readGold('/work/shared/data/annotated/' + set)) {
  const { mentions, segmented, clean } = await analyzeFile(await sourceFileOf(g.path), pipeline);
  rows.forEach((r, i) => {
    const gold = g.items.filter((x: any) => r.gold.includes(x.kind)).map((x: any) => x.text);
    const pred = distinct(mentions.filter((m) => r.pred.includes(m.kind)).map((m) => m.text));
    const res = match(pred, gold, 'loose');
    addTally(t[i], res);
    for (const x of res.fn) {
      const at = clean.text.toLowerCase().indexOf(x.toLowerCase());
      const sec = at < 0 ? '?' : segmented.sections.find((s: any) => s.start <= at && at < s.end)?.kind;
      console.log(`FN\t${r.gold[0]}\t${sec}\t${x}`);
    }
    for (const x of res.fp) console.log(`FP\t${r.gold[0]}\t${mentions.find((m) => m.text === x)?.section}\t${x}`);
  });
}
console.error(t.map((x) => prf(x)));
