import type { Command } from 'commander';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('rebuild report.html in an output folder from the files a run wrote there')
    .argument('<out-dir>', 'output folder of an earlier `comptax run`')
    .action(async (outDir: string) => {
      const { writeReport } = await import('../export/report/index.js');
      const file = await writeReport(outDir);
      process.stderr.write(`comptax: report written → ${file}\n`);
    });
}
