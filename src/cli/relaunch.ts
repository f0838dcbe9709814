// `comptax run` and `comptax worker` in a process started with the V8 flags they want, whatever command line started them.
import { spawn } from 'node:child_process';

/**
 * V8 flags a run wants from its first line of code: they are process-wide (the worker threads get them
 * too) and cannot be turned on later. `--no-regexp-tier-up` compiles a regex to machine code at its first
 * use instead of interpreting it first: the map of 5,000 real postings with 2 workers took 5-8% less time
 * (a thread's first 250 postings 15% less, its steady state 6-8% less). Set at run time, once regexes have
 * run, it made V8 crash (test/pipeline/pool-flags.test.ts): hence a process of its own.
 *
 * `--max-semi-space-size=8` gives the run's own thread a young generation of 16 MB instead of V8's 32: through the
 * map it only takes the workers' results in, yet its young generation grew to the full 32 MB, and peak memory is
 * reached at the map's end (5,000 real postings with O*NET tasks added, 2 workers: 398-406 MB, with the flag 381-386
 * MB, in the same time). The flag also sets every thread's own cap (V8 reads it before a Worker's resourceLimits):
 * 16 MB, what the pool's workers and the export thread ask for.
 */
export const RUN_V8_FLAGS = ['--no-regexp-tier-up', '--max-semi-space-size=8'];

/**
 * The environment a relaunched run or worker gets unless the caller's sets it. `MALLOC_ARENA_MAX=1`: glibc gives each
 * thread that allocates (the pool's workers, the export thread, libuv's) a malloc arena of its own, and each arena
 * keeps the pages it freed; V8's heaps are not in them, the buffers of files, messages, zlib and SQLite are. With one
 * arena, peak memory of the 5,000 real postings' run (2 workers) fell from 389-394 MB to 359-362 MB, in the same time
 * (alternated runs: 30.5 / 33.4 s against 30.3 / 32.7 s). Other C libraries ignore the variable.
 */
export const RUN_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Set in the relaunched child's environment: its IPC channel is to the relaunching parent. */
const RELAUNCHED = 'COMPTAX_RELAUNCHED';

/**
 * Runs this command line again in a child process with RUN_V8_FLAGS, when it is a run or a worker started
 * without them (`node dist/cli/main.js run …`, `npx comptax worker …`): the parent forwards its signals and
 * exits as the child does; the child stops if the parent is killed. Returns false when the process is to go
 * on itself: another command, the flags already set, or a debugger attached (it stays on this process).
 *
 * A worker's child runs in a session of its own (not on Windows): a terminal's Ctrl-C then reaches it once,
 * through the parent (a second SIGINT tells a worker to hand its documents back at once). A run's child stays
 * in the terminal's process group, so that Ctrl-Z stops it too; a second SIGINT changes nothing for a run.
 */
export function relaunched(argv: readonly string[], execArgv: readonly string[]): boolean {
  const command = argv[2];
  if ((command !== 'run' && command !== 'worker') || RUN_V8_FLAGS.every((f) => execArgv.includes(f)) || execArgv.some((a) => a.startsWith('--inspect'))) return false;
  const child = spawn(process.execPath, [...RUN_V8_FLAGS, ...execArgv, ...argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...RUN_ENV, ...process.env, [RELAUNCHED]: '1' },
    detached: command === 'worker' && process.platform !== 'win32',
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const s of FORWARDED) process.on(s, forward);
  child.on('error', (e) => {
    process.stderr.write(`comptax: could not start the run's process: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    // Killed by a signal: so is this process, for its caller to see.
    for (const s of FORWARDED) process.off(s, forward);
    process.kill(process.pid, signal);
  });
  return true;
}

/**
 * In the relaunched child: its parent gone (killed outright), the run stops as if it were killed itself. (A process
 * that another program forked keeps that program's channel as it is.)
 */
export function followParent(): void {
  const relaunchedChild = process.env[RELAUNCHED] === '1';
  delete process.env[RELAUNCHED];
  if (!relaunchedChild || !process.channel) return;
  // The channel only tells of the parent's end; it must not keep a finished run alive.
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
