import { describe, expect, it } from 'vitest';
import { bundledReference } from '../../src/taxonomy/bundled.js';
import { createLinker } from '../../src/taxonomy/link.js';
import { decodeToolKinds, encodeToolKinds, toolKinds, toolKindsOf } from '../../src/taxonomy/tools.js';
import type { ReferenceIndex } from '../../src/taxonomy/types.js';
import { labelKey, loadVocabulary, lookupKey } from '../../src/vocabulary/index.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();
const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };

/** ESCO concepts as a file reference gives them: no O*NET tools of its own. */
const esco = (concepts: ReferenceIndex['concepts']): ReferenceIndex => ({ path: 'esco', format: 'esco', concepts });
const spreadsheets = { id: 'S1', label: 'use spreadsheets software', altLabels: ['work with spreadsheets'], type: 'skill/competence' };
const excellence = { id: 'S2', label: 'demand excellence from performers', altLabels: [], type: 'skill/competence' };

describe('tool kinds', () => {
  const kinds = toolKinds(loadVocabulary(config.vocabularyFile!));

  it('files an O*NET name, and its name without the vendor, under its commodity title', () => {
    expect(kinds.get('microsoft excel')).toBe('Spreadsheet software');
    expect(kinds.get('excel')).toBe('Spreadsheet software');
    expect(kinds.get('powerpoint')).toBe('Presentation software');
  });

  it('names a Microsoft product by its short form too ("MS Word" is Microsoft Word, not Microsoft Access)', () => {
    const vocabulary = loadVocabulary(config.vocabularyFile!);
    const word = vocabulary.concepts.findIndex((c) => c.label === 'Microsoft Word');
    expect(word).toBeGreaterThanOrEqual(0);
    expect(lookupKey(vocabulary, labelKey('MS Word'))?.concepts).toContain(word);
  });

  it('reads back from its stored form as computed', () => {
    const computed = toolKindsOf(loadVocabulary(config.vocabularyFile!));
    expect([...decodeToolKinds(JSON.parse(JSON.stringify(encodeToolKinds(computed))))]).toEqual([...computed]);
  });

  it('links a product name a file reference lacks to the concept of its kind of tool', () => {
    const linker = createLinker(esco([spreadsheets, excellence]), config, NO_RUN);
    expect(linker.best('Excel', 'skill')?.concept).toBe(0);
    expect(linker.best('excellence', 'skill')?.concept).toBe(1);
  });

  it('keeps what a name says of its own better than its kind', () => {
    const sapR3 = { id: 'K1', label: 'SAP R3', altLabels: [], type: 'knowledge' };
    const linker = createLinker(esco([sapR3, spreadsheets]), config, NO_RUN);
    expect(linker.best('SAP', 'skill')?.concept).toBe(0);
  });

  it('leaves a reference with tools of its own to link the name itself', () => {
    const tool = { id: 'T1', label: 'Microsoft Excel', altLabels: [], type: 'tool' };
    const linker = createLinker(esco([spreadsheets, tool]), config, NO_RUN);
    expect(linker.best('Excel', 'skill')?.concept).toBe(1);
  });

  it('links a name written with its version ("HTML5", "CSS3") as the name, not two letters and a number ("ES6")', () => {
    const html = { id: 'K1', label: 'HTML', altLabels: [], type: 'knowledge' };
    const es = { id: 'K2', label: 'ES', altLabels: [], type: 'knowledge' };
    const linker = createLinker(esco([html, es, spreadsheets]), config, NO_RUN);
    expect(linker.best('HTML5', 'knowledge')?.concept).toBe(0);
    expect(linker.best('html 5', 'knowledge')?.concept).toBe(0);
    expect(linker.best('ES6', 'knowledge')).toBeUndefined();
  });

  it('links a library named with its "js" ("ReactJS", "React.js", "nodejs") to the label that writes it with or without it', () => {
    const react = { id: 'T1', label: 'React', altLabels: [], type: 'tool' };
    const node = { id: 'T2', label: 'Node.js', altLabels: [], type: 'tool' };
    const events = { id: 'S3', label: 'react to events in time-critical environments', altLabels: [], type: 'skill/competence' };
    const linker = createLinker(esco([react, node, events, spreadsheets]), config, NO_RUN);
    for (const name of ['ReactJS', 'React.js', 'reactjs', 'React JS']) expect(linker.best(name, 'knowledge')?.concept).toBe(0);
    expect(linker.best('nodejs', 'knowledge')?.concept).toBe(1);
  });
});

