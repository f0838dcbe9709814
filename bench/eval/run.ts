/**
 * `npm run eval`: extraction quality of the product on annotated real postings, through the same path
 * as `comptax run` (ingest → clean → segment → extract per posting), scored loose and strict (see
 * score.ts) per kind; then the seeds' expectations; then the taxonomy evaluation.
 *
 * Sets: hahu-dev and skillspan-dev from the shared data (COMPTAX_DATA, or ../shared/data beside the
 * repository), our own corpus gold (bench/eval/gold, bench/eval/devset); then, marked "train", the
 * sets rules are learned from (hahu-train, skillspan-train-mentions, and SkillSpan's own train postings,
 * skillspan-train, as the skillspan-dev rows read them). SkillSpan annotates only skill
 * and knowledge spans, and its skills are often what we call duties: scored with duty+skill against
 * skill, knowledge against knowledge, and every kind against every span ("any-kind").
 *
 * `--sentences`: the annotated sets again, each sentence run as a one-line posting of its own (see
 * sentences.ts), for single sentences under no heading.
 *
 *   npm run eval [-- --set hahu-train,skillspan-dev] [--verbose] [--no-taxonomy] [--sentences]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import type { Mention, MentionKind } from '../../src/types.js';
import { dataDir, readGold } from './data.js';
import { checkSeeds } from './extract-eval.js';
import { addTally, distinct, match, prf, type MatchMode, type Tally } from './score.js';
import { sentenceCases } from './sentences.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KINDS: MentionKind[] = ['duty', 'skill', 'knowledge', 'qualification'];
const MODES: MatchMode[] = ['loose', 'strict'];

/** One posting with its gold texts by row of the table ("duty", "skill", …). */
interface Case {
  path: string;
  gold: Record<string, string[]>;
}

interface EvalSet {
  name: string;
  train: boolean;
  /** Rows: the gold key and the predicted kinds scored against it. */
  rows: { row: string; gold: string[]; pred: MentionKind[] }[];
  cases: Case[];
}

const FOUR_KIND_ROWS = KINDS.map((k) => ({ row: k, gold: [k], pred: [k] }));

/** The postings of an annotated set with their gold texts by kind, or (`sentences`) each of its sentences as a posting. */
function casesOf(dir: string, name: string, sentences: string | undefined): Case[] {
  if (sentences) return sentenceCases(dir, name, sentences).cases;
  return readGold(dir).map((g) => {
    const gold: Record<string, string[]> = {};
    for (const i of g.items) (gold[i.kind] ??= []).push(i.text);
    return { path: g.path, gold };
  });
}

function fourKindSet(dir: string, name: string, train: boolean, sentences?: string): EvalSet {
  return { name: sentences ? `${name} sentences` : name, train, rows: FOUR_KIND_ROWS, cases: casesOf(dir, name, sentences) };
}

function skillspanSet(dir: string, name: string, sentences?: string, train = false): EvalSet {
  const cases = casesOf(dir, name, sentences);
  return {
    name: sentences ? `${name} sentences` : name,
    train,
    rows: [
      { row: 'duty+skill', gold: ['skill'], pred: ['duty', 'skill'] },
      { row: 'knowledge', gold: ['knowledge'], pred: ['knowledge'] },
    ],
    cases,
  };
}

/** Our own corpus (bench/eval/gold) and held-out devset (bench/eval/devset), written by us. */
function corpusSet(): EvalSet {
  type Gold = Record<'duties' | 'skills' | 'knowledge' | 'qualifications', string[] | undefined>;
  const key: Record<MentionKind, keyof Gold> = { duty: 'duties', skill: 'skills', knowledge: 'knowledge', qualification: 'qualifications' };
  const cases: Case[] = [];
  const add = (source: string | undefined, goldFile: string) => {
    if (!source) return;
    const g = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
    const gold: Record<string, string[]> = {};
    for (const k of KINDS) gold[k] = g[key[k]] ?? [];
    cases.push({ path: source, gold });
  };
  const goldDir = join(ROOT, 'bench/eval/gold');
  for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const source = join(ROOT, 'corpus', f.replace(/\.json$/, ''));
    add(existsSync(source) ? source : undefined, join(goldDir, f));
  }
  const devDir = join(ROOT, 'bench/eval/devset');
  for (const f of readdirSync(devDir).filter((f) => f.endsWith('.json')).sort()) {
    const stem = join(devDir, f.replace(/\.json$/, ''));
    add(['.txt', '.md', '.html'].map((e) => stem + e).find((p) => existsSync(p)), join(devDir, f));
  }
  return { name: 'corpus', train: false, rows: FOUR_KIND_ROWS, cases };
}

function sets(sentences?: string): EvalSet[] {
  const out: EvalSet[] = [];
  const data = dataDir();
  const annotated = data ? join(data, 'annotated') : '';
  if (sentences) {
    if (!data) return out;
    return [
      fourKindSet(join(annotated, 'hahu-dev'), 'hahu-dev', false, sentences),
      skillspanSet(join(annotated, 'skillspan-dev'), 'skillspan-dev', sentences),
      fourKindSet(join(annotated, 'hahu-train'), 'hahu-train', true, sentences),
      fourKindSet(join(annotated, 'skillspan-train-mentions'), 'skillspan-train-mentions', true, sentences),
    ];
  }
  if (data) {
    out.push(fourKindSet(join(annotated, 'hahu-dev'), 'hahu-dev', false));
    out.push(skillspanSet(join(annotated, 'skillspan-dev'), 'skillspan-dev'));
  } else {
    console.log('(no shared data: set COMPTAX_DATA to the folder holding annotated/; only our corpus is scored)');
  }
  out.push(corpusSet());
  if (data) {
    out.push(fourKindSet(join(annotated, 'hahu-train'), 'hahu-train', true));
    out.push(fourKindSet(join(annotated, 'skillspan-train-mentions'), 'skillspan-train-mentions', true));
    out.push(skillspanSet(join(annotated, 'skillspan-train'), 'skillspan-train', undefined, true));
  }
  return out;
}

