// Analyses the bundled vocabulary's labels with the default pipeline's lexicon and stores them
// beside it (pipelines/vocabulary/vocabulary.index.json.gz), so that a run does not spend seconds on
// it. A run with another lexicon or vocabulary analyses its labels itself. Run after any change to
// the vocabulary, the synonyms file or the analysis (a test fails while the stored index is stale).
// The same file keeps the occupation profiles (occupation-profiles.ts), the vocabulary's alone.
// Also stores the name index extraction reads in every worker thread (vocabulary.names.json.gz).
//   npm run linker-index
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { encodeNames, namesFileOf } from '../src/extract/name-index.js';
import { loadPipeline } from '../src/pipeline/config.js';
import { buildStoredIndex } from '../src/taxonomy/bundled.js';
import { indexFileOf } from '../src/taxonomy/label-index.js';

const { taxonomy, extract } = loadPipeline();
if (!taxonomy.vocabularyFile) throw new Error('the default pipeline names no vocabulary');
const json = JSON.stringify(buildStoredIndex(taxonomy));
const file = indexFileOf(taxonomy.vocabularyFile);
writeFileSync(file, gzipSync(json, { level: 9 }));
console.log(`label index: ${(json.length / 1e6).toFixed(1)} MB JSON → ${file}`);

if (extract.vocabulary) {
  const names = JSON.stringify(encodeNames(extract.vocabulary));
  const namesFile = namesFileOf(extract.vocabulary);
  writeFileSync(namesFile, gzipSync(names, { level: 9 }));
  console.log(`name index: ${(names.length / 1e6).toFixed(1)} MB JSON → ${namesFile}`);
}
