// Column order of every CSV file: the contract's columns first, then our extensions.

export const DOCUMENT_COLUMNS = [
  'doc_id', 'path', 'format', 'status', 'language', 'title', 'pages', 'chars', 'duplicate_of',
  'n_duties', 'n_skills', 'n_knowledge', 'n_qualifications', 'n_fixes',
  'encoding', 'company', 'roles', 'warnings', 'duplicate_similarity',
] as const;

export const MENTION_COLUMNS = [
  'doc_id', 'mention_id', 'kind', 'section', 'text', 'normalized', 'competency_id', 'confidence', 'start', 'end',
  'role', 'level', 'degree_level', 'field', 'min_years', 'certification',
] as const;

export const TAXONOMY_COLUMNS = [
  'competency_id', 'kind', 'label', 'category', 'mention_count', 'document_count', 'variants', 'reference_id', 'reference_label',
  'category_label', 'reference_score', 'subcategory', 'subcategory_label',
] as const;

export const ROLE_COLUMNS = ['doc_id', 'role', 'company', 'competency_id', 'kind', 'mentions', 'occupation_uri', 'occupation_label', 'isco_group'] as const;

export const ERROR_COLUMNS = ['path', 'stage', 'code', 'message'] as const;

export const CANONICALIZE_COLUMNS = ['phrase', 'competency_id', 'label', 'reference_id', 'reference_label'] as const;
