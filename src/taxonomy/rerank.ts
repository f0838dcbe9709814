import { z } from 'zod';
import type { MentionKind } from '../types.js';

/**
 * What the linker knows of one candidate concept for one phrase, beyond its score: the reranker's
 * inputs. The lexical score finds the right concept among its first five for most real spans but
 * puts it first less often; how the phrase and the concept are shaped (a task or a noun, how much
 * of either the other covers, how general the concept is) decides many of the rest.
 */
export interface CandidateFacts {
  /** The lexical score (terms blended with written words, reuse bonus included). */
  score: number;
  /** The best lexical score among the phrase's candidates minus this one's. */
  gap: number;
  /** IDF-weighted cosine of the best label's terms (times its kind's factor). */
  terms: number;
  /** Dice of the written words of the phrase and the best label. */
  surface: number;
  /** The best label: 0 preferred, 1 alternative, 2 hidden. */
  labelKind: number;
  /** Share of the phrase's term weight found in the best label. */
  phraseCovered: number;
  /** Share of the best label's term weight found in the phrase. */
  labelCovered: number;
  /** Share of the phrase's term weight found in any label of the concept. */
  conceptCovered: number;
  /** Share of the phrase's term weight the concept's labels say in another form of the same root only ("maintenance" / "maintain"). */
  conceptRelated: number;
  /** How many of the concept's labels share a term with the phrase. */
  labelHits: number;
  /** How many labels the concept has. */
  labelCount: number;
  /** The phrase's head word is the best label's head word. */
  headMatch: boolean;
  /** How often the first word of the phrase / of the best label begins a reference label rather than sits inside one (verbs begin ESCO's skills). */
  phraseVerb: number;
  labelVerb: number;
  phraseWords: number;
  labelWords: number;
  /** How many ESCO skills have the concept as their broader skill (0 outside ESCO's hierarchy). */
  narrower: number;
  /** The concept is broader (a step or two up ESCO's hierarchy) than another near-tie / narrower than one. */
  aboveNear: boolean;
  belowNear: boolean;
  /** Cosine of the phrase's and the concept's word vectors (0 without vectors). */
  vector: number;
  /** What the phrase was found as: a skill means an ESCO skill/competence, knowledge a knowledge concept. */
  mention: MentionKind;
  /** ESCO skillType and reuseLevel, when the reference gives them. */
  type: string;
  reuse: string;
}

/** ESCO's two skill types as the bundled vocabulary names them (an ESCO CSV writes "skill/competence"). */
const ESCO_TYPE: Record<string, string> = { skill: 'skill', 'skill/competence': 'skill', knowledge: 'knowledge' };
/** A skill mention means an ESCO skill, a knowledge mention a knowledge concept (undefined: either, or neither). */
const agreement = (f: CandidateFacts): number | undefined => {
  const type = ESCO_TYPE[f.type];
  return type && (f.mention === 'skill' || f.mention === 'knowledge') ? (type === f.mention ? 1 : 0) : undefined;
};

/** The reranker's features, by name: the weights file names them, so a file written for other features is refused. */
const FEATURES: Record<string, (f: CandidateFacts) => number> = {
  score: (f) => f.score,
  vector: (f) => f.vector,
  gap: (f) => f.gap,
  alternative: (f) => (f.labelKind === 1 ? 1 : 0),
  hidden: (f) => (f.labelKind === 2 ? 1 : 0),
  conceptCovered: (f) => f.conceptCovered,
  conceptGain: (f) => f.conceptCovered - f.phraseCovered,
  conceptRelated: (f) => f.conceptRelated,
  hitShare: (f) => f.labelHits / Math.max(1, f.labelCount),
  logLabelCount: (f) => Math.log1p(f.labelCount),
  headMatch: (f) => (f.headMatch ? 1 : 0),
  bothVerbs: (f) => f.phraseVerb * f.labelVerb,
  nounToVerb: (f) => (1 - f.phraseVerb) * f.labelVerb,
  verbToNoun: (f) => f.phraseVerb * (1 - f.labelVerb),
  wordsLonger: (f) => Math.max(0, f.labelWords - f.phraseWords),
  wordsShorter: (f) => Math.max(0, f.phraseWords - f.labelWords),
  logNarrower: (f) => Math.log1p(f.narrower),
  aboveNear: (f) => (f.aboveNear ? 1 : 0),
  belowNear: (f) => (f.belowNear ? 1 : 0),
  kindAgrees: (f) => (agreement(f) === 1 ? 1 : 0),
  kindDisagrees: (f) => (agreement(f) === 0 ? 1 : 0),
  knowledge: (f) => (f.type === 'knowledge' ? 1 : 0),
  tool: (f) => (f.type === 'tool' ? 1 : 0),
  knowledgeForNoun: (f) => (f.type === 'knowledge' ? 1 - f.phraseVerb : 0),
  transversal: (f) => (f.reuse === 'transversal' ? 1 : 0),
  crossSector: (f) => (f.reuse === 'cross-sector' ? 1 : 0),
  sectorSpecific: (f) => (f.reuse === 'sector-specific' ? 1 : 0),
  occupationSpecific: (f) => (f.reuse === 'occupation-specific' ? 1 : 0),
};

export const FEATURE_NAMES = Object.keys(FEATURES);

export function featureVector(f: CandidateFacts): number[] {
  return FEATURE_NAMES.map((name) => FEATURES[name](f));
}

export const rerankerFileSchema = z
  .strictObject({
    /** What the weights were learned from and how (written by the training script). */
    source: z.string().default(''),
    /** Only candidates this close to the best lexical score are reordered: the reranker breaks near-ties, the lexical score still decides the rest. */
    margin: z.number().min(0).max(1).default(1),
    /** Feature name → weight of a linear score; candidates are ordered by it. */
    weights: z.record(z.string(), z.number()),
  })
  .refine((r) => Object.keys(r.weights).every((k) => k in FEATURES), { message: `weights name an unknown feature (known: ${FEATURE_NAMES.join(', ')})` });

export type RerankerData = z.infer<typeof rerankerFileSchema>;

/** Each weights object's features and weights, in its own order: read once, not for each candidate (tens of thousands a run). */
const compiled = new WeakMap<RerankerData['weights'], { features: ((f: CandidateFacts) => number)[]; weights: number[] }>();

/** A candidate's reranking score: the weighted sum of its features. */
export function rerankScore(weights: RerankerData['weights'], f: CandidateFacts): number {
  let c = compiled.get(weights);
  if (!c) {
    const entries = Object.entries(weights);
    compiled.set(weights, (c = { features: entries.map(([name]) => FEATURES[name]), weights: entries.map(([, w]) => w) }));
  }
  let s = 0;
  for (let i = 0; i < c.weights.length; i++) s += c.weights[i] * c.features[i](f);
  return s;
}
