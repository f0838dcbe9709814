import type { Command } from 'commander';
import { rethrowAsUserError } from './common.js';

export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('print the cleaned, normalized text of one posting')
    .argument('<file>', 'a posting (PDF, DOCX, HTML, Markdown or text)')
    .option('--explain', 'print JSON: the text and every fix (rule, before, after, start)')
    .option('--pipeline <file>', 'pipeline configuration (default: pipelines/default.json)')
    .action(async (path: string, opts: { explain?: boolean; pipeline?: string }) => {
      const { loadPipeline, sourceFileOf, cleanFile } = await import('../index.js');
      const pipeline = loadPipeline(opts.pipeline);
      const file = await sourceFileOf(path);
      const { clean } = await cleanFile(file, pipeline).catch(rethrowAsUserError);
      if (opts.explain) {
        const out = { text: clean.text, language: clean.language, fixes: clean.fixes, warnings: clean.warnings };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      } else {
        process.stdout.write(`${clean.text}\n`);
      }
    });
}
