// Learns which vocabulary labels are too generic to be knowledge mentions on their own, from the
// train sets only (hahu-train, skillspan-train-mentions, skillspan-train): every label the knowledge
// rule would take there, and how often it is (part of) a gold mention. A label seen at least
// MIN_SEEN times that is gold less than MAX_PRECISION of the time is blocked.
// Writes pipelines/extract/vocabulary-filter.json. Reads `$COMPTAX_DATA` (default ../shared/data).
//   node --import tsx scripts/learn-vocabulary-filter.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, readGold } from '../bench/eval/data.js';
import { overlapF1 } from '../bench/eval/score.js';
import { namesFor } from '../src/extract/names.js';
import { namesKnowledge } from '../src/extract/name-lists.js';
import { SILENT } from '../src/extract/sections.js';
import { analyzeFile } from '../src/pipeline/analyze.js';
import { loadPipeline } from '../src/pipeline/config.js';
import { sourceFileOf } from '../src/pipeline/source.js';

const TRAIN = ['hahu-train', 'skillspan-train-mentions', 'skillspan-train'];
const MIN_SEEN = 3;
const MAX_PRECISION = 0.34;

const data = dataDir();
if (!data) throw new Error('no shared data: set COMPTAX_DATA to the folder holding annotated/');
const pipeline = loadPipeline();
const names = namesFor(pipeline.extract);
if (!names) throw new Error('the pipeline names no vocabulary');

const seen = new Map<string, { n: number; gold: number }>();
for (const set of TRAIN) {
  for (const posting of readGold(join(data, 'annotated', set))) {
    const gold = posting.items.filter((i) => i.kind === 'knowledge').map((i) => i.text);
    const { segmented, clean } = await analyzeFile(await sourceFileOf(posting.path), pipeline);
    for (const section of segmented.sections) {
      if (SILENT.has(section.kind)) continue;
      for (const item of section.items) {
        const text = clean.text.slice(item.start, item.end);
        for (const m of names.matcher.match(text)) {
          // Tools are names by nature: never blocked.
          if (!namesKnowledge(text, m) || m.value === 'tool') continue;
          const s = seen.get(m.key) ?? { n: 0, gold: 0 };
          s.n++;
          if (gold.some((g) => overlapF1(m.text, g) >= 0.5)) s.gold++;
          seen.set(m.key, s);
        }
      }
    }
  }
}
const blocked = [...seen].filter(([, s]) => s.n >= MIN_SEEN && s.gold / s.n < MAX_PRECISION).map(([k]) => k).sort();
const file = join(new URL('..', import.meta.url).pathname, 'pipelines/extract/vocabulary-filter.json');
writeFileSync(
  file,
  `${JSON.stringify({ $comment: 'Vocabulary labels that never give a knowledge mention on their own; written by scripts/learn-vocabulary-filter.ts from the train sets.', blocked }, null, 1)}\n`,
);
console.log(`${blocked.length} of ${seen.size} labels blocked → ${file}`);
