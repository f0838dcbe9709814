import type { MentionKind, Taxonomy } from '../types.js';
import type { Vocabulary } from '../vocabulary/index.js';
import type { Linker } from './link.js';
import type { OccupationMatch } from './occupations.js';

/** One concept of a reference taxonomy (ESCO skill, or a row of a simple id,label,alt_labels file). */
export interface ReferenceConcept {
  id: string;
  label: string;
  altLabels: string[];
  /** Labels that name the concept but are not shown (ESCO hiddenLabels: misspellings, old wordings). */
  hiddenLabels?: string[];
  /** ESCO reuseLevel: "transversal", "cross-sector", "sector-specific", "occupation-specific". */
  reuse?: string;
  /** ESCO skillType ("skill/competence", "knowledge"), when given. */
  type?: string;
  /** A product's: how many occupations list it (the bundled vocabulary's O*NET names). */
  reach?: number;
}

export interface ReferenceIndex {
  path: string;
  format: 'esco' | 'simple' | 'bundled';
  concepts: ReferenceConcept[];
  /** The bundled vocabulary the concepts come from (its skill groups and occupations). */
  vocabulary?: Vocabulary;
  /** Where its labels' analysis is stored: a section of the vocabulary file's label index. */
  stored?: { vocabularyFile: string; section: string };
}

export interface PreviousCompetency {
  id: string;
  kind: MentionKind;
  label: string;
  variants: { normalized: string; count: number }[];
}

/** What `--previous` gives: the competencies of an earlier run, for carrying their ids forward. */
export interface PreviousTaxonomy {
  path: string;
  competencies: PreviousCompetency[];
}

export interface BuiltTaxonomy {
  taxonomy: Taxonomy;
  /** The reference as this build analysed it (absent without a reference, or when the build was asked not to keep it). */
  linker?: Linker;
  /**
   * A role's ESCO occupation from its title, or from its competencies (ids, with their mentions in the
   * role) where the title names none (absent without a reference).
   */
  occupationOf?: (title: string, competencies?: { id: string; count: number }[]) => OccupationMatch | undefined;
  /** The competency id of a variant; for a form not in the build, the id its content would get. */
  idOf(kind: MentionKind, normalized: string): string;
}
