import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { ComptaxError } from '../errors.js';
import { CANONICALIZE_COLUMNS } from '../export/columns.js';
import { escapeCell } from '../export/csv.js';
import { MENTION_KINDS, type MentionKind } from '../types.js';

async function readLines(source: string | undefined): Promise<string[]> {
  if (source && source !== '-') {
    const info = await stat(source).catch(() => null);
    if (!info?.isFile()) throw new ComptaxError('input', `file not found: ${source}`);
  }
  const input = source && source !== '-' ? createReadStream(source, 'utf8') : process.stdin;
  const lines: string[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) lines.push(line.replace(/^\uFEFF/, ''));
  return lines;
}

export function registerCanonicalize(program: Command): void {
  program
    .command('canonicalize')
    .description('group phrases (one per line) into canonical competencies; prints CSV in input order')
    .argument('[file]', 'phrases, one per line (default or "-": standard input)')
    .addOption(new Option('--kind <kind>', 'what the phrases are').choices(MENTION_KINDS).default('skill'))
    .option('--reference <file>', 'reference taxonomy (ESCO skills CSV or id,label,alt_labels CSV); "none" for no reference (default: the bundled ESCO vocabulary)')
    .option('--pipeline <file>', 'pipeline configuration (default: pipelines/default.json)')
    .action(async (file: string | undefined, opts: { kind: MentionKind; reference?: string; pipeline?: string }) => {
      // fast-csv only here, not when the CLI starts: every command (a run's threads wait on it) loaded it.
      const [{ loadPipeline, canonicalizePhrases, resolveReference }, { format }] = await Promise.all([import('../index.js'), import('fast-csv')]);
      const pipeline = loadPipeline(opts.pipeline);
      const reference = (await resolveReference(opts.reference, pipeline.taxonomy)) ?? null;
      const lines = await readLines(file);
      const rows = canonicalizePhrases(lines, opts.kind, pipeline.taxonomy, reference);
      const csv = format({ headers: [...CANONICALIZE_COLUMNS], rowDelimiter: '\r\n', includeEndRowDelimiter: true, alwaysWriteHeaders: true });
      csv.pipe(process.stdout);
      for (const r of rows) {
        csv.write([r.phrase, r.id, r.label, r.referenceId, r.referenceLabel].map(escapeCell));
      }
      await new Promise<void>((resolve) => csv.end(resolve));
    });
}
