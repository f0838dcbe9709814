import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/config.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { MAIN, NODE_ARGS, ROOT } from '../helpers/cli.js';
import { expectSameOutputs, manifestOf, tempDir } from '../helpers/outputs.js';
import { freePort, startRedis, type RedisServer } from '../helpers/redis.js';

const CORPUS = join(ROOT, 'corpus');

interface Spawned {
  child: ChildProcess;
  /** What it wrote on stderr so far. */
  stderr(): string;
  exit: Promise<{ code: number | null; stderr: string; ms: number }>;
}

/** The CLI from source, as a separate process (a worker on another machine would be the same). */
function cli(args: string[], nodeArgs = NODE_ARGS): Spawned {
  const t0 = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; stderr: string; ms: number }>((resolve) => child.on('exit', (code) => resolve({ code, stderr, ms: Date.now() - t0 })));
  return { child, stderr: () => stderr, exit };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 120_000): Promise<void> {
  for (const t0 = Date.now(); !(await condition()); ) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('distributed runs on Redis', () => {
  let redis: RedisServer;
  const reference = tempDir('redis-reference');
  const workers: Spawned[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    await runPipeline({ inputs: [CORPUS], out: reference, pipeline: loadPipeline(), workers: 2, progress: false });
  }, 300_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await redis?.stop();
  });

  it('gives the outputs of a local run when one of two workers is killed mid-run, and counts each document once', async () => {
    const queue = 'killed';
    const ready = () => workers.every((w) => /serving queue/.test(w.stderr()));
    for (let i = 0; i < 2; i++) workers.push(cli(['worker', '--redis', redis.url, '--queue', queue, '--concurrency', '1']));
    await until(ready, 'two workers');

    const events = new QueueEvents(queue, { connection: new Redis(redis.url, { maxRetriesPerRequest: null }) });
    await events.waitUntilReady();
    let completed = 0;
    events.on('completed', () => completed++);

    const out = tempDir('redis-out');
    const coordinator = cli(['run', CORPUS, '--out', out, '--no-cache', '--no-progress', '--redis', redis.url, '--queue', queue]);
    await until(() => completed >= 3, 'the first documents');
    const victim = workers[0];
    victim.child.kill('SIGKILL');
    const result = await coordinator.exit;
    await events.close();

    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expectSameOutputs(out, reference);
    const { work, counts } = manifestOf(out);
    expect(work.computed).toBe(counts.documents);
    expect(Object.values(work.computedBy).reduce((a, b) => a + b, 0)).toBe(counts.documents);
    // The surviving worker did the rest, the killed one's document included.
    expect(work.computedBy[Object.keys(work.computedBy).find((k) => k.endsWith(`:${workers[1].child.pid}`))!]).toBeGreaterThan(0);
    // Nothing left behind in Redis for this run: its jobs were removed once read.
    const client = new Redis(redis.url);
    expect(await client.keys(`bull:${queue}:[0-9a-f]*-*`)).toEqual([]);
    expect(await client.keys(`comptax:${queue}:run:*`)).toEqual([]);
    client.disconnect();
  });

  it('enqueues nothing for documents already in the cache: a run completes with no worker at all', async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
    const stopped = await Promise.all(workers.map((w) => w.exit));
    expect(stopped[1].code).toBe(0);

    const out = tempDir('redis-cached');
    const local = cli(['run', CORPUS, '--out', out, '--no-progress', '--workers', '2']);
    expect((await local.exit).code).toBe(0);
    const queued = cli(['run', CORPUS, '--out', out, '--no-progress', '--redis', redis.url, '--queue', 'cached']);
    const result = await queued.exit;
    expect(result.code).toBe(0);
    expect(manifestOf(out).work).toMatchObject({ computed: 0, fromCache: manifestOf(out).counts.documents });
    expectSameOutputs(out, reference);
  });

  it('serves a run from a worker started without its V8 flags (relaunched with them), which stops on SIGINT', async () => {
    const queue = 'relaunched';
    const worker = cli(['worker', '--redis', redis.url, '--queue', queue, '--concurrency', '1'], ['--import', 'tsx']);
    workers.push(worker);
    await until(() => /serving queue/.test(worker.stderr()), 'the worker');
    const out = tempDir('redis-relaunched');
    const result = await cli(['run', CORPUS, '--out', out, '--no-cache', '--no-progress', '--redis', redis.url, '--queue', queue]).exit;
    expect(result.code).toBe(0);
    expectSameOutputs(out, reference);
    // The documents were computed by the relaunched process, not the one started.
    expect(Object.keys(manifestOf(out).work.computedBy).some((k) => k.endsWith(`:${worker.child.pid}`))).toBe(false);
    worker.child.kill('SIGINT');
    const stopped = await worker.exit;
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toMatch(/SIGINT: finishing the documents in hand[\s\S]*stopped/);
  });

  it('exits 1 with one line when Redis cannot be reached, within 10 s', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    // A server that accepts connections and never answers: the wait must still end.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const mute = `redis://127.0.0.1:${(silent.address() as { port: number }).port}`;
    try {
      // One at a time: each is timed from its start, a CLI run from source on a busy machine. A refused
      // connection ends at once, so its time is the command's start-up (tsx compiling the sources) and exit;
      // against the silent server the same command may wait 10 s more at most (Redis gets 7 s).
      const startUp = new Map<string, number>();
      for (const [args, silentServer] of [
        [['run', CORPUS, '--out', tempDir('redis-down'), '--redis', closed], false],
        [['worker', '--redis', closed], false],
        [['run', CORPUS, '--out', tempDir('redis-mute'), '--redis', mute], true],
        [['worker', '--redis', mute], true],
      ] as const) {
        const r = await cli([...args]).exit;
        expect(r.code).toBe(1);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^comptax: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+\/?: /);
        if (!silentServer) {
          expect(r.ms).toBeLessThan(15_000);
          startUp.set(args[0], r.ms);
        } else expect(r.ms - startUp.get(args[0])!).toBeLessThan(10_000);
      }
    } finally {
      silent.close();
    }
  });
});
