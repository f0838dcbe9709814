// The per-document map step, run in a piscina worker. It never sees another document and keeps no
// state between tasks, so the same function can run under any pool or queue.
import { workerData } from 'node:worker_threads';
import { namesFor } from './extract/names.js';
import { loadModel } from './extract/tagger-model.js';
import { analyzeFile, summarize, type DocumentStages } from './pipeline/analyze.js';
import { StageFailure } from './pipeline/stage-failure.js';
import type { DocumentError, DocumentResult, SourceFile } from './types.js';

export type WorkerReply = { ok: true; result: DocumentResult } | { ok: false; error: DocumentError };

const stages = (workerData as { stages: DocumentStages }).stages;
// The reference vocabulary and the tagger's model are read once per worker when it starts, not inside its first document's time.
namesFor(stages.extract);
if (stages.extract.tagger) loadModel(stages.extract.tagger);

/** Processes the files of one task in turn. */
export default async function processDocuments(files: SourceFile[]): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = [];
  for (const file of files) replies.push(await processDocument(file));
  return replies;
}

async function processDocument(file: SourceFile): Promise<WorkerReply> {
  try {
    return { ok: true, result: summarize(file, await analyzeFile(file, stages)) };
  } catch (e) {
    if (e instanceof StageFailure) return { ok: false, error: e.error };
    return { ok: false, error: { path: file.relPath, stage: 'worker', code: 'internal', message: `internal error: ${(e as Error).message}` } };
  }
}
