// The bundled reference vocabulary: ESCO skills, skill groups and occupations, and O*NET technology
// names, compiled by scripts/build-vocabulary.ts into pipelines/vocabulary/vocabulary.json.gz.

/** ESCO "skill/competence", ESCO "knowledge", or an O*NET technology (tool or software) name. */
export type ConceptType = 'skill' | 'knowledge' | 'tool';

export type ReuseLevel = 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific';

export interface Concept {
  /** ESCO concept URI, or `onet:tech:<slug>` for an O*NET technology name. */
  id: string;
  /** Preferred label. */
  label: string;
  type: ConceptType;
  reuse?: ReuseLevel;
  /** Indexes into `Vocabulary.groups`: the nearest skill groups (through broader skills where the
   * concept has no group of its own); for O*NET names, their commodity group. */
  groups: number[];
  /** Indexes into `Vocabulary.concepts`: broader ESCO skills. */
  broader: number[];
  /** O*NET names: how many O*NET occupations list the product (most list one or two: "Pathogen Modeling Program PMP"). */
  reach?: number;
}

export interface Group {
  id: string;
  /** ESCO hierarchy code (S1, S1.2, K06, T2 …) where it has one. */
  code?: string;
  label: string;
  /** Index into `Vocabulary.groups`. */
  parent?: number;
}

export interface Occupation {
  id: string;
  label: string;
  alt: string[];
  /** ISCO-08 unit group code (four digits). */
  isco: string;
  /** ESCO's code: the ISCO unit group, then one more part per level down ("2221.2", "1321.2.2.2"). */
  code?: string;
  iscoLabel: string;
  /** ESCO's description ("Software developers implement or program all kinds of software systems …"). */
  description?: string;
}

/** 0 preferred, 1 alternative, 2 hidden (ESCO's label kinds; O*NET names count as preferred). */
export type LabelKind = 0 | 1 | 2;

export interface Vocabulary {
  version: string;
  concepts: Concept[];
  /** labelKey(label) → its concepts as "concept:kind" pairs joined by " ", best kind first. Read it
   * through `lookupKey` / `eachLabel`: entries are decoded only when asked for, which keeps a
   * worker's start-up short. */
  labels: Map<string, string>;
  /** Case-sensitive surface forms: label key → the casing a text must show (acronyms, and names
   * that are also ordinary English words, such as "Go" or "Swift"). */
  surface: Record<string, string>;
  groups: Group[];
  occupations: Occupation[];
}
