/**
 * Near-duplicate evaluation on real postings ($COMPTAX_ANNOTATED, default /work/shared/data/annotated):
 * every posting once, then for each kind of edit a copy of each posting with that edit (a sentence
 * rewritten, a header line added, a footer line added, whitespace and line breaks changed), then
 * distinct one-sentence postings. Runs the whole pipeline (`runPipeline`, as `comptax run` does)
 * and reads documents.csv: recall per kind of edit (the copy is a duplicate of its original), and
 * false positives (an original or a one-sentence posting marked duplicate).
 *
 *   node --import tsx bench/eval/near-duplicates.ts [--threshold 0.85] [--verbose]
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPipeline } from '../../src/pipeline/config.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { docIdOf } from '../../src/pipeline/doc-id.js';
import { readCsv } from '../../test/helpers/csv.js';
import { mulberry32 } from '../rng.js';

const DATA = process.env.COMPTAX_ANNOTATED ?? '/work/shared/data/annotated/';
const SOURCES = ['hahu-dev', 'hahu-train', 'skillspan-dev', 'skillspan-train'];

const postings = SOURCES.flatMap((s) =>
  readdirSync(join(DATA, s, 'postings'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `${s}-${f.replace(/\.txt$/, '')}`, text: readFileSync(join(DATA, s, 'postings', f), 'utf8') })),
);

const sentencesOf = (t: string) => t.match(/[^.!?\n]+[.!?]+(?=\s|$)/g)?.map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6) ?? [];
const allSentences = [...new Set(postings.flatMap((p) => sentencesOf(p.text)))];

type Edit = (text: string, rnd: () => number) => string;
const EDITS: Record<string, Edit> = {
  // One sentence (6 to 30 words) replaced by a sentence of another posting; in a posting without
  // one (a run-on line), twelve words in the middle replaced by twelve words of another posting.
  sentence: (t, rnd) => {
    const ss = sentencesOf(t).filter((s) => s.split(/\s+/).length <= 30);
    const other = allSentences[Math.floor(rnd() * allSentences.length)];
    if (ss.length > 0) return t.replace(ss[Math.floor(ss.length / 2)], other);
    const words = t.split(' ');
    const at = Math.floor(words.length / 2);
    return [...words.slice(0, at), ...other.split(' ').slice(0, 12), ...words.slice(at + 12)].join(' ');
  },
  header: (t, rnd) => `Northwind Recruitment | Job reference ${1000 + Math.floor(rnd() * 9000)} | Posted 3 May 2023\n\n${t}`,
  footer: (t) => `${t.trimEnd()}\n\nAll applications are treated in confidence. Northwind Recruitment is acting as an employment agency for this vacancy.\n`,
  whitespace: (t) => t.replace(/ /g, (_m, i: number) => (i % 7 === 0 ? '  ' : ' ')).replace(/([.!?]) /g, '$1\n').replace(/\n/g, '\r\n'),
};

async function main(): Promise<void> {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const verbose = process.argv.includes('--verbose');
  const dir = mkdtempSync(join(tmpdir(), 'comptax-neardup-'));
  const rnd = mulberry32(11);
  const originals = join(dir, 'a-originals');
  mkdirSync(originals);
  for (const p of postings) writeFileSync(join(originals, `${p.id}.txt`), p.text);
  const copies: { path: string; kind: string; of: string }[] = [];
  for (const kind of Object.keys(EDITS)) {
    const sub = join(dir, `b-${kind}`);
    mkdirSync(sub);
    for (const p of postings) {
      const path = join(sub, `${p.id}.txt`);
      writeFileSync(path, EDITS[kind](p.text, rnd));
      copies.push({ path, kind, of: join(originals, `${p.id}.txt`) });
    }
  }
  // Distinct one-sentence postings: sentences of the postings, as short as scraped snippets are.
  const short = join(dir, 'c-short');
  mkdirSync(short);
  const snippets = allSentences.filter((s) => s.split(/\s+/).length < 30).slice(0, 336);
  snippets.forEach((s, i) => writeFileSync(join(short, `s-${String(i).padStart(3, '0')}.txt`), `${s}\n`));

  const pipeline = loadPipeline();
  const threshold = arg('--threshold');
  if (threshold) pipeline.options.run.nearDuplicateThreshold = Number(threshold);
  const out = join(dir, 'out');
  await runPipeline({ inputs: [dir], out, pipeline, workers: 2, progress: false });
  const rows = (await readCsv(join(out, 'documents.csv'))).rows;
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const idOf = (path: string) => docIdOf(path);

  console.log(`${postings.length} real postings, ${copies.length / Object.keys(EDITS).length} copies per kind of edit, ${snippets.length} one-sentence postings; threshold ${pipeline.options.run.nearDuplicateThreshold}`);
  for (const kind of Object.keys(EDITS)) {
    const mine = copies.filter((c) => c.kind === kind);
    const found = mine.filter((c) => byPath.get(c.path)?.duplicate_of === idOf(c.of));
    const sims = found.map((c) => Number(byPath.get(c.path)!.duplicate_similarity)).sort((a, b) => a - b);
    console.log(`  ${kind.padEnd(11)} recall ${(found.length / mine.length).toFixed(3)} (${found.length}/${mine.length}), similarity min ${sims[0]?.toFixed(2)} median ${sims[Math.floor(sims.length / 2)]?.toFixed(2)}`);
    if (verbose) for (const c of mine.filter((c) => !found.includes(c))) console.log(`    missed ${c.path} (${byPath.get(c.path)?.status} ${byPath.get(c.path)?.duplicate_of})`);
  }
  const fpOriginals = rows.filter((r) => r.path.includes('/a-originals/') && r.status === 'duplicate');
  const fpShort = rows.filter((r) => r.path.includes('/c-short/') && r.status === 'duplicate');
  console.log(`  originals marked duplicate: ${fpOriginals.length} of ${postings.length}`);
  for (const r of fpOriginals) console.log(`    ${r.path} → ${rows.find((x) => x.doc_id === r.duplicate_of)?.path} (${r.duplicate_similarity})`);
  console.log(`  one-sentence postings marked duplicate: ${fpShort.length} of ${snippets.length}`);
  if (verbose) for (const r of fpShort) console.log(`    ${r.path} → ${rows.find((x) => x.doc_id === r.duplicate_of)?.path} (${r.duplicate_similarity})`);
}

await main();
