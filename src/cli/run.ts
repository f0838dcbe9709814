import type { Command } from 'commander';
import { positiveInt } from './common.js';

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
    .action(async (paths: string[], opts: { out: string; pipeline?: string; workers?: number; reference?: string; previous?: string; progress: boolean }) => {
      const [{ loadPipeline }, { runPipeline }] = await Promise.all([import('../pipeline/config.js'), import('../pipeline/run.js')]);
      const pipeline = loadPipeline(opts.pipeline);
      const s = await runPipeline({
        inputs: paths,
        out: opts.out,
        pipeline,
        workers: opts.workers,
        referenceFile: opts.reference,
        previousFile: opts.previous,
        progress: opts.progress,
      });
      process.stderr.write(
        `comptax: ${s.documents} documents: ${s.ok} ok, ${s.failed} failed, ${s.duplicates} duplicates; ` +
          `${s.mentions} mentions, ${s.competencies} competencies; ${s.seconds.toFixed(1)} s → ${opts.out}` +
          `${s.failed ? ` (see ${opts.out}/errors.csv)` : ''}\n`,
      );
      process.exitCode = s.exitCode;
    });
}
