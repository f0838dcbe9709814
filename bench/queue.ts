// Figures for README "Scaling out", through the built CLI on a generated corpus and a redis-server of
// our own on 127.0.0.1: docs/s of 1 and 2 `comptax worker` processes (1 thread each), Redis memory
// per 1,000 queued postings, and the cost of a cache hit per document.
// Usage: npm run bench:queue [-- SIZE]   (default 1000 postings; needs redis-server on the PATH)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../test/helpers/redis.js';
import { generateCorpus } from './generate.js';

const size = Number(process.argv[2] ?? 1000);
const CLI = join('dist', 'cli', 'main.js');
const env = { ...process.env, DOTENV_CONFIG_QUIET: 'true' };
const dir = join('.bench', `corpus-${size}`);
if (!existsSync(join(dir, `posting-${String(size - 1).padStart(6, '0')}.txt`))) generateCorpus(dir, size);

const port = await freePort();
const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
const url = `redis://127.0.0.1:${port}`;
const client = new Redis(url);
client.on('error', () => undefined); // until the server is up; the ping below waits for it
await client.ping();

const out = () => mkdtempSync(join(tmpdir(), 'comptax-bench-queue-'));
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]);

function run(args: string[]): { seconds: number; manifest: { timings: { mapWallMs: number }; counts: { documents: number } } } {
  const o = out();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'run', dir, '--out', o, '--no-progress', ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`run failed: ${r.stderr}`);
  return { seconds: (performance.now() - t0) / 1000, manifest: JSON.parse(readFileSync(join(o, 'manifest.json'), 'utf8')) };
}

function workers(n: number, queue: string): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, [CLI, 'worker', '--redis', url, '--queue', queue, '--concurrency', '1'], { stdio: 'ignore', env }));
}

async function stop(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((c) => new Promise((resolve) => (c.once('exit', resolve), c.kill('SIGTERM')))));
}

try {
  console.log(`postings: ${size}`);
  const local = run(['--no-cache', '--workers', '1']);
  console.log(`local run, 1 thread:            map ${(size / (local.manifest.timings.mapWallMs / 1000)).toFixed(1)} docs/s`);
  for (const n of [1, 2]) {
    const started = workers(n, `bench${n}`);
    await new Promise((r) => setTimeout(r, 1500));
    const r = run(['--no-cache', '--redis', url, '--queue', `bench${n}`]);
    await stop(started);
    console.log(`${n} worker process(es), 1 thread: map ${(size / (r.manifest.timings.mapWallMs / 1000)).toFixed(1)} docs/s`);
  }

  // Queued, never taken: the coordinator keeps its in-flight window full while no worker runs.
  const before = await usedMemory();
  const coordinator = spawn(process.execPath, [CLI, 'run', dir, '--out', out(), '--no-cache', '--no-progress', '--redis', url, '--queue', 'memory'], { stdio: 'ignore', env });
  let waiting = 0;
  for (let i = 0; i < 300; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await client.llen('bull:memory:wait');
    if (now > 0 && now === waiting) break;
    waiting = now;
  }
  const after = await usedMemory();
  coordinator.kill('SIGKILL');
  const bytes = await client.call('MEMORY', 'USAGE', `bull:memory:${(await client.lrange('bull:memory:wait', 0, 0))[0]}`);
  console.log(`Redis memory: ${waiting} postings queued: ${((after - before) / 1024 / 1024).toFixed(2)} MB = ${(((after - before) / waiting) * 1000 / 1024 / 1024).toFixed(2)} MB per 1,000 (one job: ${bytes} bytes)`);

  const cacheDir = out();
  const cache = join(cacheDir, 'cache.sqlite');
  run(['--cache', cache]);
  const hit = run(['--cache', cache]);
  console.log(`cache hit: ${((hit.manifest.timings.mapWallMs * 1000) / size).toFixed(0)} µs per document when the reduce is memoized too (read, hash and look up each file)`);
  // Another reference changes only the reduce's key: every result is decoded and its rows written.
  const decoded = run(['--cache', cache, '--reference', 'none']);
  console.log(`cache hit: ${((decoded.manifest.timings.mapWallMs * 1000) / size).toFixed(0)} µs per document when the reduce is computed (the look-up pass, then read, hash, decode and write its rows)`);
} finally {
  client.disconnect();
  server.kill('SIGTERM');
}
