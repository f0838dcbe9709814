import { join } from 'node:path';
import { openCsv, ReadBackRows } from '../export/csv.js';
import { DOCUMENT_COLUMNS, ERROR_COLUMNS } from '../export/columns.js';
import type { DocumentError, DocumentResult, Example, MentionKind, VariantStat } from '../types.js';
import type { PipelineOptions } from './config.js';
import { docIdOf } from './doc-id.js';
import { DocumentRoles } from './document-roles.js';
import { DuplicateIndex } from './fingerprint.js';
import { Spool } from './spool.js';

const EXAMPLES_PER_VARIANT = 3;

/** The mention at `i` of a result's [kind, normalized, text] triples as an example, with the text around it. */
function exampleAt(r: DocumentResult, i: number): Example {
  return { docId: r.docId, text: r.variants[i + 2], before: r.context[(i / 3) * 2], after: r.context[(i / 3) * 2 + 1] };
}

/** What the documents added up to, for the run's summary. */
export interface Collected {
  documents: number;
  ok: number;
  failed: number;
  duplicates: number;
  mentions: number;
  /** Cleaning fixes by rule id over every document read (duplicates included, as in documents.csv). */
  fixes: Record<string, number>;
}

/**
 * Takes the documents' results in the run's order: a row each in documents.csv (and errors.csv for
 * a failure), duplicates found, and the mentions of the others counted into variants for the
 * taxonomy and spooled for the mention files.
 */
export class Collector {
  readonly counts: Collected = { documents: 0, ok: 0, failed: 0, duplicates: 0, mentions: 0, fixes: {} };
  /**
   * Each distinct (kind, normalized wording) by kind then wording: its number in `stats`, which holds its count and
   * first examples. What the map keeps grows with the corpus's variety here (~740 bytes a wording as it was kept
   * before: by a joined key string, examples pushed into an array from empty, which reserves 17 places), so it is kept
   * lean: no joined key, and examples in arrays of their own length. On 5,000 postings with 30,615 wordings, peak RSS
   * 399-404 MB against 402-410 (five alternated pairs).
   */
  private readonly variants = new Map<MentionKind, Map<string, number>>();
  private stats: VariantStat[] = [];
  /** What roles.csv reads of the documents kept, by variant number. */
  private roles = new DocumentRoles();
  readonly spool: Spool;
  /** documents.csv's rows as the run's report reads them (it need not parse the file back). */
  readonly documentRows = new ReadBackRows();
  private readonly documents;
  private readonly errors;
  /** Undefined once the map is over: its signatures and bands (~10 MB for 5,000 postings) are not the reduce's. */
  private duplicates: DuplicateIndex | undefined;

  constructor(staging: string, run: PipelineOptions['run']) {
    this.documents = openCsv(join(staging, 'documents.csv'), DOCUMENT_COLUMNS, this.documentRows);
    this.errors = openCsv(join(staging, 'errors.csv'), ERROR_COLUMNS);
    this.spool = new Spool(join(staging, 'mentions.ndjson.tmp'));
    this.duplicates = new DuplicateIndex(run.nearDuplicateThreshold, run.nearDuplicateMinWords);
  }

  async fail(error: DocumentError): Promise<void> {
    this.counts.documents++;
    this.counts.failed++;
    await this.errors.write({ ...error });
    await this.documents.write({ doc_id: docIdOf(error.path), path: error.path, status: 'failed' });
  }

  async accept(r: DocumentResult): Promise<void> {
    const counts = this.counts;
    counts.documents++;
    if (!this.duplicates) throw new Error('Collector.accept after end');
    const { of: duplicateOf, similarity } = this.duplicates.add(r.docId, r.contentHash, r, r.title);
    const n = r.counts;
    await this.documents.write({
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
    for (const [rule, n] of Object.entries(r.fixesByRule)) counts.fixes[rule] = (counts.fixes[rule] ?? 0) + n;
    // A re-posted or re-formatted posting is counted once: its mentions stay out of the taxonomy.
    if (duplicateOf) {
      counts.duplicates++;
      return;
    }
    counts.ok++;
    const { variants: triples } = r;
    const numbers: number[] = [];
    for (let i = 0; i < triples.length; i += 3) {
      const kind = triples[i] as MentionKind;
      const normalized = triples[i + 1];
      let ofKind = this.variants.get(kind);
      if (!ofKind) this.variants.set(kind, (ofKind = new Map()));
      let n = ofKind.get(normalized);
      if (n === undefined) {
        ofKind.set(normalized, (n = this.stats.length));
        this.stats.push({ kind, normalized, count: 1, examples: [exampleAt(r, i)] });
      } else {
        const v = this.stats[n];
        v.count++;
        if (v.examples.length < EXAMPLES_PER_VARIANT) v.examples = v.examples.concat([exampleAt(r, i)]);
      }
      numbers.push(n);
    }
    this.roles.add(r.docId, r.company, r.roles[0] ?? r.title, numbers, r.mentionRoles);
    counts.mentions += triples.length / 3;
    await this.spool.append(r.spooled);
  }

  /** Closes the spool (also after a failed run, so that its file can be removed). */
  async closeSpool(): Promise<void> {
    await this.spool.close();
  }

  /**
   * The variants collected, handed over once, in the order of their numbers (see `takeRoles`): the collector keeps none of
   * them after.
   */
  takeVariants(): VariantStat[] {
    const all = this.stats;
    this.stats = [];
    this.variants.clear();
    return all;
  }

  /** What roles.csv reads of the documents kept, handed over once, as the variants are. */
  takeRoles(): DocumentRoles {
    const roles = this.roles;
    this.roles = new DocumentRoles();
    return roles;
  }

  /** Completes documents.csv and errors.csv. */
  async end(): Promise<void> {
    this.duplicates = undefined;
    await this.documents.end();
    await this.errors.end();
  }
}
