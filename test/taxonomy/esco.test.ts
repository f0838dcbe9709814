import { describe, expect, it } from 'vitest';
import { buildTaxonomy, canonicalizePhrases, resolveReference } from '../../src/taxonomy/index.js';
import { createLinker } from '../../src/taxonomy/link.js';
import { isFragment } from '../../src/taxonomy/label.js';
import { occupationMatcher, titleCore } from '../../src/taxonomy/occupations.js';
import type { ReferenceIndex } from '../../src/taxonomy/types.js';
import { loadVocabulary } from '../../src/vocabulary/index.js';
import type { VariantStat } from '../../src/types.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();
const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };
const v = (kind: VariantStat['kind'], normalized: string, count = 1): VariantStat => ({ kind, normalized, count, examples: [{ docId: 'd', text: normalized }] });

/** A small reference with the cases the linker must tell apart. */
const fixture: ReferenceIndex = {
  path: 'fixture',
  format: 'simple',
  concepts: [
    { id: 'K1', label: 'business analysis', altLabels: [], type: 'knowledge' },
    { id: 'S1', label: 'perform business analysis', altLabels: ['business analysis'], type: 'skill' },
    { id: 'S2', label: 'work in teams', altLabels: ['teamwork'], hiddenLabels: ['teem work'], type: 'skill', reuse: 'transversal' },
    { id: 'S3', label: 'work in textile manufacturing teams', altLabels: [], type: 'skill', reuse: 'occupation-specific' },
    { id: 'K2', label: 'Java (computer programming)', altLabels: [], type: 'knowledge' },
    { id: 'T1', label: 'Customer account management software', altLabels: [], type: 'tool' },
    { id: 'S4', label: 'manage customer accounts', altLabels: [], type: 'skill' },
  ],
};

describe('reference linker', () => {
  // The lexical score: the reranker's weights are learned on the whole of ESCO, not on seven concepts
  // (test/taxonomy/rerank.test.ts), and the word vectors' share is tested on its own (word-vectors.test.ts).
  const linker = createLinker(fixture, taxonomyConfig({ vectorShare: 0 }), NO_RUN, false);
  const id = (phrase: string, kind: VariantStat['kind'] = 'skill') => {
    const l = linker.best(phrase, kind);
    return l && { id: fixture.concepts[l.concept].id, score: l.score };
  };

  it('gives a phrase written as a label that label, the preferred one before an alternative of another concept', () => {
    expect(id('Business Analysis')).toEqual({ id: 'K1', score: 1 });
    expect(id('teem work')?.id).toBe('S2');
    // A qualifier only tells homonyms apart.
    expect(id('java')?.id).toBe('K2');
  });

  it('scores alternative and hidden labels a little below preferred ones', () => {
    expect(id('work in teams')!.score).toBeGreaterThan(id('teamwork')!.score);
    expect(id('teamwork')!.score).toBeGreaterThan(id('teem work')!.score);
  });

  it('finds the closest label of a phrase written otherwise, by its content words', () => {
    expect(id('working in teams')?.id).toBe('S2');
    expect(id('work in large collaborative teams')?.id).toBe('S2');
    expect(id('underwater welding')).toBeUndefined();
  });

  it('never gives a duty a tool or a body of knowledge', () => {
    expect(id('customer account management software', 'skill')?.id).toBe('T1');
    expect(id('maintain customer accounts', 'duty')?.id).toBe('S4');
    expect(id('business analysis', 'duty')?.id).toBe('S1');
  });

  it('reports a match only at or above the threshold', () => {
    expect(linker.match(['teamwork'], 'skill')).toEqual({ id: 'S2', label: 'work in teams', score: 0.97 });
    expect(linker.match(['teams of weavers'], 'skill')).toBeUndefined();
  });
});

