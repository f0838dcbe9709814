/**
 * Extraction quality: runs segment + extract over the annotated postings (corpus/ with gold in
 * bench/eval/gold/, and the held-out bench/eval/devset/) and reports precision / recall / F1 per kind
 * with loose matching (a mention matches a gold span when their word-overlap F1 ≥ 0.5, one-to-one).
 * Documents are read through the real ingest and clean stages.
 * Also checks the five seed postings in /work/shared/seeds against their expectations, when present.
 *
 *   node --import tsx bench/eval/extract-eval.ts [--verbose] [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';
import { segment } from '../../src/segment/index.js';
import { cleanFile } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import type { CleanDocument, Mention, MentionKind, SegmentedDocument } from '../../src/types.js';
import { match, prf, type Tally } from './score.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = [process.env.COMPTAX_DATA && join(process.env.COMPTAX_DATA, '..', 'seeds'), join(ROOT, '..', 'shared', 'seeds'), join(ROOT, '..', '..', 'shared', 'seeds')].find(
  (d): d is string => !!d && existsSync(d),
) ?? '/work/shared/seeds';
const pipeline = loadPipeline();

type Gold = { duties: string[]; skills: string[]; knowledge: string[]; qualifications: string[] };
const GOLD_KEY: Record<MentionKind, keyof Gold> = { duty: 'duties', skill: 'skills', knowledge: 'knowledge', qualification: 'qualifications' };
const KINDS: MentionKind[] = ['duty', 'skill', 'knowledge', 'qualification'];

/** A posting as the pipeline cleans it: the real ingest and clean stages. */
async function loadDocument(path: string): Promise<CleanDocument> {
  return (await cleanFile(await sourceFileOf(path), pipeline)).clean;
}

function run(doc: CleanDocument): { seg: SegmentedDocument; mentions: Mention[] } {
  const seg = segment(doc, pipeline.segment);
  return { seg, mentions: extract(doc, seg, pipeline.extract) };
}

/** Gold files and the posting each annotates. */
function goldPairs(): { set: string; source: string; gold: string }[] {
  const out: { set: string; source: string; gold: string }[] = [];
  const goldDir = join(ROOT, 'bench/eval/gold');
  if (existsSync(goldDir)) {
    for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
      const source = join(ROOT, 'corpus', f.replace(/\.json$/, ''));
      if (existsSync(source)) out.push({ set: 'corpus', source, gold: join(goldDir, f) });
    }
  }
  const devDir = join(ROOT, 'bench/eval/devset');
  if (existsSync(devDir)) {
    for (const f of readdirSync(devDir).filter((f) => f.endsWith('.json')).sort()) {
      const stem = f.replace(/\.json$/, '');
      const source = ['.txt', '.md', '.html'].map((e) => join(devDir, stem + e)).find((p) => existsSync(p));
      if (source) out.push({ set: 'devset', source, gold: join(devDir, f) });
    }
  }
  return out;
}

export async function evaluate(verbose = false): Promise<Record<string, Record<string, { p: number; r: number; f: number; n: number }>>> {
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  const docs: CleanDocument[] = [];
  for (const pair of goldPairs()) {
    const gold = JSON.parse(readFileSync(pair.gold, 'utf8')) as Gold;
    const doc = await loadDocument(pair.source);
    docs.push(doc);
    const { mentions } = run(doc);
    for (const kind of KINDS) {
      // The gold lists each distinct span once, so a mention repeated word for word (one per role) counts once.
      const pred = [...new Map(mentions.filter((m) => m.kind === kind).map((m) => [m.text.toLowerCase(), m.text])).values()];
      const res = match(pred, gold[GOLD_KEY[kind]] ?? []);
      for (const key of [`${pair.set}/${kind}`, `all/${kind}`, ...(kind === 'skill' || kind === 'knowledge' ? [`${pair.set}/skill+knowledge`, 'all/skill+knowledge'] : [])]) {
        const t = tally(key);
        t.tp += res.tp;
        t.fp += res.fp.length;
        t.fn += res.fn.length;
      }
      if (verbose && (res.fp.length || res.fn.length)) {
        console.log(`${basename(pair.source)} ${kind}: +${res.tp}`);
        for (const x of res.fp) console.log(`   FP ${x}`);
        for (const x of res.fn) console.log(`   FN ${x}`);
      }
    }
  }
  const result: Record<string, Record<string, { p: number; r: number; f: number; n: number }>> = {};
  for (const [key, t] of [...tallies].sort()) {
    const [set, kind] = key.split('/');
    result[set] ??= {};
    result[set][kind] = { ...prf(t), n: t.tp + t.fn };
  }
  // Speed on these real postings (segment + extract only), after one warm-up pass.
  if (docs.length > 0) {
    const rounds = 20;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const d of docs) run(d);
    const seconds = (performance.now() - t0) / 1000;
    const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0) / docs.length;
    result.speed = { postings: { p: (rounds * docs.length) / seconds, r: words, f: 0, n: docs.length } };
  }
  return result;
}

