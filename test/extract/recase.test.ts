import { describe, expect, it } from 'vitest';
import { lexiconIndex } from '../../src/extract/lexicon.js';
import { recase } from '../../src/extract/recase.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { isShouted } from '../../src/shouted.js';

const lex = lexiconIndex(loadPipeline().extract);

describe('a line typed in capitals', () => {
  it('is told from a line with acronyms or a heading in Title Case', () => {
    expect(isShouted('CANDIDATES MUST HAVE A GOOD COMMAND OF ENGLISH')).toBe(true);
    expect(isShouted('Job Requirement: CANDIDATES MUST HAVE A GOOD COMMAND OF ENGLISH')).toBe(true);
    expect(isShouted('Experience with AWS, GCP and SQL')).toBe(false);
    expect(isShouted('Main Duties And Responsibilities')).toBe(false);
  });

  it('is recased as a sentence, every character in its place: words in lower case, languages and acronyms kept', () => {
    const text = 'IT IS MANDATORY TO HAVE A GOOD COMMAND OF ENGLISH, BASIC IT SKILLS AND A B.ED (ẞ)';
    const out = recase(text, lex);
    expect(out).toBe('It is mandatory to have a good command of English, basic IT skills and a B.ED (ẞ)');
    expect(out.length).toBe(text.length);
  });
});
