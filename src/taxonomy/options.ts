import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ComptaxError } from '../errors.js';
import type { ReadData } from '../config-data.js';
import { MENTION_KINDS, type MentionKind } from '../types.js';
import { rerankerFileSchema, type RerankerData } from './rerank.js';

export const taxonomyOptionsSchema = z
  .strictObject({
    /** Category definitions file (relative to the pipeline file): keyword rules. */
    categories: z.string().default('taxonomy/categories.json'),
    /**
     * Where categories come from. "reference": the reference's skill hierarchy (ESCO, two levels)
     * for competencies linked to it, their linked neighbours' for the rest, the keyword rules only
     * for kinds that have rules of their own (qualifications). "keywords": the keyword rules of
     * `categories` for every competency (e.g. a company framework).
     */
    categorySource: z.enum(['reference', 'keywords']).default('reference'),
    /** The label of a competency linked to a reference: the clearest wording of the corpus, or the concept's preferred label. */
    labels: z.enum(['corpus', 'reference']).default('corpus'),
    /** Head nouns a one-word skill label keeps when the postings write it with one ("interpersonal skills"): "Interpersonal" alone names nothing. */
    labelHeads: z.array(z.string().min(1)).default(['skills', 'abilities']),
    /** Domain synonyms, abbreviations and filler words (relative to the pipeline file). */
    synonyms: z.string().default('taxonomy/synonyms.json'),
    /** Weights that reorder a phrase's candidate concepts (relative to the pipeline file; written by `npm run train:reranker`); "" for the lexical score alone. */
    reranker: z.string().default('taxonomy/reranker.json'),
    /**
     * The reference vocabulary competencies are aligned to and grouped by when no --reference is
     * given (relative to the pipeline file, then the bundled files); "" for none.
     */
    vocabulary: z.string().default('vocabulary/vocabulary.json.gz'),
    /**
     * Word vectors learned offline (relative to the pipeline file, then the bundled files; written by
     * `npm run word-vectors`): the linker finds and weighs concepts by them as well as by shared words; "" for none.
     */
    wordVectors: z.string().default('vocabulary/word-vectors.json.gz'),
    /**
     * Share of a candidate's link score from the cosine of the phrase's and the concept's word vectors
     * (the rest from shared words). 0.3: best on the train sets' spans when the reranker is trained
     * with it (0.5 links more of ESCO's own held-out labels, fewer of the postings' wordings).
     */
    vectorShare: z.number().min(0).max(1).default(0.3),
    /**
     * Concepts a phrase's word vector adds to its candidates, nearest first (those its words already
     * found aside). Such a candidate scores `vectorShare` × cosine at most: below the reference
     * threshold unless the share is higher, so none by default.
     */
    vectorCandidates: z.number().int().min(0).default(0),
    /** Weighted Jaccard a variant needs with a cluster's seed to join it. */
    mergeThreshold: z.number().min(0).max(1).default(0.55),
    /** Below this score a competency gets no reference concept. */
    referenceThreshold: z.number().min(0).max(1).default(0.45),
    /**
     * The same for duties. A task sentence shares a word or two with many ESCO skills: on the train sets' postings,
     * about one duty link in five below 0.6 names the task (more than half from 0.6 up), so below it none is given.
     */
    dutyReferenceThreshold: z.number().min(0).max(1).default(0.6),
    /**
     * Below this score a competency takes a concept only when one of its wordings says what sets the concept apart
     * (the rarest word of one of its labels, in some form): on 5,000 real postings, nine in ten links below it that
     * did not were wrong ("working in Agile teams" → "work with a dance team", "strategic mind-set" → "set up pricing
     * strategies"); a wording of one word must also say what a sector's skill does ("Drive" is no "teach driving
     * practices"). Above it, shared words and word vectors are trusted with paraphrases. 0 for none.
     */
    distinctBelow: z.number().min(0).max(1).default(0.8),
    /**
     * Share of a competency's mentions whose wordings must link to its concept, unless its leading wording
     * does: "driven" (173 mentions, no concept) is not "electric motors" because "driven development" (2) links there.
     */
    referenceSupport: z.number().min(0).max(1).default(0.25),
    /**
     * A product fewer occupations than this list (the bundled vocabulary's O*NET names) is linked only by its name as
     * a label writes it: a word or an abbreviation that is part of the name is another thing in a posting ("Retail" is
     * no "The Retail Solution", "PMP" no "Pathogen Modeling Program PMP", "Adapting to new procedures" no "Adapt It").
     * Among O*NET's 8,785 names, 86% are listed by one or two occupations; every "hot technology" by three or more.
     */
    toolReach: z.number().int().min(0).default(3),
    /**
     * At this link score, forms naming the same reference concept are one competency. (0.55: on ESCO
     * labels the reference does not list, grouping recall gains most down to here while precision holds.)
     */
    referenceMergeThreshold: z.number().min(0).max(1).default(0.55),
    /** The same for duties: a long task sentence that shares a few words with a skill is a looser link. */
    dutyMergeThreshold: z.number().min(0).max(1).default(0.6),
    /** An unlinked competency whose nearest concept scores this much takes that concept's category. */
    categoryThreshold: z.number().min(0).max(1).default(0.3),
    /** Below this score a role title gets no ESCO occupation. */
    occupationThreshold: z.number().min(0).max(1).default(0.6),
    /** A role whose title names no occupation gets the one its competencies read closest to (cosine of their words with ESCO's descriptions), at this score or above. */
    occupationProfileThreshold: z.number().min(0).max(1).default(0.2),
    /** Kinds aligned to the reference (a skills taxonomy has no concepts for degrees or years). */
    referenceKinds: z.array(z.enum(MENTION_KINDS as [MentionKind, ...MentionKind[]])).default(['duty', 'skill', 'knowledge']),
    /** Candidate seeds scanned per shared term at most: bounds the work on very common terms. */
    maxBlockSize: z.number().int().min(10).default(400),
    /** Example mentions kept per competency. */
    maxExamples: z.number().int().min(0).default(5),
    wordnet: z
      .strictObject({
        enabled: z.boolean().default(true),
        /** Only the most frequent words of the corpus are looked up (a bounded set of head words). */
        maxWords: z.number().int().min(0).default(3000),
        /** Keep looked-up synonyms in a JSON file under the OS temp dir between runs. */
        diskCache: z.boolean().default(false),
      })
      .prefault({}),
  })
  .prefault({});

