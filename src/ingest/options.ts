import { z } from 'zod';
import type { ReadData } from '../config-data.js';
import { readHeadings } from '../clean/options.js';

export const ingestOptionsSchema = z
  .strictObject({
    /** Files larger than this are refused before they are read. */
    maxFileBytes: z.number().int().positive().default(20_000_000),
    /** A DOCX whose entries unpack to more than this is refused before it is unpacked. */
    maxDocxUnpackedBytes: z.number().int().positive().default(50_000_000),
    /** Section headings: a PDF line that is one ("Desirable") after an unfinished line is not its wrap. */
    headingLexicon: z.string().default('segment/headings.json'),
  })
  .prefault({});

export type IngestOptions = z.infer<typeof ingestOptionsSchema>;

/** Options plus the data files they name, loaded: what the stage function receives. Plain data (it is sent to workers). */
export type IngestConfig = IngestOptions & { headings: string[] };

export function resolveIngestConfig(options: IngestOptions, readData: ReadData): IngestConfig {
  return { ...options, headings: readHeadings('ingest.headingLexicon', options.headingLexicon, readData) };
}
