// The export thread's tasks (see export-thread.ts): mentions.csv, a JSON file.
import { readSpool } from '../pipeline/spool.js';
import type { MentionKind } from '../types.js';
import type { ExportJob, MentionsJob } from './export-thread.js';
import { variantKey, writeMentionsCsv, type SpooledDocument } from './mention-files.js';
import { writeJsonFile } from './json-pieces.js';

export default async function exportTask(job: ExportJob): Promise<void> {
  if (job.task === 'mentions') await writeMentions(job);
  else await writeJsonFile(job.path, job.value, job.depth);
}

async function writeMentions(job: MentionsJob): Promise<void> {
  const idOf = (kind: MentionKind, normalized: string) => {
    const id = job.ids.get(variantKey(kind, normalized));
    // Every spooled mention is one of the collected variants (a document's result gives both from one list).
    if (id === undefined) throw new Error(`export: no competency id for the ${kind} "${normalized}"`);
    return id;
  };
  await writeMentionsCsv(job.outDir, readSpool<SpooledDocument>(job.spool), idOf);
}
