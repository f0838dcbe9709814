import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RUN_ENV, RUN_V8_FLAGS } from '../../src/cli/relaunch.js';
import { comptax, MAIN, ROOT } from '../helpers/cli.js';
import { expectSameOutputs, tempDir } from '../helpers/outputs.js';

const dir = tempDir('relaunch');
// A command line's process as main.ts starts it: "exit" reports how it runs and exits 3; "wait" writes its pid and
// waits, exiting 7 on SIGTERM and 10 + the SIGINTs it got by half a second after the first.
const PROBE = join(dir, 'probe.mjs');
writeFileSync(
  PROBE,
  `import { writeFileSync } from 'node:fs';
const { followParent, relaunched } = await import(${JSON.stringify(join(ROOT, 'src/cli/relaunch.ts'))});
if (!relaunched(process.argv, process.execArgv)) {
  followParent();
  if (process.argv[3] === 'exit') {
    console.log(JSON.stringify({ pid: process.pid, execArgv: process.execArgv, arenas: process.env.MALLOC_ARENA_MAX }));
    process.exit(3);
  }
  process.on('SIGTERM', () => process.exit(7));
  let sigints = 0;
  process.on('SIGINT', () => {
    if (++sigints === 1) setTimeout(() => process.exit(10 + sigints), 500);
  });
  writeFileSync(process.argv[4], String(process.pid));
  setInterval(() => {}, 1000);
}
`,
);

/** The test's environment without a malloc setting of its own (the relaunch adds one). */
const { MALLOC_ARENA_MAX: _arenas, ...ENV } = process.env;
const probe = (command: string, env: NodeJS.ProcessEnv = ENV) => spawnSync(process.execPath, ['--import', 'tsx', PROBE, command, 'exit'], { encoding: 'utf8', timeout: 60_000, env });

/** Whether a process is running (a zombie no longer runs). */
function running(pid: number): boolean {
  const stat = join('/proc', String(pid), 'stat');
  if (!existsSync(stat)) return false;
  return !/^\d+ \(.*\) Z /.test(readFileSync(stat, 'utf8'));
}

async function waitFor(test: () => boolean, ms = 20_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return test();
}

const workers: number[] = [];
afterAll(() => {
  for (const pid of workers.filter(running)) process.kill(pid, 'SIGKILL');
});

/**
 * A probe waiting in its relaunched process: the parent, and the pid of the process doing the work. The parent
 * leads a process group of its own, as a terminal's foreground job does.
 */
async function waitingRun(name: string, command = 'run') {
  const pidFile = join(dir, `${name}.pid`);
  const parent = spawn(process.execPath, ['--import', 'tsx', PROBE, command, 'wait', pidFile], { stdio: 'ignore', detached: true });
  const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) => parent.on('exit', (code, signal) => resolve({ code, signal })));
  expect(await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '')).toBe(true);
  const worker = Number(readFileSync(pidFile, 'utf8'));
  workers.push(worker);
  expect(worker).not.toBe(parent.pid);
  return { parent, ended, worker };
}

describe('a run started without its V8 flags', () => {
  it('runs in a child process that has them, and exits with its exit code', () => {
    const r = probe('run');
    expect(r.status).toBe(3);
    const child = JSON.parse(r.stdout) as { pid: number; execArgv: string[]; arenas?: string };
    expect(child.pid).not.toBe(r.pid);
    expect(child.execArgv).toEqual(expect.arrayContaining(RUN_V8_FLAGS));
    expect(child.arenas).toBe(RUN_ENV.MALLOC_ARENA_MAX);
  });

  it("keeps the caller's own malloc setting", () => {
    const r = probe('worker', { ...ENV, MALLOC_ARENA_MAX: '4' });
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout).arenas).toBe('4');
  });

  it('is not relaunched for another command, nor when the flags are set', () => {
    const other = probe('clean');
    expect(other.status).toBe(3);
    expect(JSON.parse(other.stdout)).toEqual({ pid: other.pid, execArgv: ['--import', 'tsx'] });
    const flagged = spawnSync(process.execPath, [...RUN_V8_FLAGS, '--import', 'tsx', PROBE, 'run', 'exit'], { encoding: 'utf8', timeout: 60_000, env: ENV });
    expect(JSON.parse(flagged.stdout).pid).toBe(flagged.pid);
  });

  it('passes its signals on, and ends as the child did: with its exit code, or by its signal', async () => {
    const term = await waitingRun('term');
    term.parent.kill('SIGTERM');
    expect(await term.ended).toEqual({ code: 7, signal: null });
    const hup = await waitingRun('hup');
    hup.parent.kill('SIGHUP');
    expect(await hup.ended).toEqual({ code: null, signal: 'SIGHUP' });
    expect(await waitFor(() => !running(term.worker) && !running(hup.worker))).toBe(true);
  });

  it("gives a worker a terminal's Ctrl-C once", async () => {
    const worker = await waitingRun('worker', 'worker');
    // What a terminal does: SIGINT to every process of the foreground job.
    process.kill(-worker.parent.pid!, 'SIGINT');
    expect(await worker.ended).toEqual({ code: 11, signal: null });
  });

  it('stops the child when the parent is killed outright', async () => {
    const { parent, ended, worker } = await waitingRun('kill');
    parent.kill('SIGKILL');
    expect((await ended).signal).toBe('SIGKILL');
    expect(await waitFor(() => !running(worker))).toBe(true);
  });

  it("leaves alone the channel of a program that forked it: that program's going stops nothing", async () => {
    const pidFile = join(dir, 'forked.pid');
    const forked = spawn(process.execPath, [...RUN_V8_FLAGS, '--import', 'tsx', PROBE, 'run', 'wait', pidFile], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const ended = new Promise<number | null>((resolve) => forked.on('exit', (code) => resolve(code)));
    expect(await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '')).toBe(true);
    workers.push(forked.pid!);
    forked.disconnect();
    await new Promise((r) => setTimeout(r, 1000));
    expect(running(forked.pid!)).toBe(true);
    forked.kill('SIGTERM');
    expect(await ended).toBe(7);
  });

  it('gives the outputs of a run started with them, byte for byte', () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const name of readdirSync(join(ROOT, 'corpus')).filter((n) => /^(am|nu|se)-0[12]/.test(n))) copyFileSync(join(ROOT, 'corpus', name), join(corpus, name));
    const relaunched = join(dir, 'relaunched');
    const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'run', corpus, '--out', relaunched, '--no-progress'], { encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stderr).toBe(0);
    const direct = join(dir, 'direct');
    expect(comptax(['run', corpus, '--out', direct, '--no-progress']).status).toBe(0);
    expectSameOutputs(relaunched, direct);
  });
});
