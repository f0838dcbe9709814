// The per-document map step, run in a piscina worker. It never sees another document and keeps no
// state between tasks but memos of answers that depend on their question only, so that the same
// function can run under any pool or queue.
import { workerData } from 'node:worker_threads';
import { namesFor } from './extract/names.js';
import { loadModel } from './extract/tagger-model.js';
import { carryVerbGuesses, takeLearntVerbGuesses } from './extract/verbs.js';
import { analyzeFile, summarize, type DocumentStages } from './pipeline/analyze.js';
import { MAX_PAIR_CHARS, readCarried, type GuessRow } from './pipeline/guess-carrier.js';
import { StageFailure } from './pipeline/stage-failure.js';
import type { DocumentError, DocumentResult, SourceFile } from './types.js';

export type WorkerReply = { ok: true; result: DocumentResult } | { ok: false; error: DocumentError };
/** A task's replies, with compromise's answers learnt meanwhile when the run carries them (see GuessCarrier). */
export type TaskReply = WorkerReply[] | { replies: WorkerReply[]; learnt: GuessRow[] };

const { stages, guesses } = workerData as { stages: DocumentStages; guesses?: SharedArrayBuffer };
// The reference vocabulary and the tagger's model are read once per worker when it starts, not inside its first document's time.
namesFor(stages.extract);
if (stages.extract.tagger) loadModel(stages.extract.tagger);

/** Until the earlier runs' answers are in: waited for at the first task only (they are there before any task is sent). */
let toCarry = guesses;
let firstTask = true;

/** Processes the files of one task in turn. */
export default async function processDocuments(files: SourceFile[]): Promise<TaskReply> {
  if (toCarry) {
    const rows = readCarried(toCarry, firstTask ? 10_000 : 0);
    if (rows) {
      carryVerbGuesses(rows);
      toCarry = undefined;
    }
  }
  firstTask = false;
  const replies: WorkerReply[] = [];
  for (const file of files) replies.push(await processDocument(file));
  if (!guesses) return replies;
  const learnt = takeLearntVerbGuesses().filter(([pair]) => pair.length <= MAX_PAIR_CHARS);
  return learnt.length ? { replies, learnt } : replies;
}

async function processDocument(file: SourceFile): Promise<WorkerReply> {
  try {
    return { ok: true, result: summarize(file, await analyzeFile(file, stages)) };
  } catch (e) {
    if (e instanceof StageFailure) return { ok: false, error: e.error };
    return { ok: false, error: { path: file.relPath, stage: 'worker', code: 'internal', message: `internal error: ${(e as Error).message}` } };
  }
}
