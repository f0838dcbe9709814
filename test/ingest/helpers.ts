import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestFile } from '../../src/ingest/index.js';
import { ingestOptionsSchema, resolveIngestConfig, type IngestConfig } from '../../src/ingest/options.js';
import type { RawDocument } from '../../src/types.js';

export const config: IngestConfig = resolveIngestConfig(ingestOptionsSchema.parse({}), (_, file) =>
  JSON.parse(readFileSync(new URL(`../../pipelines/${file}`, import.meta.url), 'utf8')),
);

export function ingestPath(path: string, cfg: IngestConfig = config): Promise<RawDocument> {
  return ingestFile({ path, relPath: basename(path) }, cfg);
}

/** The error code and message a file is refused with, or "ok". */
export async function outcome(path: string, cfg: IngestConfig = config): Promise<{ code: string; message: string }> {
  try {
    await ingestPath(path, cfg);
    return { code: 'ok', message: '' };
  } catch (e) {
    const err = e as { name?: string; code?: string; message: string };
    if (err.name !== 'ComptaxError') throw e;
    return { code: err.code ?? '', message: err.message };
  }
}

export function texts(doc: RawDocument): string[] {
  return doc.blocks.map((b) => b.text);
}