export type TaxonomyOptions = z.infer<typeof taxonomyOptionsSchema>;

const categoryRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'category id: lowercase letters, digits and dashes'),
  label: z.string().min(1),
  /** Words or phrases; a competency is scored by the keywords its label and variants contain. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Restrict the category to these mention kinds. */
  kinds: z.array(z.enum(MENTION_KINDS as [MentionKind, ...MentionKind[]])).optional(),
});

const categoriesFileSchema = z.strictObject({
  categories: z.array(categoryRuleSchema).min(1),
  /** Category id for a competency no keyword matches, per kind. */
  fallback: z.partialRecord(z.enum(MENTION_KINDS as [MentionKind, ...MentionKind[]]), z.string()).default({}),
});

const synonymsFileSchema = z.strictObject({
  /** Each group is one meaning; the first entry is the canonical form. Entries may be phrases. */
  groups: z.array(z.array(z.string().min(1)).min(2)).default([]),
  /** Abbreviation (lowercase) → expansion, applied before everything else. */
  abbreviations: z.record(z.string(), z.string()).default({}),
  /** Words that say nothing about which competency it is ("skills", "good", "ability"). */
  fillers: z.array(z.string()).default([]),
  /** Nouns that only classify what follows "of" ("types of wood", "a range of stakeholders"): dropped there. */
  classifiers: z.array(z.string()).default([]),
});

export type CategoryRule = z.infer<typeof categoryRuleSchema>;
export type CategoriesData = z.infer<typeof categoriesFileSchema>;
export type SynonymsData = z.infer<typeof synonymsFileSchema>;

/** Options plus the data files they name, loaded: what the stage function receives. Plain data (it is sent to workers). */
export type TaxonomyConfig = TaxonomyOptions & {
  categoriesData: CategoriesData;
  synonymsData: SynonymsData;
  rerankerData?: RerankerData;
  /** Absolute path of the vocabulary file, when the options name one. */
  vocabularyFile?: string;
  /** Absolute path of the word vectors file, when the options name one. */
  wordVectorsFile?: string;
};

/** Where a binary data file an option names is (the pipeline loader looks beside the pipeline file first). */
type LocateData = (jsonPath: string, file: string) => string;

const BUNDLED_DIR = fileURLToPath(new URL('../../pipelines/', import.meta.url));

const locateBundled: LocateData = (jsonPath, file) => {
  const path = resolve(BUNDLED_DIR, file);
  if (!existsSync(path)) throw new ComptaxError('config', `${jsonPath}: file not found: ${path}`);
  return path;
};

function parseData<T>(schema: z.ZodType<T>, jsonPath: string, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ComptaxError('config', `${jsonPath}: ${issue.message}${where}`);
  }
  return parsed.data;
}

/** The score a competency of this kind needs to take a reference concept. */
export function linkThreshold(config: Pick<TaxonomyOptions, 'referenceThreshold' | 'dutyReferenceThreshold'>, kind: MentionKind): number {
  return kind === 'duty' ? config.dutyReferenceThreshold : config.referenceThreshold;
}

export function resolveTaxonomyConfig(options: TaxonomyOptions, readData: ReadData, locate: LocateData = locateBundled): TaxonomyConfig {
  const categoriesData = parseData(categoriesFileSchema, 'taxonomy.categories', readData('taxonomy.categories', options.categories));
  const ids = new Set(categoriesData.categories.map((c) => c.id));
  for (const [kind, id] of Object.entries(categoriesData.fallback)) {
    if (!ids.has(id)) throw new ComptaxError('config', `taxonomy.categories: fallback for ${kind} names unknown category "${id}"`);
  }
  const synonymsData = parseData(synonymsFileSchema, 'taxonomy.synonyms', readData('taxonomy.synonyms', options.synonyms));
  return {
    ...options,
    categoriesData,
    synonymsData,
    ...(options.reranker ? { rerankerData: parseData(rerankerFileSchema, 'taxonomy.reranker', readData('taxonomy.reranker', options.reranker)) } : {}),
    ...(options.vocabulary ? { vocabularyFile: locate('taxonomy.vocabulary', options.vocabulary) } : {}),
    ...(options.wordVectors ? { wordVectorsFile: locate('taxonomy.wordVectors', options.wordVectors) } : {}),
  };
}
