// The issue-13 bars, through the built CLI on a generated corpus: a full run, the same run again
// (all from the cache), a run killed with SIGKILL at 40% of the full run's time then run again, and
// the corpus grown by 10%. Wall and CPU time (user + system of the CLI and its threads) of each run,
// and where the time of a run went (manifest timings). The machine may be shared: repeat the rounds.
// Usage: npm run bench:resume [-- SIZE [ROUNDS]] [--input DIR]...   (default 5000 postings, 1 round)
// --input (repeatable): real postings under these folders instead of a generated corpus (SIZE is
// then ignored, and so is the grown-corpus step: there is no 10% more of them to add).
// --real DIR (repeatable): SIZE postings recombined from the real postings under these folders
// (bench/recombine.ts), with --tasks N real O*NET task statements added to each (default 0), from
// --onet FILE (default: onet-30.2/Task Statements.txt in the shared data folder).
// --cli FILE: the CLI to measure (default dist/cli/main.js), e.g. an earlier build's, for A/B rounds.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.js';
import { dataDir } from './eval/data.js';
import { recombinedCorpus } from './recombine.js';

const { values: flags, positionals } = parseArgs({ options: {
    input: { type: 'string', multiple: true },
    real: { type: 'string', multiple: true },
    tasks: { type: 'string' },
    onet: { type: 'string' },
    cli: { type: 'string' },
  }, allowPositionals: true });
const inputs = flags.input ?? [];
const size = Number(positionals[0] ?? 5000);
const rounds = Number(positionals[1] ?? 1);
const grown = Math.round(size * 1.1);
const FILES = ['documents.csv', 'errors.csv', 'mentions.csv', 'roles.csv', 'taxonomy.csv', 'taxonomy.json', 'taxonomy.jsonld', 'report.html'];
// --cli: another build's dist/cli/main.js, to alternate rounds with it on a shared machine.
const CLI = flags.cli ?? join('dist', 'cli', 'main.js');
// GNU time gives the CPU time of the CLI with its worker threads; without it, wall time only.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const real = flags.real ?? [];
const tasks = Number(flags.tasks ?? 0);
const data = dataDir();
const onet = flags.onet ?? (data ? join(data, 'onet-30.2', 'Task Statements.txt') : 'Task Statements.txt');

function corpus(count: number): string {
  if (real.length) return recombinedCorpus(count, { sources: real, tasks: tasks ? { file: onet, perPosting: tasks } : undefined });
  const dir = join('.bench', `corpus-${count}`);
  if (!existsSync(join(dir, `posting-${String(count - 1).padStart(6, '0')}.txt`))) generateCorpus(dir, count);
  return dir;
}

interface Timed {
  wall: number;
  /** CPU seconds (user + system), NaN without GNU time. */
  cpu: number;
  killed: boolean;
}

