// The library API: what the CLI itself uses, for programs that embed comptax.
export * from './types.js';
export { ComptaxError, isComptaxError } from './errors.js';
export { loadPipeline, DEFAULT_PIPELINE, type Pipeline, type PipelineOptions } from './pipeline/config.js';
export { runPipeline, type RunOptions, type RunSummary } from './pipeline/run.js';
export { analyzeFile, cleanFile, type Analysis, type DocumentStages } from './pipeline/analyze.js';
export { discover } from './pipeline/discover.js';
export { sourceFileOf } from './pipeline/source.js';
export { buildTaxonomy, canonicalizePhrases, loadReference, loadPreviousTaxonomy } from './taxonomy/index.js';
export { writeReport } from './export/report/index.js';
