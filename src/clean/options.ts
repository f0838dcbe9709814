import { z } from 'zod';
import type { ReadData } from '../config-data.js';
import { ComptaxError } from '../errors.js';
import { RULE_FAMILIES, RULE_IDS, expandRules, type RuleId } from './rule-ids.js';

const KNOWN_RULES: readonly string[] = [...RULE_IDS, ...RULE_FAMILIES];

/** Languages franc may answer (ISO 639-3): the ones postings come in; fewer candidates, fewer confusions. */
export const DEFAULT_LANGUAGES = [
  'eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol', 'ces', 'hun', 'ron', 'swe', 'tur', 'ind', 'vie',
  'rus', 'ukr', 'bul', 'bel', 'ell', 'cmn', 'jpn', 'kor', 'arb', 'hin', 'tha',
];

export const cleanOptionsSchema = z
  .strictObject({
    /** Rule ids (or family names such as "boilerplate"), in the order they run. */
    rules: z
      .array(
        z.string().refine((id) => KNOWN_RULES.includes(id), {
          error: (iss) => `unknown rule id "${String(iss.input)}" (known: ${RULE_FAMILIES.join(', ')} and their rules)`,
        }),
      )
      .default([...RULE_IDS]),
    /** Glossary files (relative to the pipelines folder), see pipelines/glossary/. */
    glossaries: z.array(z.string()).default([]),
    /** Section headings in many languages; shared with the segment stage. */
    headingLexicon: z.string().default('segment/headings.json'),
    /** ISO 639-3 codes language detection may choose from. */
    languages: z.array(z.string().regex(/^[a-z]{3}$/)).min(1).default(DEFAULT_LANGUAGES),
    /** The out-of-place-word detector corrects a word only at or above this confidence; below, it warns. */
    detectorMinConfidence: z.number().min(0).max(1).default(0.8),
    /** Word-set similarity at which two paragraphs of one posting count as the same paragraph. */
    nearDuplicateThreshold: z.number().min(0).max(1).default(0.6),
    /** Shortest paragraph (in words) that duplicate detection considers. */
    duplicateMinWords: z.number().int().min(1).default(4),
  })
  .prefault({});

export type CleanOptions = z.infer<typeof cleanOptionsSchema>;

/** A glossary entry: a phrase machine translation or variant spelling gets wrong, and its correction. */
export interface GlossaryEntry {
  phrase: string;
  correction: string;
  /** Source language of the translations that produce the error (ISO 639-1), when known. */
  language?: string;
  note?: string;
  /** The correction applies only when one of these words (prefixes) occurs in the same block. */
  context?: string[];
  /** Match case exactly (for abbreviations such as "AM's"). */
  caseSensitive?: boolean;
}

/** Options plus the data files they name, loaded: what the stage function receives. Plain data (it is sent to workers). */
export interface CleanConfig extends Omit<CleanOptions, 'rules'> {
  rules: RuleId[];
  glossary: GlossaryEntry[];
  /** Domain terms the out-of-place-word detector checks neighbours against ("upselling", "cross-selling"). */
  domainTerms: string[];
  /** Every heading phrase of the lexicon, lower-cased, NFC. */
  headings: string[];
}

const headingFileSchema = z.looseObject({
  sections: z.array(z.looseObject({ phrases: z.record(z.string(), z.array(z.string())), lines: z.record(z.string(), z.array(z.string())).optional() })),
});

/** Every phrase and line of a heading lexicon, lower-cased, NFC; jsonPath names the option in errors. */
export function readHeadings(jsonPath: string, file: string, readData: ReadData): string[] {
  const parsed = headingFileSchema.safeParse(readData(jsonPath, file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ComptaxError('config', `${jsonPath}: ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  // (With the headings that are headings only as a whole line: cleaning asks of whole lines.)
  const all = parsed.data.sections.flatMap((s) => [...Object.values(s.phrases), ...Object.values(s.lines ?? {})].flat());
  return [...new Set(all.map((h) => h.toLowerCase().normalize('NFC')))].sort();
}


const entrySchema = z.strictObject({
  phrase: z.string().min(1),
  correction: z.string(),
  language: z.string().optional(),
  note: z.string().optional(),
  context: z.array(z.string().min(1)).optional(),
  caseSensitive: z.boolean().optional(),
});

export const glossaryFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  /** Default source language for entries that name none. */
  language: z.string().optional(),
  entries: z.array(entrySchema).default([]),
  terms: z.array(z.string().min(1)).default([]),
});

export function resolveCleanConfig(options: CleanOptions, readData: ReadData): CleanConfig {
  const glossary: GlossaryEntry[] = [];
  const terms = new Set<string>();
  options.glossaries.forEach((file, i) => {
    const jsonPath = `clean.glossaries[${i}]`;
    const parsed = glossaryFileSchema.safeParse(readData(jsonPath, file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ComptaxError('config', `${jsonPath}: ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    for (const e of parsed.data.entries) {
      const entry: GlossaryEntry = { ...e };
      if (entry.language === undefined && parsed.data.language !== undefined) entry.language = parsed.data.language;
      glossary.push(entry);
    }
    for (const t of parsed.data.terms) terms.add(t.toLowerCase());
  });
  return { ...options, rules: expandRules(options.rules), glossary, domainTerms: [...terms].sort(), headings: readHeadings('clean.headingLexicon', options.headingLexicon, readData) };
}