/** The seeds' expectations (EXPECTATIONS.md), as checks on what extraction gives. */
export async function checkSeeds(): Promise<{ seed: string; check: string; ok: boolean; detail: string }[]> {
  if (!existsSync(SEEDS)) return [];
  const out: { seed: string; check: string; ok: boolean; detail: string }[] = [];
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const doc = await loadDocument(join(SEEDS, f));
    const { seg, mentions } = run(doc);
    const id = f.slice(0, 3);
    const of = (k: MentionKind) => mentions.filter((m) => m.kind === k);
    const has = (k: MentionKind, re: RegExp) => of(k).some((m) => re.test(m.normalized) || re.test(m.text));
    const add = (check: string, ok: boolean, detail = '') => out.push({ seed: id, check, ok, detail });
    add('no mention is an e-mail, URL or "61 …" artefact', !mentions.some((m) => /@|https?:|^61\s/.test(m.text)));
    add('no duty is a right ("has the right to")', !of('duty').some((m) => /right to/i.test(m.text)));
    if (id === '000') {
      add('three role profiles', seg.roles.length === 3, seg.roles.join(' | '));
      for (const role of seg.roles) {
        const rm = mentions.filter((m) => m.role === role);
        add(`role ${role}: duties and skills`, rm.some((m) => m.kind === 'duty') && rm.some((m) => m.kind !== 'duty'), `${rm.length} mentions`);
      }
      add('"Customer Service: …" gives skill customer service', has('skill', /^customer service$/i));
    }
    if (id === '001') {
      // Counted by line: a line with two verb phrases gives two duties but is one of the four.
      const lines = new Set(of('duty').filter((m) => m.section === 'responsibilities').map((m) => doc.text.lastIndexOf('\n', m.start)));
      add('4 duties under Responsibilities (lines)', lines.size === 4, `${lines.size} lines`);
      const named = mentions.filter((m) => (m.kind === 'skill' || m.kind === 'knowledge') && m.level);
      add('8 named competencies with their level', named.length === 8, named.map((m) => `${m.normalized} (${m.level})`).join('; '));
    }
    if (id === '002') {
      add('knowledge: CRM-related database technology', has('knowledge', /crm-related database technology/i));
      add('project management found', has('knowledge', /project management/i) || has('skill', /project management/i));
      add('qualification: 3+ years experience', of('qualification').some((m) => m.qualification?.minYears === 3));
      add('qualification: university degree in business…', of('qualification').some((m) => /business/.test(m.qualification?.field ?? '') || /business/i.test(m.text)));
      const resp = of('duty').filter((m) => m.section === 'responsibilities');
      add('duties grouped under their headings', resp.length >= 20, `${resp.length} of ${of('duty').length} under responsibilities`);
    }
    if (id === '003') {
      add('duty: coordinate the plan of work with the client', has('duty', /^coordinate the plan of work/));
      add('duty: track the timeliness of payment of bills', has('duty', /^track the timeliness of payment/));
      for (const q of ['sociability', 'stress resistance', 'team', 'multitask|switch between tasks']) add(`quality: ${q}`, has('skill', new RegExp(q, 'i')));
      add('no caption "account manager work"', !mentions.some((m) => /^account manager work$/i.test(m.text)));
    }
    if (id === '004') {
      add('skill negotiation (from "Good negotiation skills")', has('skill', /^negotiation$/));
      add('skill working to deadlines', has('skill', /^working to deadlines$/));
      add("qualification bachelor's degree", of('qualification').some((m) => m.qualification?.degreeLevel === 'bachelor'));
      add('qualification 5 years of marketing experience', of('qualification').some((m) => m.qualification?.minYears === 5));
      const norms = of('duty').map((m) => m.normalized);
      const dup = norms.length - new Set(norms).size;
      add('each duty counted once', dup === 0, `${dup} repeated of ${norms.length}`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const result = await evaluate(verbose);
  const seeds = await checkSeeds();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ result, seeds }, null, 2));
    return;
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const speed = result.speed?.postings;
  delete result.speed;
  for (const [set, kinds] of Object.entries(result)) {
    console.log(`\n${set}`);
    console.log('  kind               P      R     F1     n');
    for (const [kind, v] of Object.entries(kinds)) console.log(`  ${kind.padEnd(16)} ${pct(v.p)}  ${pct(v.r)}  ${pct(v.f)}  ${String(v.n).padStart(4)}`);
  }
  if (speed) console.log(`\nspeed: ${Math.round(speed.p)} postings/s (segment + extract, ${speed.n} postings of ${Math.round(speed.r)} words on average)`);
  if (seeds.length > 0) {
    console.log('\nseeds');
    for (const s of seeds) console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.seed} ${s.check}${s.detail ? `  [${s.detail}]` : ''}`);
    console.log(`  ${seeds.filter((s) => s.ok).length}/${seeds.length} checks pass`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
