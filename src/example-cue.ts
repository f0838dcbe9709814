/**
 * A line that ends in the cue of an example ("… front-end languages (e.g." / "HTML/ CSS JavaScript …"): the text
 * that the cue introduces is on the next line, which continues it (SkillSpan's postings break lines there).
 */
export const ENDS_IN_EXAMPLE_CUE = /(?:^|[\s(])(?:e\.\s?g|i\.\s?e)\.?,?$/i;
