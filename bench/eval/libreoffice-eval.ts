/**
 * Format invariance on real postings: each of the first N postings of hahu-dev and skillspan-dev
 * (../shared/data/annotated, or $COMPTAX_ANNOTATED) converted by LibreOffice to DOCX and PDF, each
 * analysed as `comptax run` would (one run per format), and the (kind, normalized) mention set of
 * each conversion compared with that of the text: Jaccard per file, mean and min per format.
 * Issue 10's bar: mean >= 0.95, min >= 0.85.
 *
 *   node --import tsx bench/eval/libreoffice-eval.ts [--per-source 15] [--verbose]
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui). Conversions are cached under
 * $TMPDIR/comptax-libreoffice-eval, keyed by the text's hash, so a second run only re-analyses.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPipeline } from '../../src/pipeline/config.js';
import { jaccard, mentionSet as mentions } from '../../test/helpers/mentions.js';

const DATA = process.env.COMPTAX_ANNOTATED ?? '/work/shared/data/annotated/';
const SOURCES = ['hahu-dev', 'skillspan-dev'];
const FORMATS = ['docx', 'pdf'] as const;

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const perSource = Number(arg('--per-source') ?? 15);
const verbose = process.argv.includes('--verbose');
const cache = join(tmpdir(), 'comptax-libreoffice-eval');
mkdirSync(cache, { recursive: true });

interface Posting {
  id: string;
  /** The text file in the cache (named by its hash), beside which its conversions are made. */
  txt: string;
}

const postings: Posting[] = SOURCES.flatMap((s) =>
  readdirSync(join(DATA, s, 'postings'))
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .slice(0, perSource)
    .map((f) => {
      const text = readFileSync(join(DATA, s, 'postings', f));
      const txt = join(cache, `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`);
      if (!existsSync(txt)) writeFileSync(txt, text);
      return { id: `${s}/${f}`, txt };
    }),
);

// One LibreOffice start per format for all the files still to convert.
for (const to of FORMATS) {
  const todo = postings.filter((p) => !existsSync(p.txt.replace(/\.txt$/, `.${to}`))).map((p) => p.txt);
  if (todo.length === 0) continue;
  const profile = mkdtempSync(join(tmpdir(), 'comptax-lo-profile-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', to, '--outdir', cache, ...todo], { stdio: 'ignore', timeout: 600_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const pipeline = loadPipeline();
const mentionSet = (path: string) => mentions(path, pipeline);

const scores: Record<string, [string, number][]> = { docx: [], pdf: [] };
for (const p of postings) {
  const want = await mentionSet(p.txt);
  for (const to of FORMATS) {
    const file = p.txt.replace(/\.txt$/, `.${to}`);
    if (!existsSync(file)) {
      console.log(`  ${p.id}: LibreOffice made no ${to}`);
      continue;
    }
    const got = await mentionSet(file);
    const j = jaccard(want, got);
    scores[to].push([p.id, j]);
    if (verbose && j < 0.95) {
      console.log(`  ${p.id}.${to} ${j.toFixed(3)} (${file})`);
      for (const x of want) if (!got.has(x)) console.log(`      - ${x}`);
      for (const x of got) if (!want.has(x)) console.log(`      + ${x}`);
    }
  }
}

const summary = (xs: [string, number][]) => {
  const mean = xs.reduce((s, [, j]) => s + j, 0) / Math.max(1, xs.length);
  const min = xs.reduce((m, x) => (x[1] < m[1] ? x : m), ['', 1] as [string, number]);
  return `mean ${mean.toFixed(3)}, min ${min[1].toFixed(3)}${min[0] ? ` (${min[0]})` : ''}, below 0.85: ${xs.filter(([, j]) => j < 0.85).length}`;
};
console.log(`${postings.length} real postings (${perSource} per source of ${SOURCES.join(', ')}), LibreOffice conversions against the text:`);
for (const to of FORMATS) console.log(`  ${to.padEnd(5)} ${summary(scores[to])}`);
console.log(`  all   ${summary([...scores.docx, ...scores.pdf])}`);
