import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents, type Job } from 'bullmq';
import { ComptaxError } from '../errors.js';
import { toolVersion } from '../store/code-version.js';
import type { SourceFile } from '../types.js';
import type { WorkerReply } from '../worker.js';
import type { DocumentStages } from './analyze.js';
import { connectRedis, newConnection, runKey } from './queue-connection.js';
import { displayUrl, type QueueTarget } from './queue-target.js';
import type { Mapper } from './mapper.js';

/** A document as it travels: its content, the path shown in outputs, and which run's configuration applies. */
export interface DocumentJob {
  run: string;
  /** Hash of the per-document configuration: a worker keeps the configurations it has already read. */
  config: string;
  relPath: string;
  /** The file's bytes, base64. */
  content: string;
}

/** What a run stores once in Redis for its workers. */
export interface StoredRun {
  /** A worker must run the same code, or its results would differ from a local run's. */
  version: string;
  stages: DocumentStages;
}

/** What a worker returns for a job. */
export interface DocumentJobResult {
  reply: WorkerReply;
  /** host:pid of the worker process. */
  by: string;
}

/** A run's key lives this long without its coordinator renewing it; then workers drop its jobs. */
const RUN_TTL_S = 60;
/** Redis gone this long mid-run: the run fails rather than wait for ever. */
const LOST_MS = 30_000;

/**
 * The coordinator's side of a distributed run: each document becomes a job carrying its content;
 * the run's per-document configuration is stored once in Redis under the run's key. Replies come
 * back through the queue's event stream; each job is removed once its reply is read.
 */
export async function connectQueue(target: QueueTarget, run: { stages: DocumentStages; documentHash: string }): Promise<Mapper> {
  const connection = await connectRedis(target.url);
  const runId = randomBytes(6).toString('hex');
  const key = runKey(target.name, runId);
  const queue = new Queue<DocumentJob, DocumentJobResult>(target.name, { connection });
  // Connections given to BullMQ are the caller's to close; the events reader needs its own (it blocks).
  const eventsConnection = newConnection(target.url);
  const events = new QueueEvents(target.name, { connection: eventsConnection });
  events.setMaxListeners(0);
  queue.setMaxListeners(0);
  // Errors surface where they matter (a job that never finishes); a dropped connection is retried.
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  await events.waitUntilReady();
  const stored: StoredRun = { version: toolVersion(), stages: run.stages };
  await connection.set(key, JSON.stringify(stored), 'EX', RUN_TTL_S);
  const renew = setInterval(() => void connection.expire(key, RUN_TTL_S).catch(() => undefined), (RUN_TTL_S / 3) * 1000).unref();

  let counts = { waiting: 0, active: 0 };
  const poll = setInterval(() => {
    void queue.getJobCounts('waiting', 'active').then((c) => (counts = { waiting: c.waiting ?? 0, active: c.active ?? 0 }), () => undefined);
  }, 1_000).unref();
  let sequence = 0;

  // ioredis reconnects by itself; only a Redis gone for long fails the run (exit 1, one line).
  let lostReject!: (e: Error) => void;
  const lost = new Promise<never>((_, reject) => (lostReject = reject));
  lost.catch(() => undefined);
  let downSince = 0;
  let gone = false;
  const watchdog = setInterval(() => {
    if (connection.status === 'ready') downSince = 0;
    else if (!downSince) downSince = Date.now();
    else if (Date.now() - downSince > LOST_MS) {
      gone = true;
      lostReject(new ComptaxError('redis', `lost the connection to Redis at ${displayUrl(target.url)} for ${LOST_MS / 1000} s`));
    }
  }, 1_000).unref();

  async function outcome(job: Job<DocumentJob, DocumentJobResult>, file: SourceFile): Promise<{ reply: WorkerReply; by: string }> {
    try {
      const result = (await job.waitUntilFinished(events)) as DocumentJobResult;
      return result;
    } catch (e) {
      // A job fails as a whole only when no worker could run it: its workers kept dying on it, or
      // a worker refused it (it runs other code than this run).
      const message = (e as Error).message;
      const code = /stalled/.test(message) ? 'worker-crash' : 'worker-refused';
      return { reply: { ok: false, error: { path: file.relPath, stage: 'worker', code, message: `no worker finished it: ${message}` } }, by: 'queue' };
    } finally {
      void job.remove().catch(() => undefined);
    }
  }

  return {
    async map(files) {
      const jobs = await Promise.race([
        queue.addBulk(
          files.map((f) => ({
            name: 'document',
            data: { run: runId, config: run.documentHash, relPath: f.relPath, content: Buffer.from(f.bytes!).toString('base64') },
            opts: { jobId: `${runId}-${sequence++}`, attempts: 1 },
          })),
        ),
        lost,
      ]);
      return Promise.race([Promise.all(jobs.map((job, i) => outcome(job, files[i]))), lost]);
    },
    status: () => ` | ${counts.waiting} queued, ${counts.active} running`,
    async close() {
      clearInterval(renew);
      clearInterval(poll);
      clearInterval(watchdog);
      // With Redis gone, a graceful close would wait for it for ever.
      if (!gone) {
        await connection.del(key).catch(() => undefined);
        await events.close();
        await queue.close();
      }
      eventsConnection.disconnect();
      connection.disconnect();
    },
  };
}
