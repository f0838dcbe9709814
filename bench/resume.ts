// The issue-13 bars, through the built CLI on a generated corpus: a full run, the same run again
// (all from the cache), a run killed with SIGKILL at 40% of the full run's time then run again, and
// the corpus grown by 10%. Usage: npm run bench:resume [-- SIZE]   (default 5000 postings)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate.js';

const size = Number(process.argv[2] ?? 5000);
const grown = Math.round(size * 1.1);
const FILES = ['documents.csv', 'errors.csv', 'mentions.csv', 'roles.csv', 'taxonomy.csv', 'taxonomy.json', 'taxonomy.jsonld'];
const CLI = join('dist', 'cli', 'main.js');

function corpus(count: number): string {
  const dir = join('.bench', `corpus-${count}`);
  if (!existsSync(join(dir, `posting-${String(count - 1).padStart(6, '0')}.txt`))) generateCorpus(dir, count);
  return dir;
}

function run(input: string, out: string): { seconds: number; work: { fromCache: number; computed: number } } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'run', input, '--out', out, '--no-progress'], { encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  if (r.status !== 0) throw new Error(`run failed (${r.status}): ${r.stderr}`);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, work: JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).work };
}

async function killAfter(input: string, out: string, ms: number): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'run', input, '--out', out, '--no-progress'], { stdio: 'ignore', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
}

function same(a: string, b: string): boolean {
  return FILES.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const base = join('.bench', 'resume');
rmSync(base, { recursive: true, force: true });
mkdirSync(base, { recursive: true });
const small = corpus(size);
const full = run(small, join(base, 'full'));
for (const f of FILES) cpSync(join(base, 'full', f), join(base, 'first', f));
const again = run(small, join(base, 'full'));
console.log(`postings: ${size}`);
console.log(`full run:                 ${full.seconds.toFixed(1)} s (${full.work.computed} computed)`);
console.log(`same run again:           ${again.seconds.toFixed(1)} s = ${((100 * again.seconds) / full.seconds).toFixed(0)}% (bar <= 25%), ${again.work.fromCache} from the cache, identical: ${same(join(base, 'first'), join(base, 'full'))}`);

await killAfter(small, join(base, 'killed'), full.seconds * 400);
const leftFinal = existsSync(join(base, 'killed', 'taxonomy.csv'));
const resumed = run(small, join(base, 'killed'));
console.log(
  `killed at 40%, run again: ${resumed.seconds.toFixed(1)} s = ${((100 * resumed.seconds) / full.seconds).toFixed(0)}% (bar <= 70%), ` +
    `${resumed.work.fromCache} from the cache, outputs identical: ${same(join(base, 'first'), join(base, 'killed'))}, taxonomy.csv left by the killed run: ${leftFinal}`,
);

// The grown corpus reuses the first run's cache: only the new postings are computed.
cpSync(join(base, 'full', '.comptax'), join(base, 'grown', '.comptax'), { recursive: true });
const more = run(corpus(grown), join(base, 'grown'));
console.log(`corpus grown to ${grown}:   ${more.seconds.toFixed(1)} s, ${more.work.computed} computed, ${more.work.fromCache} from the cache`);
