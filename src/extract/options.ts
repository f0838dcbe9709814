import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { LocateData, ReadData } from '../config-data.js';
import { ComptaxError } from '../errors.js';
import { decodeModel } from './tagger-model.js';

export const extractOptionsSchema = z
  .strictObject({
    /** Mentions below this confidence are dropped. */
    minConfidence: z.number().min(0).max(1).default(0.5),
    /** Extraction lexicon file (relative to the pipeline file). */
    lexicon: z.string().default('extract/lexicon.json'),
    /** Indicator bullets under a named competency are also read as duties when they describe work. */
    indicatorDuties: z.boolean().default(true),
    /**
     * Reference vocabulary whose names (ESCO skills and knowledge, O*NET tools) are found anywhere in a
     * posting (relative to the pipeline file; null: none).
     */
    vocabulary: z.string().nullable().default('vocabulary/vocabulary.json.gz'),
    /** What the vocabulary's names may give: labels too generic to be mentions on their own (`extract/vocabulary-filter.json`). */
    vocabularyFilter: z.string().default('extract/vocabulary-filter.json'),
    /**
     * Trained token tagger (`npm run train:tagger`) whose spans complete the rules' mentions
     * (relative to the pipeline file; null: rules only).
     */
    tagger: z.string().nullable().default('extract/tagger.bin.gz'),
    /**
     * The kinds the tagger adds where the rules found nothing, each with the margin (how much the tagger
     * prefers the span over "no mention", in weight units) every token of a span needs; a kind left out
     * is not added. Chosen by `npm run train:tagger -- --cv 4 --add …` (postings the fold's tagger never saw):
     * against {3, 3, 8}, precision on the four-kind sets 75.6 -> 76.7 for F1 65.3 -> 65.0, SkillSpan F1 44.0 -> 43.1.
     */
    taggerAdd: z
      .strictObject({ duty: z.number().optional(), skill: z.number().optional(), knowledge: z.number().optional(), qualification: z.number().optional() })
      .default({ duty: 4, skill: 4, knowledge: 10 }),
  })
  .prefault({});

export type ExtractOptions = z.infer<typeof extractOptionsSchema>;

const words = z.array(z.string().min(1));

const lexiconSchema = z.object({
  dutyVerbs: words,
  irregularVerbs: z.record(z.string(), z.string()),
  notDutyVerbs: words,
  nounVerbs: words,
  nounGerunds: words,
  responsiblePatterns: words,
  skillModifiers: words,
  skillHeads: words,
  abilityCues: words,
  dropAdverbs: words,
  knowledgeCues: words,
  levelWords: z.record(z.string(), z.string()),
  qualities: words,
  knowledgeTerms: words,
  knowledgeTermsExact: words,
  degrees: z.record(z.string(), z.string()),
  degreesExact: z.record(z.string(), z.string()),
  certifications: words,
  certificationsExact: words,
  experienceWords: words,
  noise: words,
  nonSkills: words,
  /** What an employer offers ("Private health insurance", "33 days annual leave"): a line naming it is no competency. */
  offers: words,
  /** A posting's field labels, case as written ("Place", "Salary", "Work/Office"): "<label> …:" run on after a span ends it. */
  fieldLabels: words,
  foreignKnowledgeCues: words,
  foreignModifiers: words,
  languages: words,
});

export type ExtractLexicon = z.infer<typeof lexiconSchema>;

const vocabularyFilterSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Label keys that never give a mention on their own ("plan", "board", "processes"). */
  blocked: words,
});

export type VocabularyFilter = z.infer<typeof vocabularyFilterSchema>;

/** Options plus the data files they name, loaded: what the stage function receives. Plain data (it is sent to workers). */
export interface ExtractConfig extends ExtractOptions {
  lexicon: string;
  words: ExtractLexicon;
  /** Absolute path of the vocabulary file (each worker loads it once), or null. */
  vocabulary: string | null;
  filter: VocabularyFilter;
  /** Absolute path of the tagger model (each worker loads it once), or null. */
  tagger: string | null;
}

function parseData<T>(schema: z.ZodType<T>, jsonPath: string, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ComptaxError('config', `${jsonPath}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function resolveExtractConfig(options: ExtractOptions, readData: ReadData, locateData?: LocateData): ExtractConfig {
  const opts = extractOptionsSchema.parse(options);
  const words = parseData(lexiconSchema, 'extract.lexicon', readData('extract.lexicon', opts.lexicon));
  const filter = parseData(vocabularyFilterSchema, 'extract.vocabularyFilter', readData('extract.vocabularyFilter', opts.vocabularyFilter));
  const vocabulary = opts.vocabulary === null || !locateData ? null : locateData('extract.vocabulary', opts.vocabulary);
  const tagger = opts.tagger === null || !locateData ? null : locateData('extract.tagger', opts.tagger);
  // A file that is not a model is the configuration's error, reported before any document is read
  // (checked, not kept: the workers load it).
  if (tagger) decodeModel(readFileSync(tagger), `extract.tagger: ${tagger}`);
  return { ...opts, words, filter, vocabulary, tagger };
}
