import { z } from 'zod';
import type { ReadData } from '../config-data.js';
import { ComptaxError } from '../errors.js';
import type { SectionKind } from '../types.js';

export const segmentOptionsSchema = z
  .strictObject({
    /** Heading lexicon file (relative to the pipeline file). */
    headingLexicon: z.string().default('segment/headings.json'),
    /** A paragraph of at most this many words may be a heading (when it also looks like one). */
    maxHeadingWords: z.number().int().min(1).max(30).default(9),
  })
  .prefault({});

export type SegmentOptions = z.infer<typeof segmentOptionsSchema>;

const SECTION_KINDS = [
  'title',
  'company',
  'summary',
  'responsibilities',
  'requirements',
  'skills',
  'education',
  'experience',
  'benefits',
  'rights',
  'legal',
  'apply',
  'other',
] as const satisfies readonly SectionKind[];

const headingLexiconSchema = z.object({
  sections: z
    .array(
      z.strictObject({
        kind: z.enum(SECTION_KINDS),
        phrases: z.record(z.string(), z.array(z.string().min(1))),
        lines: z.record(z.string(), z.array(z.string().min(1))).optional(),
      }),
    )
    .min(1),
  fields: z.strictObject({
    title: z.array(z.string().min(1)),
    company: z.array(z.string().min(1)),
    other: z.array(z.string().min(1)),
  }),
  levels: z.array(z.string().min(1)),
  roleWords: z.array(z.string().min(1)),
  organisationWords: z.array(z.string().min(1)),
});

export interface HeadingLexicon {
  /**
   * Kinds in priority order, each with its phrases (all languages, lower case) and the lines that are its
   * heading only when they are the whole line ("Clinical experience" in a person specification): their words
   * do not make other lines headings.
   */
  sections: { kind: SectionKind; phrases: string[]; lines: string[] }[];
  fields: { title: string[]; company: string[]; other: string[] };
  /** Words that open a proficiency-level line ("Level Working Knowledge:"). */
  levels: string[];
  /** Words that name a job ("manager", "nurse"): a line with one is a title, not a banner. */
  roleWords: string[];
  /** Words an employer's name ends with ("NHS Foundation Trust", "Ltd", "GmbH"): such a line under the title is the company. */
  organisationWords: string[];
}

/** Options plus the data files they name, loaded: what the stage function receives. Plain data (it is sent to workers). */
export interface SegmentConfig extends SegmentOptions {
  headings: HeadingLexicon;
}

export function resolveSegmentConfig(options: SegmentOptions, readData: ReadData): SegmentConfig {
  const opts = segmentOptionsSchema.parse(options);
  const raw = readData('segment.headingLexicon', opts.headingLexicon);
  const parsed = headingLexiconSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ComptaxError('config', `segment.headingLexicon: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase().trim());
  return {
    ...opts,
    headings: {
      sections: parsed.data.sections.map((s) => ({ kind: s.kind, phrases: lower(Object.values(s.phrases).flat()), lines: lower(Object.values(s.lines ?? {}).flat()) })),
      fields: {
        title: lower(parsed.data.fields.title),
        company: lower(parsed.data.fields.company),
        other: lower(parsed.data.fields.other),
      },
      levels: lower(parsed.data.levels),
      roleWords: lower(parsed.data.roleWords),
      organisationWords: lower(parsed.data.organisationWords),
    },
  };
}
