import { readFileSync } from 'node:fs';
import { loadPipeline } from '../../src/pipeline/config.js';
import { loadVocabulary } from '../../src/vocabulary/index.js';
import { occupationMatcher } from '../../src/taxonomy/occupations.js';
const { taxonomy } = loadPipeline();
const v = loadVocabulary(taxonomy.vocabularyFile!);
const m = occupationMatcher(v, taxonomy);
const titles = [...new Set(readFileSync('/tmp/titles.txt', 'utf8').split('\n').filter(Boolean))];
for (const t of titles) { const o = m(t); if (o) console.log(o.score.toFixed(2), '|', t, '=>', o.label); }
