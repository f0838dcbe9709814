import { loadPipeline } from '../../src/pipeline/config.js';
import { resolveReference } from '../../src/taxonomy/index.js';
import { loadReference } from '../../src/taxonomy/reference.js';
import { bundledReference } from '../../src/taxonomy/bundled.js';
import { createLinker } from '../../src/taxonomy/link.js';
const { taxonomy } = loadPipeline();
const ref = bundledReference(taxonomy).reference!;
const linker = createLinker(ref, taxonomy, { wordnet: new Map(), acronyms: new Map() });
const kind = (process.env.KIND ?? 'skill') as any;
for (const p of process.argv.slice(2)) {
  const r = linker.ranked(p, kind).slice(0, 4).map((l) => `${ref.concepts[l.concept].label} ${l.score.toFixed(3)}`);
  console.log(p, '=>', r.join(' | '));
}
