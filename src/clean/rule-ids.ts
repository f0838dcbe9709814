/**
 * Every rule the clean stage knows, in its default order. A rule id is also the `rule` of the fixes
 * it makes. The pipeline config lists the rules to run, in order; a family name ("boilerplate")
 * stands for all of its rules in this order.
 */
export const RULE_IDS = [
  'encoding.mojibake',
  'characters.control',
  'markup.html-tag',
  'characters.entities',
  'characters.ligatures',
  'characters.width',
  'characters.spaces',
  'characters.soft-hyphen',
  'characters.nfc',
  'characters.quotes',
  'characters.dashes',
  'markup.table',
  'bullets.inline',
  'layout.line-join',
  'layout.hyphenation',
  'markup.markdown',
  'bullets.glyph',
  'bullets.numbering',
  'layout.filler',
  'layout.page-number',
  'layout.running-header',
  'boilerplate.promotion',
  'boilerplate.source',
  'boilerplate.share',
  'boilerplate.navigation',
  'boilerplate.cookie',
  'boilerplate.apply',
  'boilerplate.contact',
  'boilerplate.url',
  'boilerplate.caption',
  'duplicates.exact',
  'duplicates.near',
  'glossary.phrase',
  'glossary.detector',
  'language.headings',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const RULE_FAMILIES: readonly string[] = [...new Set(RULE_IDS.map((id) => id.split('.')[0]))];

/** Expands family names to their rules, keeping the configured order and dropping repeats. */
export function expandRules(ids: readonly string[]): RuleId[] {
  const out: RuleId[] = [];
  for (const id of ids) {
    const members = (RULE_IDS as readonly string[]).includes(id)
      ? [id as RuleId]
      : RULE_IDS.filter((r) => r.startsWith(`${id}.`));
    for (const m of members) if (!out.includes(m)) out.push(m);
  }
  return out;
}
