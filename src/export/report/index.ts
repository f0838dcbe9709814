import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { ComptaxError } from '../../errors.js';
import { FileSink } from '../file-sink.js';
import { WHOLE_FILE_PIECE } from '../json-pieces.js';
import { readReportData, type WrittenOutputs } from './report-data.js';
import { reportPieces } from './report-html.js';

export { readReportData, type ReportData, type WrittenOutputs } from './report-data.js';

/**
 * report.html from the files of an output folder. During a run, `manifest` is the manifest about to
 * be written (it comes last) and `written` what the run has just written (see WrittenOutputs);
 * `comptax report` reads the files. Written under a temporary name, then renamed, so that a killed
 * run never leaves half a page.
 */
export async function writeReport(outDir: string, manifest?: Parameters<typeof readReportData>[1], written?: WrittenOutputs): Promise<string> {
  const data = await readReportData(outDir, manifest, undefined, written);
  const file = join(outDir, 'report.html');
  try {
    const sink = new FileSink(`${file}.tmp`, WHOLE_FILE_PIECE);
    for (const piece of reportPieces(data)) {
      sink.push(piece);
      await sink.flushIfFull();
    }
    await sink.end();
    await rename(`${file}.tmp`, file);
  } catch (e) {
    throw new ComptaxError('output', `cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return file;
}
