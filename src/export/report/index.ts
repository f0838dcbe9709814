import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ComptaxError } from '../../errors.js';
import type { ReadBackRows } from '../csv.js';
import type { RoleRow } from '../mention-files.js';
import { readReportData } from './report-data.js';
import { renderReport } from './report-html.js';

export { readReportData, type ReportData } from './report-data.js';

/**
 * report.html from the files of an output folder. During a run, `manifest` is the manifest about to
 * be written (it comes last) and `roleRows` roles.csv's rows; `comptax report` reads the files. Written under a temporary name,
 * then renamed, so that a killed run never leaves half a page.
 */
export async function writeReport(
  outDir: string,
  manifest?: Parameters<typeof readReportData>[1],
  roleRows?: readonly RoleRow[],
  csvRows?: Partial<Record<'documents' | 'taxonomy', ReadBackRows>>,
): Promise<string> {
  const html = renderReport(await readReportData(outDir, manifest, undefined, roleRows, csvRows));
  const file = join(outDir, 'report.html');
  try {
    await writeFile(`${file}.tmp`, html);
    await rename(`${file}.tmp`, file);
  } catch (e) {
    throw new ComptaxError('output', `cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return file;
}
