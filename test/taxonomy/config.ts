import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveTaxonomyConfig, taxonomyOptionsSchema, type TaxonomyConfig } from '../../src/taxonomy/options.js';

const PIPELINES = fileURLToPath(new URL('../../pipelines/', import.meta.url));

/** The taxonomy config as the pipeline loader resolves it from pipelines/, with option overrides. */
export function taxonomyConfig(options: Record<string, unknown> = {}): TaxonomyConfig {
  return resolveTaxonomyConfig(taxonomyOptionsSchema.parse(options), (_jsonPath, file) => JSON.parse(readFileSync(PIPELINES + file, 'utf8')));
}