/** Runs the CLI, SIGKILLed after `kill.ms` of wall time or `kill.cpu` seconds of its CPU time when given. */
async function cli(input: string[], out: string, kill?: { ms?: number; cpu?: number }): Promise<Timed> {
  const args = [CLI, 'run', ...input, '--out', out, '--no-progress'];
  const t0 = performance.now();
  const child = TIME
    ? spawn(TIME, ['-f', 'cpu %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } })
    : spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  // Under GNU time the CLI is its child: kill that one, so that time still reports.
  const timer = kill?.ms === undefined ? undefined : setTimeout(() => killCli(child.pid!), kill.ms);
  const poll =
    kill?.cpu === undefined
      ? undefined
      : setInterval(() => {
          if (cpuOf(child.pid!) >= kill.cpu!) killCli(child.pid!);
        }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  clearInterval(poll);
  const wall = (performance.now() - t0) / 1000;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  const killed = /signal 9|Killed/.test(stderr) || code === 137 || code === null;
  if (!killed && code !== 0) throw new Error(`run failed (${code}): ${stderr}`);
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, killed };
}

/** The CLI's process: the child of GNU time when it runs under it. */
function cliPids(pid: number): number[] {
  if (!TIME) return [pid];
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killCli(pid: number): void {
  for (const c of cliPids(pid)) process.kill(c, 'SIGKILL');
}

/** CPU seconds (user + system, all threads) the CLI has used so far, from /proc. */
function cpuOf(pid: number): number {
  let ticks = 0;
  for (const c of cliPids(pid)) {
    try {
      const fields = readFileSync(`/proc/${c}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks / 100;
}

function manifest(out: string) {
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
    work: { fromCache: number; computed: number; reduce: string };
    timings: { totalMs: number; mapWallMs: number; taxonomyMs: number; exportMs: number };
  };
}

function same(a: string, b: string): boolean {
  return FILES.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

const pct = (a: Timed, b: Timed) => `${((100 * a.wall) / b.wall).toFixed(0)}% wall, ${((100 * a.cpu) / b.cpu).toFixed(0)}% CPU`;
const secs = (t: Timed) => `${t.wall.toFixed(1)} s wall, ${t.cpu.toFixed(1)} s CPU`;
function phases(out: string): string {
  const { work, timings: t } = manifest(out);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return `${work.computed} computed, ${work.fromCache} from the cache, reduce ${work.reduce}; in the run: map ${s(t.mapWallMs)} s, taxonomy ${s(t.taxonomyMs)} s, export ${s(t.exportMs)} s of ${s(t.totalMs)} s`;
}

const small = inputs.length ? inputs : [corpus(size)];
const what = inputs.length
  ? `postings under ${inputs.join(', ')}`
  : real.length
    ? `${size} postings recombined from ${real.join(', ')}${tasks ? ` with ${tasks} O*NET tasks each` : ''}`
    : `generated postings: ${size}`;
console.log(`${what}, rounds: ${rounds}, CLI: ${CLI}`);
const ratios: { again: number; resumed: number; resumedCpu: number }[] = [];
for (let round = 1; round <= rounds; round++) {
  const base = join('.bench', 'resume');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const full = await cli(small, join(base, 'full'));
  for (const f of FILES) cpSync(join(base, 'full', f), join(base, 'first', f));
  console.log(`round ${round}`);
  console.log(`  full run:                 ${secs(full)}; ${phases(join(base, 'full'))}`);
  const again = await cli(small, join(base, 'full'));
  console.log(`  same run again:           ${secs(again)} = ${pct(again, full)} (bar <= 25%); ${phases(join(base, 'full'))}; identical: ${same(join(base, 'first'), join(base, 'full'))}`);

  const killed = await cli(small, join(base, 'killed'), { ms: full.wall * 400 });
  const leftFinal = existsSync(join(base, 'killed', 'taxonomy.csv'));
  const resumed = await cli(small, join(base, 'killed'));
  console.log(
    `  killed at 40%, run again: ${secs(resumed)} = ${pct(resumed, full)} (bar <= 70%); ${phases(join(base, 'killed'))}; ` +
      `identical: ${same(join(base, 'first'), join(base, 'killed'))}, killed: ${killed.killed}, taxonomy.csv left by it: ${leftFinal}`,
  );
  // On a machine shared with other work, wall time depends on their load: the same bar in CPU time
  // (killed once it used 40% of the full run's CPU time) is the steadier figure.
  let resumedCpu: Timed | undefined;
  if (TIME) {
    await cli(small, join(base, 'killed-cpu'), { cpu: full.cpu * 0.4 });
    resumedCpu = await cli(small, join(base, 'killed-cpu'));
    console.log(`  killed at 40% of its CPU time, run again: ${secs(resumedCpu)} = ${pct(resumedCpu, full)}; ${phases(join(base, 'killed-cpu'))}; identical: ${same(join(base, 'first'), join(base, 'killed-cpu'))}`);
  }
  ratios.push({ again: again.wall / full.wall, resumed: resumed.wall / full.wall, resumedCpu: resumedCpu ? resumedCpu.cpu / full.cpu : NaN });

  if (inputs.length) continue;
  // The grown corpus reuses the first run's cache: only the new postings are computed.
  cpSync(join(base, 'full', '.comptax'), join(base, 'grown', '.comptax'), { recursive: true });
  const more = await cli([corpus(grown)], join(base, 'grown'));
  console.log(`  corpus grown to ${grown}:   ${secs(more)}; ${phases(join(base, 'grown'))}`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `median over ${rounds} round(s): same run again ${(100 * median(ratios.map((r) => r.again))).toFixed(0)}% (bar <= 25%), ` +
    `killed at 40% and run again ${(100 * median(ratios.map((r) => r.resumed))).toFixed(0)}% (bar <= 70%); ` +
    `in CPU time, killed at 40% of the full run's CPU and run again: ${(100 * median(ratios.map((r) => r.resumedCpu))).toFixed(0)}% of its CPU`,
);
