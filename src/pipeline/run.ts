import { constants } from 'node:fs';
import { access, mkdir, realpath, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ComptaxError } from '../errors.js';
import { openCsv } from '../export/csv.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS } from '../export/columns.js';
import { writeReport } from '../export/report/index.js';
import { writeMentionFiles, type SpooledDocument } from '../export/mention-files.js';
import { writeTaxonomyFiles } from '../export/taxonomy-files.js';
import { buildTaxonomy, loadPreviousTaxonomy, resolveReference } from '../taxonomy/index.js';
import type { DocumentError, DocumentResult, MentionKind, StageTimings, VariantStat } from '../types.js';
import { VERSION } from '../version.js';
import type { WorkerReply } from '../worker.js';
import type { Pipeline } from './config.js';
import { discover, type Discovered } from './discover.js';
import { docIdOf } from './doc-id.js';
import { DuplicateIndex } from './fingerprint.js';
import { buildManifest } from './manifest.js';
import { batches, forEachOrdered } from './ordered.js';
import { createPool } from './pool.js';
import { createProgress } from './progress.js';
import { Spool } from './spool.js';

export interface RunOptions {
  inputs: string[];
  out: string;
  pipeline: Pipeline;
  workers?: number;
  referenceFile?: string;
  previousFile?: string;
  progress?: boolean;
  /** Another worker module, for tests of the pool's failure handling. */
  workerFile?: URL;
}

export interface RunSummary {
  documents: number;
  ok: number;
  failed: number;
  duplicates: number;
  mentions: number;
  competencies: number;
  /** Cleaning fixes by rule id over every document read (duplicates included, as in documents.csv). */
  fixes: Record<string, number>;
  seconds: number;
  /** 0: every document processed; 3: finished, but some failed. */
  exitCode: 0 | 3;
}


const EXAMPLES_PER_VARIANT = 3;
/** Documents sent to a worker in one task. */
const BATCH_SIZE = 8;

function variantKey(kind: string, normalized: string): string {
  return `${kind}\u0000${normalized}`;
}

