import { loadPipeline } from '../../src/pipeline/config.js';
import { loadVocabulary } from '../../src/vocabulary/index.js';
import { createLinker } from '../../src/taxonomy/link.js';
import { occupationReference, titleCore } from '../../src/taxonomy/occupations.js';
const { taxonomy } = loadPipeline();
const v = loadVocabulary(taxonomy.vocabularyFile!);
const linker = createLinker(occupationReference(v, taxonomy), taxonomy, { wordnet: new Map(), acronyms: new Map() }, false);
for (const t of process.argv.slice(2)) {
  const core = titleCore(t);
  console.log(t, '=>', core, linker.ranked(core, 'skill').slice(0, 8).map((l) => `${v.occupations[l.concept].label} ${l.score.toFixed(2)}`).join(' | '));
}