describe('the bundled ESCO vocabulary', () => {
  it('is the default reference, and "none" turns it off', async () => {
    const bundled = await resolveReference(undefined, config);
    expect(bundled?.format).toBe('bundled');
    expect(bundled?.concepts.length).toBeGreaterThan(13_000);
    expect(await resolveReference('none', config)).toBeUndefined();
  });

  it('merges wordings of one concept, names the competency by it and places it in two levels of ESCO', async () => {
    const reference = await resolveReference(undefined, config);
    const { taxonomy } = buildTaxonomy([v('skill', 'team player', 3), v('skill', 'teamwork', 2), v('skill', 'work in teams'), v('duty', 'manage budgets', 2)], config, { reference });
    const team = taxonomy.competencies.find((c) => c.kind === 'skill')!;
    expect(taxonomy.competencies.filter((c) => c.kind === 'skill')).toHaveLength(1);
    expect(team.variants.map((x) => x.normalized).sort()).toEqual(['team player', 'teamwork', 'work in teams']);
    expect(team.reference?.label).toBe('work in teams');
    expect(team.reference?.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    const label = (id: string | undefined) => taxonomy.categories.find((c) => c.id === id)?.label;
    expect(label(team.category)).toBe('social and communication skills and competences');
    expect(label(team.subcategory)).toBe('collaborating in teams and networks');
    const budgets = taxonomy.competencies.find((c) => c.kind === 'duty')!;
    expect(label(budgets.category)).toBe('management skills');
    // Every second level follows its top category in the list.
    const order = taxonomy.categories.map((c) => c.id);
    for (const c of taxonomy.categories) if (c.parent) expect(order.indexOf(c.parent)).toBeLessThan(order.indexOf(c.id));
  });

  it('keeps the corpus wording as the label unless asked for the reference one', async () => {
    const reference = await resolveReference(undefined, config);
    const corpus = [v('skill', 'team player', 3), v('skill', 'teamwork', 2)];
    expect(buildTaxonomy(corpus, config, { reference }).taxonomy.competencies[0].label).toBe('Team player');
    const byReference = buildTaxonomy(corpus, taxonomyConfig({ labels: 'reference' }), { reference }).taxonomy.competencies[0];
    expect(byReference.label).toBe('Work in teams');
  });

  it('places a competency with no concept of its own by its nearest concepts and neighbours, "other" only when nothing is near', async () => {
    const reference = await resolveReference(undefined, config);
    const { taxonomy } = buildTaxonomy([v('skill', 'javascript', 4), v('skill', 'typescript javascript tooling'), v('skill', 'zzqx vrrk')], config, { reference });
    const byLabel = new Map(taxonomy.competencies.map((c) => [c.variants[0].normalized, c]));
    expect(byLabel.get('typescript javascript tooling')!.category).toBe(byLabel.get('javascript')!.category);
    expect(byLabel.get('zzqx vrrk')!.category).toBe('other');
  });

  it('places a name the vocabulary lacks where the names listed beside it in its examples are', async () => {
    const reference = await resolveReference(undefined, config);
    const listed = (normalized: string, examples: [string, string][]): VariantStat => ({
      kind: 'knowledge',
      normalized,
      count: examples.length,
      examples: examples.map(([before, after], i) => ({ docId: `d${i}`, text: normalized, before, after })),
    });
    const corpus = [
      v('knowledge', 'php', 3),
      v('knowledge', 'mysql', 3),
      // Three neighbours, two of them (PHP) agreeing: placed with PHP (MySQL has a place of its own).
      listed('zorblax', [['Experience with PHP, ', ' and MySQL'], ['…backend in PHP / ', '']]),
      v('knowledge', 'docker', 3),
      v('knowledge', 'kubernetes', 3),
      // A list that lost its commas: names written as names on both sides.
      listed('qworbix', [['Deploy with Docker ', ' Kubernetes Helm']]),
      // One known neighbour, in a line two postings repeat (it tells once): left where nothing placed it.
      listed('vrrkqua', [['Experience with PHP, ', ''], ['Experience with PHP, ', ''], ['', ' or Qwzzt']]),
    ];
    const byName = new Map(buildTaxonomy(corpus, config, { reference }).taxonomy.competencies.map((c) => [c.variants[0].normalized, c]));
    const php = byName.get('php')!;
    expect(php.subcategory).not.toBe(byName.get('mysql')!.subcategory);
    expect([byName.get('zorblax')!.category, byName.get('zorblax')!.subcategory]).toEqual([php.category, php.subcategory]);
    const docker = byName.get('docker')!;
    expect([byName.get('qworbix')!.category, byName.get('qworbix')!.subcategory]).toEqual([docker.category, docker.subcategory]);
    expect(byName.get('vrrkqua')!.category).toBe('other');
  });

  it('uses the keyword categories when asked, or when nothing is linked', async () => {
    const reference = await resolveReference(undefined, config);
    const corpus = [v('skill', 'negotiation', 2), v('qualification', "bachelor's degree in business")];
    const keywords = buildTaxonomy(corpus, taxonomyConfig({ categorySource: 'keywords' }), { reference }).taxonomy;
    expect(keywords.competencies.map((c) => c.category).sort()).toEqual(['education', 'sales-business-development']);
    const none = buildTaxonomy(corpus, config).taxonomy;
    expect(none.competencies.every((c) => c.reference === undefined && c.subcategory === undefined)).toBe(true);
    expect(none.competencies.map((c) => c.category).sort()).toEqual(['education', 'sales-business-development']);
  });

  it('links each phrase in canonicalize, the same way in any input order', () => {
    const phrases = ['communication skills', 'good communicator', 'Excel', 'work in a dynamic team'];
    const rows = canonicalizePhrases(phrases, 'skill', config);
    expect(rows.map((r) => r.referenceLabel)).toEqual(['communication', 'communication', 'Microsoft Excel', 'work in teams']);
    expect(rows[1].id).toBe(rows[0].id);
    const reversed = canonicalizePhrases([...phrases].reverse(), 'skill', config).reverse();
    expect(reversed).toEqual(rows);
  });

  it('reads a label or a phrase that is one word among small words only as written ("work on your own" is not every "work …")', () => {
    const rows = canonicalizePhrases(['work with others', 'work on your own', 'advocates for scalable code'], 'skill', config);
    // ("work with others" took "work independently" at 0.94 through its label "work on your own"; the code's advocate
    // "advocate for others".)
    expect(rows.map((r) => r.referenceLabel)).toEqual(['', 'work independently', '']);
  });

  it('links a duty only from the duties\' own threshold up: a task sentence shares a word or two with many skills', async () => {
    const reference = await resolveReference(undefined, config);
    const phrases = ['Apply universal precautions', 'Collect requirements', 'Performing data analysis'];
    expect(canonicalizePhrases(phrases, 'duty', config).map((r) => r.referenceLabel)).toEqual(['', '', 'perform data analysis']);
    // (At the threshold of the other kinds they took skills of printing and of collections.)
    const loose = canonicalizePhrases(phrases, 'duty', taxonomyConfig({ dutyReferenceThreshold: config.referenceThreshold }));
    expect(loose.map((r) => r.referenceLabel)).toEqual(['follow safety precautions in printing', 'study a collection', 'perform data analysis']);
    expect(loose.slice(0, 2).every((r) => r.referenceScore < config.dutyReferenceThreshold)).toBe(true);
    // The same in a run's taxonomy.
    const referenceOf = (c: typeof config, phrase: string) => buildTaxonomy([v('duty', phrase, 3)], c, { reference }).taxonomy.competencies[0].reference?.label;
    expect(referenceOf(config, 'apply universal precautions')).toBeUndefined();
    expect(referenceOf(taxonomyConfig({ dutyReferenceThreshold: config.referenceThreshold }), 'apply universal precautions')).toBe('follow safety precautions in printing');
  });
});

describe('linking to the bundled ESCO vocabulary', () => {
  /** The preferred label of the concept a phrase of a kind links to, with the bundled reference. */
  const linkedBy = async () => {
    const reference = (await resolveReference(undefined, config))!;
    const linker = createLinker(reference, config, NO_RUN);
    return (phrase: string, kind: VariantStat['kind'] = 'skill') => {
      const l = linker.best(phrase, kind);
      return l ? reference.concepts[l.concept].label : undefined;
    };
  };

  it('links a language skill only when the phrase names the language, and a vague one-word label to nothing surely', async () => {
    const label = await linkedBy();
    expect(label('verbal communication in English')).toBe('interact verbally in English');
    expect(label('written and verbal communication skills')).not.toMatch(/Polish|English|German|French/);
    // ESCO lists "engineering" among packaging engineering's labels, while the word is in 87 concepts' labels.
    expect(label('engineering')).not.toBe('packaging engineering');
    expect(label('design')).not.toBe('think creatively');
  });

  it('links what follows a classifier\'s "of", never the classifier alone ("Kind" is no kind of shower)', async () => {
    const label = await linkedBy();
    expect(label('wood', 'knowledge')).toBe('types of wood');
    // ESCO's "types of showers" is also "kinds of shower"; "tobacco brands" is also "tobaccos kinds".
    expect(label('Kind')).not.toMatch(/shower|tobacco|abrasive|types|categories/);
    expect(label('Kindness')).toBe('show empathy');
  });

  it('links a quality asked of a person only to a skill used across sectors, never a sector\'s thing with the same adjective', async () => {
    const label = await linkedBy();
    // ESCO's "cut resilient flooring materials", "identify energetic meridians", "assess oil hardness".
    expect(label('resilient') ?? '').not.toMatch(/flooring/);
    expect(label('energetic') ?? '').not.toMatch(/meridian/);
    expect(label('hard-working') ?? '').not.toMatch(/hardness/);
    expect(label('adaptable')).toBe('adapt to change');
    expect(label('curious')).toBe('demonstrate curiosity');
    // Knowledge only of its own word ("communication"), not of a label that holds it ("mechanics of motor driven vehicles").
    expect(label('Driven')).not.toBe('mechanics of motor vehicles');
    expect(label('Communicative')).toBe('communication');
    // A name written as a label stays that label's, though WordNet reads the word as an adjective.
    expect(label('Angular')).toBe('Angular');
  });

  it('links a quality no label names as the noun WordNet derives from it, where a transversal skill writes that noun, or as its synonym ("motivated")', async () => {
    const label = await linkedBy();
    // ("resilience": cope with stress's "show mental resilience"; "enthusiasm": "demonstrate enthusiasm".)
    expect(label('resilient')).toBe(label('resilience'));
    expect(label('resilient')).toBeDefined();
    expect(label('enthusiastic')).toBe(label('enthusiasm'));
    expect(label('enthusiastic')).toBeDefined();
    // ("energy" meets no such label closely: "energise others", "save energy" are not what "energetic" asks.)
    expect(label('energetic') ?? '').not.toMatch(/energ|consumption|motivate/);
    // ("Motivated", "self-motivated": the candidate's own motivation, ESCO's "demonstrate motivation"; not motivating others.)
    expect(label('motivated')).toBe('show commitment');
    expect(label('self-motivated')).toBe('show commitment');
    expect(label('ability to motivate others')).toBe('motivate others');
  });

  it('reads an -able word and its -ability noun apart from the word they are made of ("accountability" is no accounting)', async () => {
    const label = await linkedBy();
    expect(label('accountability') ?? '').not.toMatch(/accounting/);
    expect(label('dependable') ?? '').not.toMatch(/dependency/);
    expect(label('adaptability')).toBe('adapt to change');
  });

  it('links a word written with a hyphen that a label writes whole as that word ("trouble-shooting" is no photography)', async () => {
    const label = await linkedBy();
    expect(label('trouble-shooting')).toBe(label('troubleshooting'));
    expect(label('trouble-shooting')).toBeDefined();
    expect(label('pro-active')).toBe(label('proactive'));
    expect(label('pro-active')).toBeDefined();
  });

  it('links a law by its subject ("Care Act" as health care legislation, not acting techniques); a duty\'s "act" stays a word', async () => {
    const label = await linkedBy();
    expect(label('care act', 'knowledge')).toBe('health care legislation');
    expect(label('care act 2014', 'knowledge')).toBe('health care legislation');
    expect(label('create an act', 'duty')).toBe('create an artistic performance');
  });
});

describe('role occupations', () => {
  it('reads the job a title names, without grades, notes and places', () => {
    expect(titleCore('Senior Java Developer (m/f/d) <ORGANIZATION>')).toBe('Java Developer');
    expect(titleCore('Front End Developer - <ORGANIZATION>')).toBe('Front End Developer');
    expect(titleCore('Staff Nurse, Ward 12')).toBe('Nurse');
    expect(titleCore('Chief')).toBe('Chief');
  });

  it('matches titles to ESCO occupations and ISCO groups, and vague titles to none', async () => {
    const vocabulary = loadVocabulary((await resolveReference(undefined, config))!.path);
    const occupationOf = occupationMatcher(vocabulary, config);
    const pharmacist = occupationOf('Head Pharmacist');
    expect(pharmacist).toMatchObject({ label: 'pharmacist', isco: '2262' });
    expect(pharmacist?.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(occupationOf('Electrical Engineer')?.isco).toBe('2151');
    expect(occupationOf('Location options')).toBeUndefined();
  });

  it('gives a title that names only the head the general occupation, and a one-word family name none', async () => {
    const vocabulary = loadVocabulary((await resolveReference(undefined, config))!.path);
    const occupationOf = occupationMatcher(vocabulary, config);
    // Not "leather goods quality manager", one level further down ESCO's occupation tree.
    const quality = occupationOf('Quality Manager');
    expect(quality?.label).toMatch(/quality/);
    expect(quality?.label).not.toMatch(/leather|footwear|textile/);
    // Hundreds of occupations are some kind of manager.
    expect(occupationOf('Manager')).toBeUndefined();
    expect(occupationOf('Accountant')?.label).toBe('accountant');
    // Dozens of occupations teach; that one ("politics lecturer") lists "teacher" among its alternative labels does not make it the one.
    expect(occupationOf('Teacher')).toBeUndefined();
    // No ESCO label is "nurse" alone; of the nursing professionals, the general one is named by most "… nurse" labels.
    expect(occupationOf('Staff Nurse')).toMatchObject({ label: 'nurse responsible for general care', isco: '2221' });
  });

  it('does not take an occupation whose preferred label shares no word with the title, unless a rare word names it', async () => {
    const vocabulary = loadVocabulary((await resolveReference(undefined, config))!.path);
    const occupationOf = occupationMatcher(vocabulary, config);
    // ESCO lists "finance associate" and "field officer" among venture capitalist's and brigadier's labels.
    expect(occupationOf('Finance Associate')?.label).not.toBe('venture capitalist');
    expect(occupationOf('Project Field Officer')?.label).not.toBe('brigadier');
    // "DevOps engineer" is a label of ICT change and configuration manager, and "DevOps" names few jobs.
    expect(occupationOf('DevOps Engineer')?.label).toBe('ICT change and configuration manager');
  });

  it('keeps a grade word that is the job as written', async () => {
    const vocabulary = loadVocabulary((await resolveReference(undefined, config))!.path);
    const occupationOf = occupationMatcher(vocabulary, config);
    // Not "Healthcare" with the grade cut off, which reads as a nurse.
    expect(occupationOf('Healthcare Assistant')).toMatchObject({ label: 'healthcare assistant', isco: '5321' });
    expect(occupationOf('Head Chef')?.label).toBe('head chef');
    expect(occupationOf('Senior Sales Assistant')?.label).toBe('sales assistant');
  });
});

describe('role occupations from competencies', () => {
  const texts = (labels: string[]) => () => labels.map((text) => ({ text, weight: 1 }));

  it('lets what a role asks choose among the occupations a vague or unlisted title reads like', async () => {
    const vocabulary = loadVocabulary((await resolveReference(undefined, config))!.path);
    const occupationOf = occupationMatcher(vocabulary, config);
    // No ESCO label is "Java developer": alone the title gets nothing, with its competencies the software developer.
    expect(occupationOf('Senior Java Developer')).toBeUndefined();
    expect(occupationOf('Senior Java Developer', texts(['Java', 'Java (computer programming)', 'software design', 'unit testing', 'SQL']))?.label).toBe('software developer');
    // "Driver" is one of dozens of drivers: what is driven decides.
    expect(occupationOf('Driver')).toBeUndefined();
    expect(occupationOf('Driver', texts(['drive bus', 'transport passengers', 'timetable']))).toMatchObject({ label: 'bus driver', isco: '8331' });
    expect(occupationOf('Driver', texts(['drive vehicles', 'deliver goods', 'load cargo']))?.label).toBe('cargo vehicle driver');
  });

  it('gives none when the competencies say nothing of the occupations the title reads like, or there is no title', async () => {
    const vocabulary = loadVocabulary((await resolveReference(undefined, config))!.path);
    const occupationOf = occupationMatcher(vocabulary, config);
    expect(occupationOf('Driver', texts(['teamwork', 'communication']))).toBeUndefined();
    expect(occupationOf('', texts(['drive bus', 'transport passengers']))).toBeUndefined();
  });
});

describe('labels', () => {
  it('tells a fragment from a name', () => {
    expect(isFragment('Knowledge and')).toBe(true);
    expect(isFragment('of accounts')).toBe(true);
    expect(isFragment('Clinical governance')).toBe(false);
    expect(isFragment('C++')).toBe(false);
  });
});