async function prepareOutput(out: string): Promise<string> {
  const dir = resolve(out);
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (e) {
    throw new ComptaxError('output', `output folder not writable: ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return realpath(dir);
}

/** map (workers) → reduce (duplicates, taxonomy) → export. */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const t0 = performance.now();
  const { pipeline } = options;
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const reference = await resolveReference(options.referenceFile, pipeline.taxonomy);
  const previous = options.previousFile ? await loadPreviousTaxonomy(options.previousFile) : undefined;
  const outDir = await prepareOutput(options.out);

  const documents = openCsv(join(outDir, 'documents.csv'), DOCUMENT_COLUMNS);
  const errors = openCsv(join(outDir, 'errors.csv'), ERROR_COLUMNS);
  const spool = new Spool<SpooledDocument>(join(outDir, '.mentions.ndjson.tmp'));
  const variants = new Map<string, VariantStat>();
  const duplicates = new DuplicateIndex(pipeline.options.run.nearDuplicateThreshold, pipeline.options.run.nearDuplicateMinWords);
  const stageMs: StageTimings = { ingest: 0, clean: 0, segment: 0, extract: 0 };
  const summary: RunSummary = { documents: 0, ok: 0, failed: 0, duplicates: 0, mentions: 0, competencies: 0, fixes: {}, seconds: 0, exitCode: 0 };
  const walk = { skip: [outDir], exclude: pipeline.options.run.exclude };

  const progress = createProgress(options.progress ?? true);
  // A bar needs a true total: one extra walk of the folders (readdir only), when a bar is shown.
  let total = 0;
  if (progress.shown) for await (const _ of discover(options.inputs, walk)) total++;
  const pool = createPool({
    workers,
    timeoutMs: pipeline.options.run.documentTimeoutMs,
    heapMb: pipeline.options.run.workerHeapMb,
    stages: { ingest: pipeline.ingest, clean: pipeline.clean, segment: pipeline.segment, extract: pipeline.extract },
    workerFile: options.workerFile,
  });

  const fail = async (error: DocumentError) => {
    summary.failed++;
    await errors.write({ ...error });
    await documents.write({ doc_id: docIdOf(error.path), path: error.path, status: 'failed' });
  };

  const accept = async (r: DocumentResult) => {
    const { of: duplicateOf, similarity } = duplicates.add(r.docId, r.contentHash, r, r.title);
    const n = r.counts;
    await documents.write({
      doc_id: r.docId,
      path: r.relPath,
      format: r.format,
      status: duplicateOf ? 'duplicate' : 'ok',
      language: r.language,
      title: r.title,
      pages: r.pages,
      chars: r.chars,
      duplicate_of: duplicateOf,
      duplicate_similarity: duplicateOf ? similarity.toFixed(2) : '',
      n_duties: n.duty,
      n_skills: n.skill,
      n_knowledge: n.knowledge,
      n_qualifications: n.qualification,
      n_fixes: r.nFixes,
      encoding: r.encoding,
      company: r.company,
      roles: r.roles.join(' | '),
      warnings: r.warnings.map((w) => `${w.code}: ${w.message}`).join(' | '),
    });
    for (const [stage, ms] of Object.entries(r.timings)) stageMs[stage as keyof StageTimings] += ms;
    for (const [rule, n] of Object.entries(r.fixesByRule)) summary.fixes[rule] = (summary.fixes[rule] ?? 0) + n;
    // A re-posted or re-formatted posting is counted once: its mentions stay out of the taxonomy.
    if (duplicateOf) {
      summary.duplicates++;
      return;
    }
    summary.ok++;
    const { variants: triples } = r;
    for (let i = 0; i < triples.length; i += 3) {
      const kind = triples[i] as MentionKind;
      const normalized = triples[i + 1];
      const key = variantKey(kind, normalized);
      let v = variants.get(key);
      if (!v) variants.set(key, (v = { kind, normalized, count: 0, examples: [] }));
      v.count++;
      if (v.examples.length < EXAMPLES_PER_VARIANT) v.examples.push({ docId: r.docId, text: triples[i + 2], before: r.context[(i / 3) * 2], after: r.context[(i / 3) * 2 + 1] });
    }
    summary.mentions += triples.length / 3;
    await spool.append(r.spooled);
  };

  // The spool is a temporary file: it goes whatever happens.
  try {
    const tMap = performance.now();
    progress.start(total);
    try {
      // Two batches per worker in flight: a worker finds its next batch waiting when it finishes one.
      await forEachOrdered<Discovered[], WorkerReply[]>(
        batches(discover(options.inputs, walk), BATCH_SIZE),
        { concurrency: workers * 2, window: workers * 4 },
        (items) => pool.processBatch(items.flatMap((d) => ('file' in d ? [d.file] : []))),
        async (replies, items) => {
          let next = 0;
          for (const d of items) {
            summary.documents++;
            const reply = 'file' in d ? replies[next++] : null;
            if (!reply) await fail((d as { error: DocumentError }).error);
            else if (!reply.ok) await fail(reply.error);
            else await accept(reply.result);
            progress.tick();
          }
        },
      );
    } finally {
      progress.stop();
      await pool.close();
      await spool.close();
    }
    await documents.end();
    await errors.end();
    const mapMs = performance.now() - tMap;

    const tTax = performance.now();
    const built = buildTaxonomy([...variants.values()], pipeline.taxonomy, { previous, reference });
    variants.clear();
    const taxMs = performance.now() - tTax;

    const tExport = performance.now();
    const documentCounts = await writeMentionFiles(outDir, spool.read(), built.idOf, built.occupationOf);
    for (const c of built.taxonomy.competencies) c.documentCount = documentCounts.get(c.id) ?? 0;

    const taxonomy = built.taxonomy;
    await writeTaxonomyFiles(outDir, taxonomy, { version: VERSION, pipelineHash: pipeline.hash });
    const exportMs = performance.now() - tExport;

    summary.competencies = taxonomy.competencies.length;
    summary.exitCode = summary.failed > 0 ? 3 : 0;
    summary.seconds = (performance.now() - t0) / 1000;
    const manifest = buildManifest({
      pipeline,
      inputs: options.inputs,
      referenceFile: options.referenceFile ?? (reference?.vocabulary ? `bundled ${reference.vocabulary.version}` : undefined),
      previousFile: options.previousFile,
      summary,
      timings: { workers, mapMs, stageMs, taxonomyMs: taxMs, exportMs },
    });
    await writeReport(outDir, manifest);
    await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return summary;
  } finally {
    await spool.remove();
  }
}
