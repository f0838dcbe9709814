import { Redis, type RedisOptions } from 'ioredis';
import { ComptaxError } from '../errors.js';
import { displayUrl } from './queue-target.js';

/** How long to wait for Redis: the contract's 10 s, less the start-up before and the exit after. */
const REACH_MS = 7_000;

/**
 * Connects, or fails within 10 s with one line. The connection returned retries for ever after a
 * later drop (BullMQ needs that), so reachability is checked first on a client that does not retry.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: REACH_MS, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // connect() rejects with a bare "Connection is closed"; the cause (ECONNREFUSED…) comes as an event.
  let cause = '';
  probe.on('error', (e: NodeJS.ErrnoException) => (cause ||= e.code ?? e.message));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe.connect().then(() => probe.ping()),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${REACH_MS / 1000} s`)), REACH_MS))),
    ]);
  } catch (e) {
    throw new ComptaxError('redis', `cannot reach Redis at ${displayUrl(url)}: ${cause || (e as Error).message}`);
  } finally {
    clearTimeout(timer);
    probe.disconnect();
    // A server that accepted the connection but never answers would hold a graceful close open.
    probe.stream?.destroy();
  }
  return newConnection(url);
}

/** A connection as BullMQ wants it (blocking commands wait as long as they need). */
export function newConnection(url: string, options: RedisOptions = {}): Redis {
  const connection = new Redis(url, { maxRetriesPerRequest: null, ...options });
  // ioredis reconnects by itself and prints every failed attempt unless someone listens; a lasting
  // loss is reported by the coordinator's watchdog and the worker's error log, once.
  connection.on('error', () => undefined);
  return connection;
}

/** The Redis key holding a run's per-document configuration while the run is alive. */
export function runKey(queue: string, runId: string): string {
  return `comptax:${queue}:run:${runId}`;
}