describe('a list of words sharing one head ("communication and interpersonal skills", "written and verbal communication skills")', () => {
  it('links as the word of the list that meets a label best, when the whole phrase meets none as well', () => {
    const reference = bundledReference(config).reference!;
    const linker = createLinker(reference, config, NO_RUN);
    const communication = linker.best('communication skills', 'skill')?.concept;
    expect(communication).toBeDefined();
    expect(linker.best('communication and interpersonal skills', 'skill')?.concept).toBe(communication);
    expect(linker.best('interpersonal and communication skills', 'skill')?.concept).toBe(communication);
    expect(linker.best('written and verbal communication skills', 'skill')?.concept).toBe(communication);
  });

  it('shares a two-word head only after a word that may modify it ("leadership and people management skills" is no "management skills")', () => {
    const reference = bundledReference(config).reference!;
    const linker = createLinker(reference, config, NO_RUN);
    const label = (phrase: string) => reference.concepts[linker.best(phrase, 'skill')!.concept].label;
    expect(label('leadership and people management skills')).toBe(label('leadership skills'));
    expect(label('leadership and people management skills')).not.toMatch(/management skills/);
  });
});

describe('an acronym no label writes ("IFRS")', () => {
  it('links to the one concept whose label it abbreviates, not to a label it shares a stem with', () => {
    const reference = bundledReference(config).reference!;
    const linker = createLinker(reference, config, NO_RUN);
    // (In lower case too, as a run's competencies reach the linker.)
    for (const name of ['ifrs', 'IFRS']) {
      const ifrs = linker.best(name, 'knowledge');
      expect(ifrs && reference.concepts[ifrs.concept].label).toBe('international financial reporting standards');
    }
    // A name some label writes keeps its own concept.
    const aws = linker.best('AWS', 'knowledge');
    expect(aws && reference.concepts[aws.concept].label).toBe('Amazon Web Services AWS software');
  });
});

describe('a one-word product name another label holds as a word ("Spring")', () => {
  it('links to the product its label names with its kind ("Spring Framework"), not to "types of spring"', () => {
    const reference = bundledReference(config).reference!;
    const linker = createLinker(reference, config, NO_RUN);
    const spring = linker.best('spring', 'knowledge');
    expect(spring && reference.concepts[spring.concept].label).toBe('Spring Framework');
    // A word no product's label writes so keeps its own link.
    const angular = linker.best('angular', 'knowledge');
    expect(angular && reference.concepts[angular.concept].label).toBe('Angular');
  });
});

describe('a product few occupations list ("Pathogen Modeling Program PMP", listed by one)', () => {
  const pmp = { id: 'T1', label: 'Pathogen Modeling Program PMP', altLabels: ['pmp'], type: 'tool', reach: 1 };
  const retail = { id: 'T2', label: 'The Retail Solution', altLabels: [], type: 'tool', reach: 2 };
  const bundled = (concepts: ReferenceIndex['concepts']): ReferenceIndex => ({ path: 'bundled', format: 'bundled', concepts });

  it('is linked by its name, never by the abbreviation its name spells out or by one of its words', () => {
    const linker = createLinker(bundled([pmp, retail, spreadsheets]), config, NO_RUN);
    expect(linker.best('PMP', 'knowledge')).toBeUndefined();
    expect(linker.best('retail', 'knowledge')).toBeUndefined();
    expect(linker.best('Pathogen Modeling Program', 'knowledge')?.concept).toBe(0);
    expect(linker.best('The Retail Solution software', 'knowledge')?.concept).toBe(1);
  });

  it('is linked as any product when occupations enough list it, or with toolReach 0', () => {
    const common = createLinker(bundled([{ ...pmp, reach: 3 }, { ...retail, reach: 40 }, spreadsheets]), config, NO_RUN);
    expect(common.best('PMP', 'knowledge')?.concept).toBe(0);
    expect(common.best('retail', 'knowledge')?.concept).toBe(1);
    const any = createLinker(bundled([pmp, retail, spreadsheets]), taxonomyConfig({ toolReach: 0 }), NO_RUN);
    expect(any.best('PMP', 'knowledge')?.concept).toBe(0);
  });

  it('in the bundled vocabulary: a skill that shares a word with one is not it, a name written whole is', () => {
    const reference = bundledReference(config).reference!;
    const linker = createLinker(reference, config, NO_RUN);
    const labelOf = (phrase: string, kind: 'skill' | 'knowledge') => {
      const link = linker.best(phrase, kind);
      return link && reference.concepts[link.concept].label;
    };
    expect(labelOf('adapting to new procedures', 'skill')).not.toBe('Adapt It');
    expect(labelOf('fast learner', 'skill')).not.toBe('Scientific Learning Fast ForWord');
    expect(labelOf('PMP', 'knowledge')).not.toBe('Pathogen Modeling Program PMP');
    // Two products abbreviated alike: the one many occupations list.
    expect(labelOf('CMS', 'knowledge')).toBe('Content management systems CMS');
    expect(labelOf('Roxio Retrospect', 'knowledge')).toBe('Roxio Retrospect');
    expect(labelOf('continuous integration', 'knowledge')).toBe('Continuous integration software');
  });
});
