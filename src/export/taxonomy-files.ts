import { join } from 'node:path';
import type { Taxonomy } from '../types.js';
import { TAXONOMY_COLUMNS } from './columns.js';
import { openCsv, type ReadBackRows } from './csv.js';
import { writeJsonFile } from './json-pieces.js';
import { taxonomyJson, taxonomyJsonLd, type TaxonomyJson, type TaxonomyMeta } from './taxonomy-json.js';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Competencies as a reader scans them: by category, the most mentioned first, ties by id. */
function readingOrder(taxonomy: Taxonomy): Taxonomy {
  const rank = new Map(taxonomy.categories.map((c, i) => [c.id, i]));
  const competencies = [...taxonomy.competencies].sort(
    (a, b) =>
      (rank.get(a.category) ?? 0) - (rank.get(b.category) ?? 0) ||
      b.mentionCount - a.mentionCount ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { categories: taxonomy.categories, competencies };
}

/** taxonomy.jsonld's content: SKOS concepts, in reading order. */
export function taxonomySkos(taxonomy: Taxonomy): ReturnType<typeof taxonomyJsonLd> {
  return taxonomyJsonLd(readingOrder(taxonomy));
}

/**
 * taxonomy.csv and taxonomy.json; `csvRows` receives taxonomy.csv's rows as its reader reads them.
 * Returns taxonomy.json's content as a value, what parsing the file gives back (the run's report
 * reads it instead of parsing 8 MB again). taxonomy.jsonld (taxonomySkos) is the caller's to write:
 * a run writes it on another thread.
 */
export async function writeTaxonomyFiles(outDir: string, taxonomy: Taxonomy, meta: TaxonomyMeta, csvRows?: ReadBackRows): Promise<TaxonomyJson> {
  const ordered = readingOrder(taxonomy);
  const categoryLabel = new Map(taxonomy.categories.map((c) => [c.id, c.label]));
  const csv = openCsv(join(outDir, 'taxonomy.csv'), TAXONOMY_COLUMNS, csvRows);
  for (const c of ordered.competencies) {
    await csv.write({
      competency_id: c.id,
      kind: c.kind,
      label: c.label,
      category: c.category,
      mention_count: c.mentionCount,
      document_count: c.documentCount,
      variants: c.variants.map((v) => `${v.normalized} (${v.count})`).join(' | '),
      reference_id: c.reference?.id,
      reference_label: c.reference?.label,
      category_label: categoryLabel.get(c.category),
      reference_score: c.reference ? round3(c.reference.score) : undefined,
      subcategory: c.subcategory,
      subcategory_label: c.subcategory ? categoryLabel.get(c.subcategory) : undefined,
    });
  }
  await csv.end();
  // Written in pieces, a competency or concept at a time (levels: the file, its categories, a category, its competencies).
  const json = taxonomyJson(ordered, meta);
  await writeJsonFile(join(outDir, 'taxonomy.json'), json, 4);
  return json;
}
