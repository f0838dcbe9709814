import { performance } from 'node:perf_hooks';
import { isComptaxError } from '../errors.js';
import { ingestFile } from '../ingest/index.js';
import { clean } from '../clean/index.js';
import { segment } from '../segment/index.js';
import { extract } from '../extract/index.js';
import type { CleanConfig } from '../clean/options.js';
import type { ExtractConfig } from '../extract/options.js';
import type { IngestConfig } from '../ingest/options.js';
import type { SegmentConfig } from '../segment/options.js';
import type {
  CleanDocument,
  DocumentResult,
  Mention,
  RawDocument,
  SegmentedDocument,
  SourceFile,
  StageTimings,
} from '../types.js';
import type { SpooledDocument } from '../export/mention-files.js';
import { docIdOf } from './doc-id.js';
import { contentHash, fingerprint } from './fingerprint.js';
import { hasWords } from '../word-scan.js';
import { StageFailure } from './stage-failure.js';

/** The per-document part of a pipeline: plain data, sent once to every worker. */
export interface DocumentStages {
  ingest: IngestConfig;
  clean: CleanConfig;
  segment: SegmentConfig;
  extract: ExtractConfig;
}

export interface Analysis {
  raw: RawDocument;
  clean: CleanDocument;
  segmented: SegmentedDocument;
  mentions: Mention[];
  timings: StageTimings;
}

/** Runs one stage: its time is added to `timings`, and whatever it throws becomes a StageFailure. */
async function run<T>(file: SourceFile, stage: keyof StageTimings, timings: StageTimings, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } catch (e) {
    throw failure(file, stage, e);
  } finally {
    timings[stage] += performance.now() - t0;
  }
}

function failure(file: SourceFile, stage: string, e: unknown): StageFailure {
  // An expected failure carries its own code; anything else is our bug, reported in one line.
  const code = isComptaxError(e) ? e.code : 'internal';
  const message = e instanceof Error ? e.message : String(e);
  return new StageFailure({ path: file.relPath, stage, code, message: code === 'internal' ? `internal error: ${message}` : message });
}

/** ingest → clean for one document. Throws StageFailure. */
export async function cleanFile(
  file: SourceFile,
  stages: Pick<DocumentStages, 'ingest' | 'clean'>,
  timings: StageTimings = { ingest: 0, clean: 0, segment: 0, extract: 0 },
): Promise<{ raw: RawDocument; clean: CleanDocument }> {
  const raw = await run(file, 'ingest', timings, () => ingestFile(file, stages.ingest));
  return { raw, clean: await run(file, 'clean', timings, () => clean(raw, stages.clean)) };
}

/** ingest → clean → segment → extract for one document. Throws StageFailure. */
export async function analyzeFile(file: SourceFile, stages: DocumentStages): Promise<Analysis> {
  const timings: StageTimings = { ingest: 0, clean: 0, segment: 0, extract: 0 };
  const { raw, clean: cleaned } = await cleanFile(file, stages, timings);
  const segmented = await run(file, 'segment', timings, () => segment(cleaned, stages.segment));
  const mentions = await run(file, 'extract', timings, () => extract(cleaned, segmented, stages.extract));
  return { raw, clean: cleaned, segmented, mentions, timings };
}

const CONTEXT_CHARS = 40;

/** Up to CONTEXT_CHARS of the mention's own line on each side, cut at a space, '…' where cut. */
function around(text: string, start: number, end: number): [string, string] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  let from = Math.max(lineStart, start - CONTEXT_CHARS);
  let to = Math.min(lineEnd, end + CONTEXT_CHARS);
  if (from > lineStart) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  if (to < lineEnd) to = Math.max(end, text.lastIndexOf(' ', to));
  return [`${from > lineStart ? '…' : ''}${text.slice(from, start)}`, `${text.slice(end, to)}${to < lineEnd ? '…' : ''}`];
}

/**
 * Sections that say the same in every posting of a company or a job board (who the company is,
 * what it offers, the legal notice, how to apply, the title line): two postings that share only
 * these are not the same posting, and a re-post that changed them still is.
 */
const SHARED_SECTIONS = new Set(['title', 'company', 'benefits', 'legal', 'rights', 'apply']);

/** A posting with fewer words of its own is judged on its whole text: too little is left once the shared sections are out. */
const OWN_MIN_WORDS = 30;

/** The text a posting's near-duplicates are judged on: its sections but the shared ones, else all of it. */
function ownContent(a: Analysis): string {
  const own = a.segmented.sections.filter((s) => !SHARED_SECTIONS.has(s.kind)).map((s) => a.clean.text.slice(s.start, s.end)).join('\n');
  return hasWords(own, OWN_MIN_WORDS) ? own : a.clean.text;
}

/** The first words of the text's first line (a title line, or the start of a one-line posting). */
function leadOf(text: string): string {
  const line = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1);
  return (line.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, LEAD_WORDS).join(' ');
}
const LEAD_WORDS = 8;

const byPosition = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

/** What a worker sends back: the analysis without any document text, its mentions serialized. */
export function summarize(file: SourceFile, a: Analysis): DocumentResult {
  const docId = docIdOf(file.relPath);
  const mentions = [...a.mentions].sort(byPosition);
  const counts = { duty: 0, skill: 0, knowledge: 0, qualification: 0 };
  const variants: string[] = [];
  const context: string[] = [];
  const mentionRoles: [number, string][] = [];
  for (const [i, m] of mentions.entries()) {
    counts[m.kind]++;
    variants.push(m.kind, m.normalized, m.text);
    context.push(...around(a.clean.text, m.start, m.end));
    if (m.role !== undefined) mentionRoles.push([i, m.role]);
  }
  const fixesByRule: Record<string, number> = {};
  for (const f of a.clean.fixes) fixesByRule[f.rule] = (fixesByRule[f.rule] ?? 0) + 1;
  const spooled: SpooledDocument = { docId, company: a.segmented.company, role: a.segmented.roles[0] ?? a.segmented.title, mentions };
  return {
    path: file.path,
    relPath: file.relPath,
    docId,
    format: a.raw.format,
    encoding: a.raw.encoding,
    language: a.clean.language,
    title: a.segmented.title,
    company: a.segmented.company,
    roles: a.segmented.roles,
    pages: a.raw.pages,
    chars: a.clean.text.length,
    nFixes: a.clean.fixes.length,
    fixesByRule,
    contentHash: contentHash(a.clean.text),
    ...fingerprint(ownContent(a)),
    lead: leadOf(a.clean.text),
    counts,
    variants,
    context,
    mentionRoles,
    spooled: JSON.stringify(spooled),
    // (The clean document's warnings begin with the ingest's own.)
    warnings: a.clean.warnings,
    timings: a.timings,
  };
}
