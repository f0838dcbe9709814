/**
 * Cleaning evaluation: clean postings with each noise class of issue 4 injected by a fixed-seed
 * script, cleaned with the default pipeline. Reports per class the share of injected artefacts
 * removed and the share of clean words kept.
 *
 *   node --import tsx bench/eval/clean-eval.ts [--verbose]          our postings (bench/eval/clean/postings.ts)
 *   node --import tsx bench/eval/clean-eval.ts --real [--verbose]   real postings ($COMPTAX_ANNOTATED, default /work/shared/data/annotated),
 *     per source and for one-line postings; "words kept" counts the words of the gold mentions whose
 *     span is still whole in the output
 *   --source NAME, --class NAME: only that source, only that noise class ("no noise", "layout", …)
 *   --headers: running headers in paged text exports of the real postings instead (clean/headers.ts)
 */
import { clean } from '../../src/clean/index.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { NOISE_CLASSES, inject, normalize, type NoiseClass } from './clean/inject.js';
import { POSTINGS, type CleanPosting } from './clean/postings.js';
import { REAL_SOURCES, realPostings, type RealPosting } from './clean/real.js';
import { evaluateHeaders } from './clean/headers.js';

export interface ClassResult {
  cls: string;
  artefacts: number;
  removed: number;
  words: number;
  kept: number;
  failures: string[];
  /** Mojibake: strict decoders (undefined bytes lost as U+FFFD) and sloppy ones, apart. */
  variants: Record<string, [removed: number, injected: number]>;
}

function words(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Clean words found again in the output, counted with multiplicity. */
function keptWords(reference: string, output: string): [number, number] {
  const ref = words(reference);
  const out = words(output);
  let total = 0;
  let kept = 0;
  for (const [w, n] of ref) {
    total += n;
    kept += Math.min(n, out.get(w) ?? 0);
  }
  return [kept, total];
}

/**
 * Words of the gold mentions whose whole span is still in the output, compared as words: a soft
 * hyphen, a control character or an apostrophe the cleaner rightly repaired does not count as lost.
 */
function keptSpans(gold: string[], output: string): [number, number] {
  const plain = (s: string) =>
    normalize(s).toLowerCase().replace(/[\u00ad\u007f-\u009f]/g, '').replace(/[\u0000-\u001f]/g, ' ').replace(/['`]/g, '').match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  const out = ` ${plain(output)} `;
  let total = 0;
  let kept = 0;
  for (const g of gold) {
    const words = plain(g);
    const n = words ? words.split(' ').length : 0;
    total += n;
    if (out.includes(` ${words} `)) kept += n;
  }
  return [kept, total];
}

export function evaluateClean(seeds: number[] = [42, 43, 44, 45, 46], postings: CleanPosting[] = POSTINGS, only?: string): ClassResult[] {
  const config = loadPipeline().clean;
  const runs: [string, Set<NoiseClass>][] = [
    ['no noise', new Set<NoiseClass>()] as [string, Set<NoiseClass>],
    ...NOISE_CLASSES.map((c) => [c, new Set([c])] as [string, Set<NoiseClass>]),
    ['all classes at once', new Set(NOISE_CLASSES)] as [string, Set<NoiseClass>],
  ].filter(([name]) => only === undefined || name === only);
  const results: ClassResult[] = [];
  for (const [name, classes] of runs) {
    const r: ClassResult = { cls: name, artefacts: 0, removed: 0, words: 0, kept: 0, failures: [], variants: {} };
    for (const seed of seeds) postings.forEach((posting, i) => {
      const injected = inject(posting, classes, seed * 1000 + i, config.glossary);
      const doc = clean(injected.raw, config);
      const text = normalize(doc.text);
      for (const probe of injected.probes) {
        r.artefacts++;
        const ok = probe.fixed(doc, text);
        if (ok) r.removed++;
        else r.failures.push(`seed ${seed} ${posting.id}: ${probe.cls} ${probe.what}`);
        const variant = /^(strict|sloppy)\b/.exec(probe.what)?.[1];
        if (variant && classes.size === 1) {
          const v = (r.variants[variant] ??= [0, 0]);
          v[1]++;
          if (ok) v[0]++;
        }
      }
      const gold = (posting as Partial<RealPosting>).gold;
      const [kept, total] = gold ? keptSpans(gold, text) : keptWords(injected.reference, text);
      r.kept += kept;
      r.words += total;
    });
    results.push(r);
  }
  return results;
}

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function print(results: ClassResult[], verbose: boolean): void {
  console.log('class                 artefacts  removed   words kept');
  for (const r of results) {
    const variants = Object.entries(r.variants).map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ');
    console.log(`${r.cls.padEnd(22)}${String(r.artefacts).padStart(9)}  ${pct(r.removed, r.artefacts)}   ${pct(r.kept, r.words)} (${r.words - r.kept} of ${r.words} lost)${variants ? `  [${variants}]` : ''}`);
    if (verbose) for (const f of r.failures) console.log(`    missed: ${f}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const only = arg('--class');
  if (!process.argv.includes('--real')) print(evaluateClean(undefined, undefined, only), verbose);
  else {
    const config = loadPipeline().clean;
    const all = REAL_SOURCES.filter((s) => (arg('--source') ?? s) === s).flatMap((s) => realPostings(s, config));
    const groups: [string, RealPosting[]][] = [
      ...REAL_SOURCES.map((s) => [s, all.filter((p) => p.source === s)] as [string, RealPosting[]]),
      ['one-line postings', all.filter((p) => p.oneLine)],
    ];
    for (const [name, postings] of groups) {
      if (postings.length === 0) continue;
      console.log(`\n== ${name}: ${postings.length} postings`);
      if (process.argv.includes('--headers')) {
        for (const h of evaluateHeaders(postings, config)) {
          console.log(`running headers, pages split by ${h.separator}: removed ${pct(h.removed, h.documents)} of ${h.documents}, a heading used once kept ${pct(h.onceKept, h.documents)}`);
          if (verbose) for (const f of h.failures) console.log(`    ${f}`);
        }
      } else print(evaluateClean([42, 43], postings, only), verbose);
    }
  }
}
