import type { Command } from 'commander';
import { join } from 'node:path';
import type { RunSummary } from '../pipeline/run.js';
import { positiveInt } from './common.js';
import { queueOption, redisOption } from './queue-options.js';

interface RunFlags {
  out: string;
  pipeline?: string;
  workers?: number;
  reference?: string;
  previous?: string;
  progress: boolean;
  /** A path, or false for --no-cache, or undefined for the default. */
  cache?: string | false;
  redis?: string;
  queue: string;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('process every posting under the given files/folders and build the taxonomy')
    .argument('<path...>', 'files or folders (searched recursively)')
    .option('--out <dir>', 'output folder (created if missing)', 'output')
    .option('--pipeline <file>', 'pipeline configuration (default: pipelines/default.json)')
    .option('--workers <n>', 'worker threads (default: number of CPUs)', positiveInt)
    .option('--reference <file>', 'reference taxonomy (ESCO skills CSV or id,label,alt_labels CSV) to align competencies to; "none" for no reference (default: the bundled ESCO vocabulary)')
    .option('--previous <file>', 'taxonomy.json of an earlier run: its competency ids are carried forward')
    .option('--no-progress', 'no progress bar (also automatic when stderr is not a terminal)')
    .option('--cache <path>', 'per-document result cache (SQLite) (default: <out>/.comptax/cache.sqlite)')
    .option('--no-cache', 'neither read nor write the cache')
    .option('--redis <url>', 'distributed run: documents go to `comptax worker` processes through this Redis server', redisOption)
    .option('--queue <name>', 'queue name for --redis, so that several runs can share one Redis', queueOption, 'comptax')
    .action(async (paths: string[], opts: RunFlags) => {
      const [{ loadPipeline }, { localThreads, threadCount }, { closedCleanly }, { STATE_DIR }] = await Promise.all([
        import('../pipeline/config.js'),
        import('../pipeline/mapper.js'),
        import('../store/sqlite-file.js'),
        import('../store/output-dir.js'),
      ]);
      const pipeline = loadPipeline(opts.pipeline);
      const cacheFile = opts.cache === false ? undefined : (opts.cache ?? join(opts.out, STATE_DIR, 'cache.sqlite'));
      // The worker threads take a second or more to load their models: those of a run with documents
      // to compute (no cache, a new one, one a killed run left; the run itself starts them otherwise)
      // start now, while the main thread loads the rest of the run's code (a tenth of a second).
      const threads = opts.redis ? undefined : localThreads(pipeline, threadCount(opts.workers), { carry: cacheFile !== undefined });
      if (threads && (!cacheFile || !closedCleanly(cacheFile))) threads.warm?.();
      let s: RunSummary;
      try {
        const { runPipeline } = await import('../pipeline/run.js');
        s = await runPipeline({
          inputs: paths,
          out: opts.out,
          pipeline,
          workers: opts.workers,
          referenceFile: opts.reference,
          previousFile: opts.previous,
          progress: opts.progress,
          cacheFile,
          queue: opts.redis ? { url: opts.redis, name: opts.queue } : undefined,
          threads,
          // The process ends with the run: its reduce frees what it is done with and keeps a lean heap.
          processEndsWithRun: true,
        });
      } finally {
        // Closed by the run when it got that far; a run that failed before (a bad reference file) did not.
        await threads?.close();
      }
      process.stderr.write(
        `comptax: ${s.documents} documents: ${s.ok} ok, ${s.failed} failed, ${s.duplicates} duplicates; ` +
          `${s.mentions} mentions, ${s.competencies} competencies; ${s.fromCache} from the cache; ${s.seconds.toFixed(1)} s → ${opts.out}` +
          `${s.failed ? ` (see ${opts.out}/errors.csv)` : ''}\n`,
      );
      process.exitCode = s.exitCode;
    });
}
