import { describe, expect, it } from 'vitest';
import { analyze, analyzeInRun, lexiconOf, namesQuality, surfaceWords, termKey } from '../../src/taxonomy/features.js';
import { americanize } from '../../src/taxonomy/text.js';
import { taxonomyConfig } from './config.js';

const config = taxonomyConfig();
const lex = lexiconOf(config);
const key = (text: string) => termKey(analyze(text, lex));
const withWordnet = (wordnet: Map<string, string>) => ({ wordnet, acronyms: new Map<string, string[]>() });

describe('analyze: similarity beyond exact strings', () => {
  it('meets inflections and word order', () => {
    expect(key('budget management')).toBe(key('manage budgets'));
    expect(key('negotiating')).toBe(key('negotiation'));
    expect(key('forecasting sales')).toBe(key('sales forecasts'));
  });

  it('maps domain synonyms to one form', () => {
    expect(key('customer service')).toBe(key('client service'));
    expect(key('liaise with suppliers')).toBe(key('coordinate with suppliers'));
    expect(key('up sell')).toBe(key('upselling'));
  });

  it('expands abbreviations', () => {
    expect(key('CRM')).toBe(key('customer relationship management'));
    expect(key('KPIs')).toBe(key('key performance indicators'));
    expect(key('prepare SOWs')).toBe(key('prepare statements of work'));
    expect(key("AM's")).toBe(key('account managers'));
  });

  it('drops praise and wrapper words', () => {
    expect(key('Good negotiation skills')).toBe(key('negotiation'));
    expect(key('excellent written communication')).toBe(key('written communication'));
  });

  it('meets British and American spellings', () => {
    expect(key('organisational skills')).toBe(key('organizational skills'));
    expect(key('analyse data')).toBe(key('analyze data'));
  });

  it('keeps apart what differs', () => {
    expect(key('sales forecasting')).not.toBe(key('sales'));
    expect(key('customer service')).not.toBe(key('service'));
    expect(key("bachelor's degree in business")).not.toBe(key("bachelor's degree in marketing"));
  });

  it('leaves words that only stem alike apart', () => {
    // Porter turns both "customs" and "customer" into "custom".
    expect(key('customs procedures')).not.toBe(key('customer procedures'));
    expect(key('project management')).not.toBe(key('forecast management'));
    // …and both "organizations" and "organs" into "organ".
    expect(key('strengthen organizations')).not.toBe(key('strengthen organs'));
    expect(key('organisational skills')).toBe(key('organization'));
  });

  it('reads past a noun that only classifies what follows "of"', () => {
    expect(key('types of wood')).toBe(key('wood'));
    expect(key('a range of stakeholders')).toBe(key('stakeholders'));
    expect(key('kinds of shower')).not.toContain('kind');
    // Elsewhere the word is a word: "data types" says more than "data".
    expect(key('data types')).not.toBe(key('data'));
  });

  it('inflects both ends of a lexicon phrase', () => {
    expect(key('works as part of a team')).toBe(key('teamwork'));
    expect(key('solving problems')).toBe(key('problem solving'));
  });

  it('reads a lexicon phrase whatever its articles ("work with teams" is "work with a team")', () => {
    expect(key('work with teams')).toBe(key('teamwork'));
    expect(key('part of the team')).toBe(key('teamwork'));
    expect(key('the team')).not.toBe(key('teamwork'));
  });

  it('takes WordNet synonyms for head nouns, but never into the domain lexicon', () => {
    expect(termKey(analyze('customers', lex, withWordnet(new Map([['customers', 'client']]))))).toBe(key('client'));
    // "building" is a lexicon word (a form of "build" → "develop"): the WordNet synonym is refused.
    const chained = termKey(analyze('construction management', lex, withWordnet(new Map([['construction', 'building']]))));
    expect(chained).toBe(key('construction management'));
    expect(chained).not.toContain('develop');
  });

  it('leaves plain words alone', () => {
    expect(americanize('expertise')).toBe('expertise');
    // Every form of a kept word: as "improvization" it stemmed as "improve".
    expect(americanize('improvisation')).toBe('improvisation');
    expect(americanize('advertising')).toBe('advertising');
    expect(americanize('hours')).toBe('hours');
    expect(americanize('selling')).toBe('selling');
    expect(americanize('behaviour')).toBe('behavior');
    expect(key('Python')).toBe('python');
  });
});

describe('analyze: agent nouns', () => {
  it('meets the verb behind an agent noun, but not through another lexicon entry', () => {
    expect(key('confident presenter')).toBe(key('presentation'));
    expect(key('skilled negotiator')).toBe(key('negotiation'));
    // "supplier" would become "supply", which the lexicon reads as "provide".
    expect(key('supplier relationships')).not.toBe(key('provide relationships'));
    expect(key('supplier relationships')).toBe(key('vendor relationships'));
  });
});

describe('analyzeInRun: one analysis per text and run', () => {
  it("gives analyze's terms, the same array again for the same text, and each run its own", () => {
    const run = withWordnet(new Map([['boss', 'supervisor']]));
    const other = withWordnet(new Map());
    expect(analyze('supervise the boss', lex, run)).not.toEqual(analyze('supervise the boss', lex, other));
    const first = analyzeInRun('supervise the boss', lex, run);
    expect(first).toEqual(analyze('supervise the boss', lex, run));
    expect(analyzeInRun('supervise the boss', lex, run)).toBe(first);
    // Another run's synonyms give another analysis, never the first run's.
    expect(analyzeInRun('supervise the boss', lex, other)).toEqual(analyze('supervise the boss', lex, other));
    expect(analyzeInRun('supervise the boss', lex, other)).not.toBe(first);
  });
});

describe('surfaceWords', () => {
  it('gives the same words at every call, each call its own array', () => {
    const first = surfaceWords("the team's well-being KPIs", lex);
    const again = surfaceWords("the team's well-being KPIs", lex);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    first.push('changed');
    expect(surfaceWords("the team's well-being KPIs", lex)).toEqual(again);
  });
});

describe('a quality asked of a person (namesQuality)', () => {
  it('is a few adjectives, a compound ending in a participle written with its hyphen or with a space', () => {
    for (const q of ['resilient', 'hard-working', 'hard working', 'service minded', 'detail oriented', 'energetic and reliable']) expect(namesQuality(q, lex)).toBe(true);
    for (const q of ['accounts receivable', 'team player', 'project management', 'make recommendations on architectural matters']) expect(namesQuality(q, lex)).toBe(false);
  });
});
