import type { StageTimings } from '../types.js';
import { VERSION } from '../version.js';
import type { Pipeline } from './config.js';
import type { WorkTally } from './cached-map.js';
import type { RunSummary } from './run.js';

export interface ManifestInput {
  pipeline: Pipeline;
  inputs: string[];
  referenceFile?: string;
  previousFile?: string;
  summary: RunSummary;
  work: WorkTally & { cache: string | null; queue: { redis: string; name: string } | null };
  timings: { workers: number; mapMs: number; stageMs: StageTimings; taxonomyMs: number; exportMs: number };
}

/** manifest.json: what was run, on what, with which configuration, and how long each part took. */
export function buildManifest(m: ManifestInput) {
  const { summary, timings } = m;
  const round = Math.round;
  return {
    tool: { name: 'comptax', version: VERSION, node: process.version },
    pipeline: { file: m.pipeline.file, hash: m.pipeline.hash, config: m.pipeline.options },
    inputs: { paths: m.inputs, count: summary.documents },
    reference: m.referenceFile ?? null,
    previous: m.previousFile ?? null,
    counts: {
      documents: summary.documents,
      ok: summary.ok,
      failed: summary.failed,
      duplicates: summary.duplicates,
      mentions: summary.mentions,
      competencies: summary.competencies,
      fixesByRule: Object.fromEntries(Object.entries(summary.fixes).sort(([a], [b]) => (a < b ? -1 : 1))),
    },
    // Everything that may differ between two runs over the same input lives under work and timings.
    work: {
      cache: m.work.cache,
      fromCache: m.work.fromCache,
      computed: m.work.computed,
      computedBy: Object.fromEntries(Object.entries(m.work.computedBy).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      reduce: m.work.reduce,
      queue: m.work.queue,
    },
    timings: {
      workers: timings.workers,
      totalMs: round(summary.seconds * 1000),
      mapWallMs: round(timings.mapMs),
      workerMs: Object.fromEntries(Object.entries(timings.stageMs).map(([k, v]) => [k, round(v)])),
      taxonomyMs: round(timings.taxonomyMs),
      exportMs: round(timings.exportMs),
    },
  };
}
