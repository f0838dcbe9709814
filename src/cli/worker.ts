import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { positiveInt } from './common.js';
import { queueOption, redisOption } from './queue-options.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('serve a distributed run: take documents from a Redis queue and run the per-document stages')
    .requiredOption('--redis <url>', 'Redis server: redis://[user:pass@]host:port[/db], rediss:// for TLS', redisOption)
    .option('--queue <name>', 'queue name (as given to comptax run)', queueOption, 'comptax')
    .option('--concurrency <n>', 'worker threads (default: number of CPUs); twice as many documents are taken at once, so that a thread finds its next one waiting', positiveInt)
    .option('--pipeline <file>', "this machine's limits: run.documentTimeoutMs and run.workerHeapMb (the stages' configuration comes with the run)")
    .action(async (opts: { redis: string; queue: string; concurrency?: number; pipeline?: string }) => {
      const [{ loadPipeline }, { serveQueue }] = await Promise.all([import('../pipeline/config.js'), import('../pipeline/queue-worker.js')]);
      const limits = loadPipeline(opts.pipeline).options.run;
      const log = (line: string) => process.stderr.write(`comptax worker: ${line}\n`);
      const concurrency = opts.concurrency ?? availableParallelism();
      const server = await serveQueue({
        url: opts.redis,
        name: opts.queue,
        concurrency,
        timeoutMs: limits.documentTimeoutMs,
        heapMb: limits.workerHeapMb,
        log,
      });
      log(`serving queue "${opts.queue}" with ${concurrency} thread(s); stop with Ctrl-C`);
      // First signal: finish the documents in hand, then exit 0. A second: hand them back at once
      // (their locks expire and other workers take them), without waiting for an unreachable Redis.
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: string) => {
          if (stopping) {
            log(`${signal} again: handing back the documents in hand`);
            setTimeout(resolve, 2_000).unref();
            void server.close(true).then(resolve, resolve);
            return;
          }
          stopping = true;
          log(`${signal}: finishing the documents in hand (${signal} again to stop at once)`);
          void server.close().then(resolve, resolve);
        };
        process.on('SIGINT', () => stop('SIGINT'));
        process.on('SIGTERM', () => stop('SIGTERM'));
      });
      log('stopped');
      process.exit(0);
    });
}
