/**
 * Cleaning speed on one core: our evaluation postings with every noise class injected (different
 * seeds, so documents differ), cleaned with the default pipeline, until a few MB have been cleaned.
 */
import { clean } from '../src/clean/index.js';
import { loadPipeline } from '../src/pipeline/config.js';
import type { RawDocument } from '../src/types.js';
import { NOISE_CLASSES, inject } from './eval/clean/inject.js';
import { POSTINGS } from './eval/clean/postings.js';

export async function benchClean(opts: { megabytes?: number } = {}): Promise<Record<string, number>> {
  const target = (opts.megabytes ?? 2) * 1_000_000;
  const config = loadPipeline().clean;
  const docs: RawDocument[] = [];
  let bytes = 0;
  // Long documents too: several postings glued together, as archives of guides are.
  for (let seed = 1; bytes < target; seed++) {
    const raw = POSTINGS.map((p, i) => inject(p, new Set(NOISE_CLASSES), seed * 100 + i, config.glossary).raw);
    docs.push(...raw);
    docs.push({ format: 'text', warnings: [], blocks: raw.flatMap((r) => r.blocks.map((b) => ({ ...b, page: undefined }))) });
    bytes += [...raw, docs[docs.length - 1]].reduce((n, d) => n + d.blocks.reduce((m, b) => m + Buffer.byteLength(b.text), 0), 0);
  }
  const sizes = docs.map((d) => d.blocks.reduce((m, b) => m + Buffer.byteLength(b.text), 0));
  // Warm-up: lazy indexes, the dictionary, JIT.
  for (const d of docs.slice(0, 20)) clean(d, config);
  // The machine is shared: several rounds, and the best one is the speed of one free core.
  const rates: number[] = [];
  for (let round = 0; round < 3; round++) {
    let cleaned = 0;
    const start = performance.now();
    for (let i = 0; i < docs.length; i++) {
      clean(docs[i], config);
      cleaned += sizes[i];
    }
    rates.push(cleaned / 1_000_000 / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  const total = sizes.reduce((a, b) => a + b, 0);
  return {
    clean_mb_per_s: rates[rates.length - 1],
    clean_mb_per_s_median: rates[1],
    clean_docs_per_s: (rates[rates.length - 1] * 1_000_000 * docs.length) / total,
    clean_mb_per_round: total / 1_000_000,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchClean());
}
