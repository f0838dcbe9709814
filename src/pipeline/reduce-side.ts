// What only the reduce needs (taxonomy, exports, report), in one module that a run imports once its
// workers are busy: loading it first would delay their start.
export { buildTaxonomy, loadPreviousTaxonomy, releaseReferenceData, resolveReference } from '../taxonomy/index.js';
export { writeRolesCsv } from '../export/mention-files.js';
export { taxonomySkos, writeTaxonomyFiles } from '../export/taxonomy-files.js';
export { ExportThread } from '../export/export-thread.js';
export { writeReport } from '../export/report/index.js';
