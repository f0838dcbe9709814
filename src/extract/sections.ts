import type { SectionKind } from '../types.js';

/** Sections that never describe the role's competencies: neither the rules nor the tagger read them. */
export const SILENT = new Set<SectionKind>(['title', 'company', 'benefits', 'rights', 'legal', 'apply']);
/** Sections that list what the role needs. */
export const NEEDS = new Set<SectionKind>(['requirements', 'skills', 'education', 'experience']);
