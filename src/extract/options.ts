import { z } from 'zod';
import type { ReadData } from '../config-data.js';
import { ComptaxError } from '../errors.js';

export const extractOptionsSchema = z
  .strictObject({
    /** Mentions below this confidence are dropped. */
    minConfidence: z.number().min(0).max(1).default(0.5),
    /** Extraction lexicon file (relative to the pipeline file). */
    lexicon: z.string().default('extract/lexicon.json'),
    /** Indicator bullets under a named competency are also read as duties when they describe work. */
    indicatorDuties: z.boolean().default(true),
  })
  .prefault({});

export type ExtractOptions = z.infer<typeof extractOptionsSchema>;

const words = z.array(z.string().min(1));

const lexiconSchema = z.object({
  dutyVerbs: words,
  irregularVerbs: z.record(z.string(), z.string()),
  notDutyVerbs: words,
  nounVerbs: words,
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
  foreignKnowledgeCues: words,
  foreignModifiers: words,
  languages: words,
});

export type ExtractLexicon = z.infer<typeof lexiconSchema>;

/** Options plus the data files they name, loaded: what the stage function receives. Plain data (it is sent to workers). */
export interface ExtractConfig extends ExtractOptions {
  lexicon: string;
  words: ExtractLexicon;
}

export function resolveExtractConfig(options: ExtractOptions, readData: ReadData): ExtractConfig {
  const opts = extractOptionsSchema.parse(options);
  const parsed = lexiconSchema.safeParse(readData('extract.lexicon', opts.lexicon));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ComptaxError('config', `extract.lexicon: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { ...opts, words: parsed.data };
}
