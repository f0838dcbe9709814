/**
 * Determinism at scale through the CLI (issue 10): 5,000 generated postings (bench/generate.ts)
 * mixed with every real posting of ../shared/data/annotated ($COMPTAX_ANNOTATED) and the corpus/
 * files (PDF, DOCX, HTML, Markdown), given one by one on the command line: sorted with `--workers 1`
 * and `--workers 2`, shuffled with `--workers 2`. The outputs must be byte-identical.
 *
 *   npm run build && node --import tsx bench/eval/determinism.ts [--generated 5000] [--keep]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from '../generate.js';
import { shuffled } from '../rng.js';

const DATA = process.env.COMPTAX_ANNOTATED ?? '/work/shared/data/annotated/';
const OUTPUTS = ['documents.csv', 'mentions.csv', 'roles.csv', 'taxonomy.csv', 'taxonomy.json', 'taxonomy.jsonld'];

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const generated = Number(arg('--generated') ?? 5000);
const work = mkdtempSync(join(tmpdir(), 'comptax-determinism-'));
const corpus = join(work, 'in');

const generatedDir = join('.bench', `corpus-${generated}`);
if (!existsSync(join(generatedDir, `posting-${String(generated - 1).padStart(6, '0')}.txt`))) generateCorpus(generatedDir, generated);
mkdirSync(corpus, { recursive: true });
const copy = (dir: string, prefix: string) => {
  for (const f of readdirSync(dir).sort()) copyFileSync(join(dir, f), join(corpus, `${prefix}${f}`));
};
copy(generatedDir, '');
for (const set of readdirSync(DATA).sort()) if (existsSync(join(DATA, set, 'postings'))) copy(join(DATA, set, 'postings'), `${set}-`);
for (const f of readdirSync('corpus').sort()) if (/\.(txt|md|html|pdf|docx)$/.test(f)) copyFileSync(join('corpus', f), join(corpus, `corpus-${f}`));
const files = readdirSync(corpus).sort();


const cli = resolve('dist/cli/main.js');
function run(name: string, workers: number, inputs: string[]): string {
  const out = join(work, name);
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [cli, 'run', ...inputs, '--out', out, '--workers', String(workers), '--no-progress'], {
      cwd: corpus,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    });
  } catch (e) {
    // Exit status 3: finished, some documents failed (corpus/ has none; generated postings none).
    if ((e as { status?: number }).status !== 3) throw e;
  }
  console.log(`${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return out;
}

console.log(`${files.length} postings (${generated} generated, the rest real) in ${corpus}`);
const runs = [run('workers-1', 1, files), run('workers-2', 2, files), run('workers-2-shuffled', 2, shuffled(files, 10))];
let same = true;
for (const f of OUTPUTS) {
  const [a, ...others] = runs.map((r) => readFileSync(join(r, f)));
  const verdicts = others.map((o) => (a.equals(o) ? 'same' : 'DIFFERENT'));
  if (verdicts.some((v) => v !== 'same')) same = false;
  console.log(`  ${f.padEnd(16)} ${String(a.length).padStart(10)} bytes  workers 2: ${verdicts[0]}  shuffled: ${verdicts[1]}`);
}
console.log(same ? 'byte-identical: PASS' : 'byte-identical: FAIL');
if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
process.exitCode = same ? 0 : 1;
