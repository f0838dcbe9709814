// The export thread's task (see export-thread.ts): mentions.csv.
import { readSpool } from '../pipeline/spool.js';
import type { MentionKind } from '../types.js';
import type { ExportJob } from './export-thread.js';
import { variantKey, writeMentionsCsv, type SpooledDocument } from './mention-files.js';

export default async function writeMentions(job: ExportJob): Promise<void> {
  const idOf = (kind: MentionKind, normalized: string) => {
    const id = job.ids.get(variantKey(kind, normalized));
    // Every spooled mention is one of the collected variants (a document's result gives both from one list).
    if (id === undefined) throw new Error(`export: no competency id for the ${kind} "${normalized}"`);
    return id;
  };
  await writeMentionsCsv(job.outDir, readSpool<SpooledDocument>(job.spool), idOf);
}
