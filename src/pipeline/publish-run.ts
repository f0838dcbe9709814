import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { WrittenOutputs } from '../export/report/index.js';
import type { ResultCache } from '../store/cache.js';
import { publish } from '../store/output-dir.js';
import type { StageTimings } from '../types.js';
import type { WorkTally } from './cached-map.js';
import { buildManifest } from './manifest.js';
import { displayUrl } from './queue-target.js';
import { loadReduceSide } from './reduce-loader.js';
import type { ReduceRecord } from './reduce-memo.js';
import type { RunOptions, RunSummary } from './run.js';

/** Where the run writes, and since when it runs. */
export interface PublishPlace {
  outDir: string;
  staging: string;
  cache: ResultCache | undefined;
  workers: number;
  t0: number;
}

/** A finished run's figures, as publishRun takes them. */
export interface FinishedRun {
  summary: RunSummary;
  tally: WorkTally;
  timings: { mapMs: number; stageMs: StageTimings; taxonomyMs: number; exportMs: number };
  referenceLabel: string | undefined;
  /** Set when the reduce was computed here and may be kept. */
  reduceKey?: string;
  /** What the reduce wrote, as the report reads it back, when the reduce was computed here. */
  written?: WrittenOutputs;
}

/**
 * manifest.json (and the report, unless it came from the cache) into the staging folder, then every
 * file into the output folder. A computed reduce whose key is known goes into the cache first.
 */
export async function publishRun(options: RunOptions, place: PublishPlace, run: FinishedRun): Promise<RunSummary> {
  const { summary, tally } = run;
  const { staging, cache } = place;
  summary.seconds = (performance.now() - place.t0) / 1000;
  const manifest = buildManifest({
    pipeline: options.pipeline,
    inputs: options.inputs,
    referenceFile: run.referenceLabel,
    previousFile: options.previousFile,
    summary,
    work: { ...tally, cache: cache?.path ?? null, queue: options.queue ? { redis: displayUrl(options.queue.url), name: options.queue.name } : null },
    timings: { workers: options.queue ? 0 : place.workers, ...run.timings },
  });
  if (tally.reduce === 'computed') await (await loadReduceSide()).writeReport(staging, manifest, run.written);
  if (cache && run.reduceKey) {
    const { documents, ok, failed, duplicates, mentions, competencies, fixes } = summary;
    const record: ReduceRecord = { documents, ok, failed, duplicates, mentions, competencies, fixes, referenceLabel: run.referenceLabel };
    cache.storeReduce(run.reduceKey, JSON.stringify(record), staging, (await readdir(staging)).sort());
  }
  await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await publish(staging, place.outDir);
  return summary;
}