type Scores = Map<string, Record<MatchMode, Tally>>;

function tallyOf(scores: Scores, row: string): Record<MatchMode, Tally> {
  let t = scores.get(row);
  if (!t) scores.set(row, (t = { loose: { tp: 0, fp: 0, fn: 0 }, strict: { tp: 0, fp: 0, fn: 0 } }));
  return t;
}

async function score(set: EvalSet, verbose: boolean): Promise<{ scores: Scores; postings: number; seconds: number }> {
  const pipeline = loadPipeline();
  const scores: Scores = new Map();
  const t0 = performance.now();
  for (const c of set.cases) {
    const { mentions } = await analyzeFile(await sourceFileOf(c.path), pipeline);
    const texts = (kinds: MentionKind[]) => distinct(mentions.filter((m: Mention) => kinds.includes(m.kind)).map((m) => m.text));
    const allGold: string[] = [];
    for (const r of set.rows) {
      const gold = r.gold.flatMap((k) => c.gold[k] ?? []);
      allGold.push(...gold);
      for (const mode of MODES) {
        const res = match(texts(r.pred), gold, mode);
        addTally(tallyOf(scores, r.row)[mode], res);
        addTally(tallyOf(scores, 'overall')[mode], res);
        if (verbose && mode === 'loose' && (res.fp.length || res.fn.length)) {
          console.log(`${set.name} ${c.path.split('/').pop()} ${r.row}: +${res.tp}`);
          for (const x of res.fp) console.log(`   FP ${x}  [${mentions.find((m: Mention) => m.text === x)?.section}]`);
          for (const x of res.fn) console.log(`   FN ${x}`);
        }
      }
    }
    // Kind set aside: does the span exist at all?
    for (const mode of MODES) addTally(tallyOf(scores, 'any-kind')[mode], match(texts(KINDS), allGold, mode));
  }
  return { scores, postings: set.cases.length, seconds: (performance.now() - t0) / 1000 };
}

function printTable(title: string, results: { set: EvalSet; scores: Scores }[]): void {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  console.log(`\n${title}`);
  console.log(`  ${'set'.padEnd(34)} ${'kind'.padEnd(13)}  loose P     R    F1 | strict P    R    F1 |  gold  pred`);
  for (const { set, scores } of results) {
    const order = [...set.rows.map((r) => r.row), 'overall', 'any-kind'];
    for (const [row, t] of [...scores].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))) {
      const l = prf(t.loose);
      const s = prf(t.strict);
      console.log(
        `  ${set.name.padEnd(34)} ${row.padEnd(13)}  ${pct(l.p)} ${pct(l.r)} ${pct(l.f)} |  ${pct(s.p)} ${pct(s.r)} ${pct(s.f)} | ${String(t.loose.tp + t.loose.fn).padStart(5)} ${String(t.loose.tp + t.loose.fp).padStart(5)}`,
      );
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1].split(',') : null;
  const sentences = args.includes('--sentences') ? mkdtempSync(join(tmpdir(), 'comptax-eval-sentences-')) : undefined;
  try {
    await evaluate(args, verbose, only, sentences);
  } finally {
    if (sentences) rmSync(sentences, { recursive: true, force: true });
  }
}

async function evaluate(args: string[], verbose: boolean, only: string[] | null, sentences: string | undefined): Promise<void> {
  const chosen = sets(sentences).filter((s) => !only || only.some((o) => s.name === o || s.name === `${o} sentences`));
  const results: { set: EvalSet; scores: Scores }[] = [];
  let postings = 0;
  let seconds = 0;
  for (const set of chosen) {
    const r = await score(set, verbose);
    results.push({ set, scores: r.scores });
    postings += r.postings;
    seconds += r.seconds;
  }
  const dev = results.filter((r) => !r.set.train);
  const train = results.filter((r) => r.set.train);
  if (dev.length) printTable('dev (report only; never tuned on)', dev);
  if (train.length) printTable('train (rules and weights are learned from these)', train);
  if (postings) console.log(`\n${postings} postings, ${(postings / seconds).toFixed(0)} postings/s in one thread (ingest → extract)`);
  if (only || sentences) return;
  const seeds = await checkSeeds();
  if (seeds.length > 0) {
    console.log('\nseeds (EXPECTATIONS.md)');
    for (const s of seeds) console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.seed} ${s.check}${s.detail ? `  [${s.detail}]` : ''}`);
    console.log(`  ${seeds.filter((s) => s.ok).length}/${seeds.length} checks pass`);
  }
  if (args.includes('--no-taxonomy')) return;
  console.log('\ntaxonomy (bench/eval/taxonomy-eval.ts)');
  const tax = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/eval/taxonomy-eval.ts')], { cwd: ROOT, stdio: 'inherit' });
  if (tax.status !== 0) process.exitCode = tax.status ?? 1;
}

await main();
