import type { Command } from 'commander';
import { rethrowAsUserError } from './common.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description("print one posting's sections, items and mentions")
    .argument('<file>', 'a posting (PDF, DOCX, HTML, Markdown or text)')
    .option('--json', 'print JSON: document, sections with items, mentions')
    .option('--pipeline <file>', 'pipeline configuration (default: pipelines/default.json)')
    .action(async (path: string, opts: { json?: boolean; pipeline?: string }) => {
      const { loadPipeline, sourceFileOf, analyzeFile } = await import('../index.js');
      const pipeline = loadPipeline(opts.pipeline);
      const a = await analyzeFile(await sourceFileOf(path), pipeline).catch(rethrowAsUserError);
      const out = {
        document: { format: a.raw.format, language: a.clean.language, title: a.segmented.title, company: a.segmented.company, roles: a.segmented.roles },
        sections: a.segmented.sections.map((s) => ({ heading: s.heading, kind: s.kind, ...(s.role ? { role: s.role } : {}), items: s.items.map((i) => i.text) })),
        mentions: a.mentions.map((m) => ({
          kind: m.kind,
          text: m.text,
          normalized: m.normalized,
          section: m.section,
          start: m.start,
          end: m.end,
          confidence: m.confidence,
          ...(m.role ? { role: m.role } : {}),
          ...(m.level ? { level: m.level } : {}),
          ...(m.qualification ? { qualification: m.qualification } : {}),
        })),
      };
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const lines = [`${out.document.title || '(untitled)'}  [${out.document.format}, ${out.document.language}]`];
      for (const s of out.sections) {
        lines.push('', `## ${s.heading || '(no heading)'}  <${s.kind}${s.role ? `, ${s.role}` : ''}>`);
        for (const item of s.items) lines.push(`  - ${item}`);
      }
      lines.push('', 'Mentions:');
      for (const m of out.mentions) lines.push(`  ${m.kind.padEnd(13)} ${m.normalized}   ← "${m.text}" (${m.confidence.toFixed(2)})`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
