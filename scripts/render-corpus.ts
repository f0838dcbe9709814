/**
 * Renders some corpus postings into real .docx and .pdf files beside their sources (npm run corpus).
 * Output is deterministic: fixed dates and ids, so re-running gives the same bytes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, type DocxRenderOptions } from './render/docx.js';
import { renderPdf, type PdfRenderOptions } from './render/pdf.js';
import { sourceBlocks } from './render/sources.js';

interface Job {
  source: string;
  pdf?: PdfRenderOptions;
  docx?: DocxRenderOptions;
}

const JOBS: Job[] = [
  {
    source: 'am-01-regional-account-manager.md',
    pdf: { header: 'Northwind Parcel Services - Regional Account Manager', pageNumbers: true, justify: true },
    docx: { header: 'Northwind Parcel Services - Regional Account Manager', pageNumbers: true },
  },
  { source: 'se-01-backend-engineer.md', pdf: {}, docx: {} },
  {
    source: 'nu-02-charge-nurse-emergency.md',
    pdf: { header: 'Riverside Community Hospital - Job Description', pageNumbers: true, justify: true },
    docx: { justify: true, pageNumbers: true },
  },
  { source: 'fi-02-financial-analyst.md', pdf: { pageNumbers: true }, docx: {} },
  { source: 'lo-01-warehouse-operations-supervisor.md', pdf: { justify: true, pageNumbers: true }, docx: { header: 'Warehouse Operations Supervisor' } },
  // Its heading is in Chinese, which pdfkit's built-in fonts cannot draw: DOCX only.
  { source: 'am-03-key-account-manager-framework.txt', docx: {} },
  { source: 'am-02-account-roles-comparison.txt', pdf: { landscape: true, pageNumbers: true }, docx: {} },
];

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

for (const job of JOBS) {
  const path = join(corpus, job.source);
  if (!existsSync(path)) {
    console.warn(`skipped ${job.source}: not in corpus/`);
    continue;
  }
  const blocks = sourceBlocks(path);
  const stem = basename(job.source).replace(/\.(md|txt)$/, '');
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? stem;
  if (job.pdf) {
    writeFileSync(join(corpus, `${stem}.pdf`), await renderPdf(blocks, { title, ...job.pdf }));
    console.log(`corpus/${stem}.pdf`);
  }
  if (job.docx) {
    writeFileSync(join(corpus, `${stem}.docx`), await renderDocx(blocks, { title, ...job.docx }));
    console.log(`corpus/${stem}.docx`);
  }
}
