import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ComptaxError } from '../errors.js';
import type { LocateData, ReadData } from '../config-data.js';
import { ingestOptionsSchema, resolveIngestConfig, type IngestConfig } from '../ingest/options.js';
import { cleanOptionsSchema, resolveCleanConfig, type CleanConfig } from '../clean/options.js';
import { segmentOptionsSchema, resolveSegmentConfig, type SegmentConfig } from '../segment/options.js';
import { extractOptionsSchema, resolveExtractConfig, type ExtractConfig } from '../extract/options.js';
import { taxonomyOptionsSchema, resolveTaxonomyConfig, type TaxonomyConfig } from '../taxonomy/options.js';

export const runOptionsSchema = z
  .strictObject({
    /** A document still running after this is abandoned (its worker is terminated). */
    documentTimeoutMs: z.number().int().positive().default(60_000),
    /**
     * Heap limit of each worker (MB). A document that needs more kills its worker and becomes an
     * error row. V8 sizes its heap from this limit, so a lower one also keeps workers small.
     */
    workerHeapMb: z.number().int().min(64).default(512),
    /**
     * A posting is a near-duplicate of an earlier one of the same role when this share of its own
     * content's word shingles (the shorter one's; company, benefits, legal and how-to-apply sections
     * left out) are in the other too.
     */
    nearDuplicateThreshold: z.number().min(0).max(1).default(0.7),
    /** Postings of fewer words are duplicates only of the same text: too short to judge by likeness. */
    nearDuplicateMinWords: z.number().int().min(0).default(30),
    /** File names never taken as postings (`*` matches any run of characters), e.g. a corpus README. */
    exclude: z.array(z.string().min(1)).default(['README.md']),
  })
  .prefault({});

export const pipelineSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().default('default'),
  run: runOptionsSchema,
  ingest: ingestOptionsSchema,
  clean: cleanOptionsSchema,
  segment: segmentOptionsSchema,
  extract: extractOptionsSchema,
  taxonomy: taxonomyOptionsSchema,
});

export type PipelineOptions = z.infer<typeof pipelineSchema>;

/** The validated options with every data file they name loaded: what the stages receive. */
export interface Pipeline {
  file: string;
  options: PipelineOptions;
  /** sha256 of the canonical JSON of the options and of every data file read. */
  hash: string;
  /**
   * sha256 of what the per-document stages (ingest, clean, segment, extract) depend on: their
   * options and every data file read while resolving them. Part of the result cache's key.
   */
  documentHash: string;
  ingest: IngestConfig;
  clean: CleanConfig;
  segment: SegmentConfig;
  extract: ExtractConfig;
  taxonomy: TaxonomyConfig;
}

const BUNDLED_DIR = fileURLToPath(new URL('../../pipelines/', import.meta.url));
export const DEFAULT_PIPELINE = resolve(BUNDLED_DIR, 'default.json');

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${formatPath(issue.path)}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${formatPath(issue.path)}: ${issue.message}`;
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ComptaxError('config', `${what}: ${code === 'ENOENT' ? 'file not found' : 'cannot read'}: ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ComptaxError('config', `${what}: invalid JSON in ${file}: ${(e as Error).message}`);
  }
}

/** Loads, validates and resolves a pipeline file. Every error names the JSON path at fault. */
export function loadPipeline(file: string = DEFAULT_PIPELINE): Pipeline {
  const path = resolve(file);
  const raw = readJson(path, 'pipeline');
  const parsed = pipelineSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
    throw new ComptaxError('config', `invalid pipeline ${file}: ${first}`);
  }
  const options = parsed.data;
  const hash = createHash('sha256').update(canonicalJson(options));
  const documentHash = createHash('sha256').update(canonicalJson({ ingest: options.ingest, clean: options.clean, segment: options.segment, extract: options.extract }));
  const base = dirname(path);
  // A data file is looked up beside the pipeline file first, then among the bundled ones, so that a
  // pipeline kept elsewhere can still name the bundled lexicons by their usual names. A file read
  // while resolving a per-document stage goes into documentHash too, whatever the stage calls it:
  // a new data file needs nothing here to invalidate the cache when it changes.
  const readDataFor =
    (perDocument: boolean): ReadData =>
    (jsonPath, rel) => {
      const local = resolve(base, rel);
      const bundled = resolve(BUNDLED_DIR, rel);
      const data = readJson(existsSync(local) || !existsSync(bundled) ? local : bundled, jsonPath);
      const entry = `\0${rel}\0${canonicalJson(data)}`;
      hash.update(entry);
      if (perDocument) documentHash.update(entry);
      return data;
    };
  // A stage may also load a data file by path in the worker (a large compiled vocabulary): every
  // option of a per-document stage that names an existing file puts that file's bytes in the hash.
  for (const rel of stringsIn([options.ingest, options.clean, options.segment, options.extract])) {
    const file = [resolve(base, rel), resolve(BUNDLED_DIR, rel)].find((f) => existsSync(f) && statSync(f).isFile());
    if (file) documentHash.update(`\0${rel}\0`).update(readFileSync(file));
  }
  const locateData: LocateData = (jsonPath, rel) => {
    const local = resolve(base, rel);
    const bundled = resolve(BUNDLED_DIR, rel);
    const file = existsSync(local) || !existsSync(bundled) ? local : bundled;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ComptaxError('config', `${jsonPath}: ${code === 'ENOENT' ? 'file not found' : 'cannot read'}: ${file}`);
    }
    hash.update(`\0${rel}\0`).update(bytes);
    return file;
  };
  const pipeline = {
    file: path,
    options,
    ingest: resolveIngestConfig(options.ingest, readDataFor(true)),
    clean: resolveCleanConfig(options.clean, readDataFor(true)),
    segment: resolveSegmentConfig(options.segment, readDataFor(true)),
    extract: resolveExtractConfig(options.extract, readDataFor(true), locateData),
    taxonomy: resolveTaxonomyConfig(options.taxonomy, readDataFor(false), locateData),
  };
  return { ...pipeline, hash: hash.digest('hex'), documentHash: documentHash.digest('hex') };
}

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

/** JSON with sorted keys, so that the hash does not depend on key order in the file. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
