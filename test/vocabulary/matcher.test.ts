import { describe, expect, it } from 'vitest';
import { createMatcher, groupPath, labelKey, loadVocabulary, lookupKey, type Vocabulary } from '../../src/vocabulary/index.js';

const vocabulary = loadVocabulary(new URL('../../pipelines/vocabulary/vocabulary.json.gz', import.meta.url).pathname);
const matcher = createMatcher(vocabulary);
const found = (text: string) => matcher.match(text).map((m) => m.text);
const labelOf = (text: string) => matcher.match(text).map((m) => vocabulary.concepts[m.concepts[0]].label);

describe('bundled vocabulary', () => {
  it('holds ESCO skills, knowledge, O*NET tools, skill groups and occupations', () => {
    const types = new Set(vocabulary.concepts.map((c) => c.type));
    expect(types).toEqual(new Set(['skill', 'knowledge', 'tool']));
    expect(vocabulary.concepts.length).toBeGreaterThan(20000);
    expect(vocabulary.occupations.length).toBeGreaterThan(2900);
    expect(vocabulary.occupations.every((o) => /^\d{4}$/.test(o.isco))).toBe(true);
  });

  it('files a skill under its ESCO groups, top first', () => {
    const c = vocabulary.concepts.findIndex((x) => x.label === 'infection control');
    const path = groupPath(vocabulary, c).map((g) => g.label);
    expect(path[0]).toBe('knowledge');
    expect(path.length).toBeGreaterThanOrEqual(2);
  });

  it('keys labels without case, hyphens or apostrophes', () => {
    expect(labelKey('Problem-Solving  skills')).toBe('problem solving skills');
    expect(labelKey("driver's licence")).toBe('drivers licence');
    expect(labelKey('C++ and C#, ASP.NET')).toBe('c++ and c# asp.net');
    expect(lookupKey(vocabulary, labelKey('Infection Control'))?.concepts.length).toBeGreaterThan(0);
  });
});

describe('vocabulary matcher', () => {
  it('finds names anywhere in prose, with exact spans', () => {
    const text = 'You will need experience with Python, SQL and Microsoft Excel, and knowledge of infection control.';
    const matches = matcher.match(text);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found(text)).toEqual(expect.arrayContaining(['Python', 'SQL', 'Microsoft Excel', 'infection control']));
  });

  it('prefers the longest name', () => {
    expect(found('Databases: MS Access, Oracle.')).toContain('MS Access');
    expect(found('Databases: MS Access, Oracle.')).not.toContain('Access');
  });

  it('takes short forms only with their case and in context', () => {
    expect(found('Go to our website and apply.')).toEqual([]);
    expect(found('Our R&D team grows.')).toEqual([]);
    expect(found('Grade C or above in Maths')).not.toContain('C');
    // Other names near it do not make a grade a name.
    expect(found('GCSE English and Maths grade C or above')).not.toContain('C');
    expect(found('A Category C licence and Python')).not.toContain('C');
    expect(found('GCSE English and Maths at grade 4/C or equivalent')).not.toContain('C');
    expect(found('Languages: Python/C, Java')).toContain('C');
    expect(found('Strong IT skills are essential')).toContain('IT');
    expect(found('Programming in C or C++')).toEqual(['C', 'C++']);
    expect(found('Statistics in R, Python')).toContain('R');
  });

  it('takes three capitals that spell no English word ("SQL") without context, "SAP" only with it', () => {
    expect(found('Strong SQL and a solid grasp of data modelling')).toContain('SQL');
    expect(found('Strong SAP')).toEqual([]);
    expect(found('Knowledge of SAP')).toContain('SAP');
  });

  it('knows products by the name postings write, without O*NET\'s "software" ("Microsoft Azure software")', () => {
    expect(found('Experience with a public cloud (AWS, Microsoft Azure, Google Cloud) and Oracle')).toEqual(['AWS', 'Microsoft Azure', 'Google Cloud', 'Oracle']);
    expect(labelOf('Microsoft Azure')).toEqual(['Microsoft Azure software']);
    // A kind of software or an ordinary word is no product ("Medical software", "Billing software", "Compass software").
    expect(found('Medical records, Billing and Compass')).toEqual([]);
  });

  it('reads a name with its version glued on as that name ("HTML5", "CSS3"), not a word with a number', () => {
    expect(found('Frontend work (HTML5/CSS3)')).toEqual(['HTML5', 'CSS3']);
    expect(labelOf('HTML5')).toEqual(labelOf('HTML'));
    expect(found('a Band5 post on ward3')).toEqual([]);
  });

  it('knows the abbreviations O*NET names spell out ("Hypertext markup language HTML")', () => {
    expect(found('We build with HTML, XML and JSON on AWS.')).toEqual(['HTML', 'XML', 'JSON', 'AWS']);
    expect(labelOf('Experience of HTML')).toEqual(['Hypertext markup language HTML']);
  });

  it('knows products without their vendor ("Autodesk AutoCAD"), but no English word ("Microsoft Project")', () => {
    expect(found('Drawings in AutoCAD and Revit, tickets in JIRA.')).toEqual(['AutoCAD', 'Revit', 'JIRA']);
    expect(labelOf('Experience of AutoCAD')).toEqual(['Autodesk AutoCAD']);
    expect(found('Our Project team')).toEqual([]);
  });

  it('does not take a capitalized ordinary word at the start of a sentence as a product name', () => {
    expect(found('Access to training is offered.')).toEqual([]);
  });

  it('takes such a word after a colon only among other names ("the following: Python, Java"), not alone ("Note: Swift delivery")', () => {
    expect(found('Experience with the following: Python, Java, Docker')).toEqual(['Python', 'Java', 'Docker']);
    expect(found('Note: Swift delivery is key.')).toEqual([]);
  });

  it('reads a name with a capital inside written with its first capital only ("Typescript"), not in lower case or opening a sentence', () => {
    expect(found('Backend services in Typescript and Python.')).toEqual(['Typescript', 'Python']);
    expect(found('a typescript of the novel')).toEqual([]);
    expect(found('Typescript of the novel.')).toEqual([]);
  });

  it('gives the same answer whatever it matched before', () => {
    const text = 'Experience of C# and SQL Server; attention to detail.';
    const first = labelOf(text);
    for (const other of ['R programming', 'Go and Kotlin', 'nothing here']) matcher.match(other);
    expect(labelOf(text)).toEqual(first);
  });

  it('works on a vocabulary of one label', () => {
    const tiny: Vocabulary = {
      version: 'test',
      concepts: [{ id: 'x:1', label: 'patient care', type: 'skill', groups: [], broader: [] }],
      labels: new Map([['patient care', '0:0']]),
      surface: {},
      groups: [],
      occupations: [],
    };
    expect(createMatcher(tiny).match('Good Patient-Care skills').map((m) => m.text)).toEqual(['Patient-Care']);
  });
});
