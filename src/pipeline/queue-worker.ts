import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { createPool, type DocumentPool } from './pool.js';
import { connectRedis, runKey } from './queue-connection.js';
import type { QueueTarget } from './queue-target.js';
import type { DocumentJob, DocumentJobResult, StoredRun } from './queue.js';
import { toolVersion } from '../store/code-version.js';

export interface ServeOptions extends QueueTarget {
  /** Worker threads. Twice as many jobs are taken, so that a thread finds its next document waiting. */
  concurrency: number;
  timeoutMs: number;
  heapMb: number;
  log: (line: string) => void;
}

/**
 * How long a job stays locked to a worker without a sign of life. The lock is renewed from the
 * worker's main thread, which stays idle because documents run in worker threads; so a short lock
 * costs nothing, and a worker killed mid-document hands its jobs on within about this long.
 */
export const LOCK_MS = 10_000;
/** How often workers look for jobs whose lock expired. */
export const STALLED_CHECK_MS = 5_000;
/** A document whose worker died this many times fails (errors.csv) instead of killing more workers. */
const MAX_STALLED = 2;
/** Thread pools kept for different configurations (runs sharing the queue). */
const POOLS_KEPT = 2;

export interface QueueServer {
  /** Finishes the jobs in hand (or, with force, hands them back), then releases everything. */
  close(force?: boolean): Promise<void>;
}

/**
 * The worker's side of a distributed run: takes document jobs from the queue and runs them in a
 * thread pool with the same map code as a local run. Each run's per-document configuration is read
 * from Redis once and a pool is kept for it.
 */
export async function serveQueue(options: ServeOptions): Promise<QueueServer> {
  const connection = await connectRedis(options.url);
  const by = `${hostname()}:${process.pid}`;
  const ownVersion = toolVersion();
  const pools = new Map<string, Promise<DocumentPool>>();

  async function poolFor(job: DocumentJob): Promise<DocumentPool> {
    let pool = pools.get(job.config);
    if (!pool) {
      pool = connection.get(runKey(options.name, job.run)).then((stored) => {
        if (!stored) throw new UnrecoverableError('the run that queued this document is gone');
        const { version, stages } = JSON.parse(stored) as StoredRun;
        if (version !== ownVersion) throw new UnrecoverableError(`this worker runs comptax ${ownVersion}, the run needs ${version}`);
        return createPool({ workers: options.concurrency, timeoutMs: options.timeoutMs, heapMb: options.heapMb, stages });
      });
      pools.set(job.config, pool);
      pool.catch(() => pools.delete(job.config));
      for (const [config, old] of pools) {
        if (pools.size <= POOLS_KEPT) break;
        pools.delete(config);
        void old.then((p) => p.close(), () => undefined);
      }
    }
    return pool;
  }

  async function processJob(job: Job<DocumentJob, DocumentJobResult>): Promise<DocumentJobResult> {
    const data = job.data;
    // A coordinator that died leaves its jobs behind: they are dropped, not worked on.
    if (!(await connection.exists(runKey(options.name, data.run)))) throw new UnrecoverableError('the run that queued this document is gone');
    const pool = await poolFor(data);
    const file = { path: data.relPath, relPath: data.relPath, bytes: Buffer.from(data.content, 'base64') };
    const [reply] = await pool.processBatch([file]);
    return { reply, by };
  }

  const worker = new Worker<DocumentJob, DocumentJobResult>(options.name, processJob, {
    connection,
    concurrency: options.concurrency * 2,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    maxStalledCount: MAX_STALLED,
    // The coordinator removes each job once it has read the reply; these only bound what a
    // coordinator that died leaves behind.
    removeOnComplete: { age: 3600 },
    removeOnFail: { age: 3600 },
  });
  let lastError = '';
  worker.on('error', (e) => {
    // ioredis reconnects by itself; one line per distinct problem, not one per retry.
    if (e.message !== lastError) options.log(`redis: ${e.message}`);
    lastError = e.message;
  });
  await worker.waitUntilReady();

  return {
    async close(force = false) {
      await worker.close(force);
      for (const pool of pools.values()) await pool.then((p) => p.close(), () => undefined);
      connection.disconnect();
    },
  };
}
