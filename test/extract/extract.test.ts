import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { extractOptionsSchema, resolveExtractConfig } from '../../src/extract/options.js';
import { segment } from '../../src/segment/index.js';
import { resolveSegmentConfig, segmentOptionsSchema } from '../../src/segment/options.js';
import type { Mention, MentionKind } from '../../src/types.js';
import { cleanDoc, readData } from '../segment/fixture.js';

const segConfig = resolveSegmentConfig(segmentOptionsSchema.parse({}), readData);
const config = resolveExtractConfig(extractOptionsSchema.parse({}), readData);

function run(src: string, language = 'en'): Mention[] {
  const doc = { ...cleanDoc(src), language };
  const mentions = extract(doc, segment(doc, segConfig), config);
  for (const m of mentions) {
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(m.confidence).toBeGreaterThanOrEqual(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
  }
  return mentions;
}
const of = (ms: Mention[], kind: MentionKind) => ms.filter((m) => m.kind === kind);
const pairs = (ms: Mention[], kind: MentionKind) => of(ms, kind).map((m) => [m.text, m.normalized]);

describe('duties', () => {
  it('normalizes to base verb + object', () => {
    const ms = run(
      [
        'Responsibilities',
        '- Responsible for managing client Severity 1 issues.',
        '- Coordinates delivery of services within the company and its partners.',
        '- Creating weekly scorecards',
        '- Effectively manage and develop own book of business',
      ].join('\n'),
    );
    expect(pairs(ms, 'duty')).toEqual([
      ['Responsible for managing client Severity 1 issues', 'manage client severity 1 issues'],
      ['Coordinates delivery of services within the company and its partners', 'coordinate delivery of services'],
      ['Creating weekly scorecards', 'create weekly scorecards'],
      ['Effectively manage and develop own book of business', 'manage and develop own book of business'],
    ]);
  });

  it('splits two verbs with their own objects, not a shared object or a noun list', () => {
    const ms = run(
      [
        'Duties',
        '- Track account profitability and flag accounts that fall below target.',
        '- Establish and develop strong partnerships with buyers.',
        '- Processes purchase orders and invoices',
        '- Keep account records and contact notes up to date.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'Track account profitability',
      'flag accounts that fall below target',
      'Establish and develop strong partnerships with buyers',
      'Processes purchase orders and invoices',
      'Keep account records and contact notes up to date',
    ]);
  });

  it('reads "You will …" prose and a task named without a verb', () => {
    const ms = run(['What you will do', 'You will assess new patients on arrival.', '- Monthly engagement emails'].join('\n'));
    expect(pairs(ms, 'duty')).toEqual([
      ['assess new patients on arrival', 'assess new patients on arrival'],
      ['Monthly engagement emails', 'monthly engagement emails'],
    ]);
  });

  it('gives nothing for rights, legal text, benefits, company blurbs and contact lines', () => {
    const ms = run(
      [
        'About us',
        'Northgate Freight moves parcels for retailers across the region and employs 400 people.',
        'Rights',
        '- The account manager has the right to request information from other departments.',
        'Responsibilities',
        '- The account manager has the right to sign documents within their authority.',
        '- Send reports to ops@example.com every Monday.',
        'Benefits',
        '- Manage your own hours with flexible working.',
        'General provisions',
        '- The employee is liable under the labour law of the country.',
        'How to apply',
        '- Send your CV to jobs@example.com.',
      ].join('\n'),
    );
    expect(ms).toEqual([]);
  });
});

describe('skills', () => {
  it('names the skill without its adjectives and splits coordinated lists', () => {
    const ms = run(['Skills', '- Good negotiation skills', '- Excellent listening, negotiation and presentation skills'].join('\n'));
    expect(pairs(ms, 'skill')).toEqual([
      ['Good negotiation skills', 'negotiation'],
      ['listening', 'listening'],
      ['negotiation', 'negotiation'],
      ['presentation skills', 'presentation'],
    ]);
  });

  it('reads abilities as what one is able to do', () => {
    const ms = run(['Requirements', '- Ability to work effectively to deadlines', '- Willingness to travel up to 40% of the time'].join('\n'));
    expect(pairs(ms, 'skill')).toEqual([
      ['Ability to work effectively to deadlines', 'working to deadlines'],
      ['Willingness to travel up to 40% of the time', 'willingness to travel up to 40% of the time'],
    ]);
  });

  it('finds personal qualities, and only where the role needs them', () => {
    const ms = run(
      ['Requirements', '- Commercial awareness and attention to detail', '- Self-motivated team player', 'About us', 'Our leadership team values teamwork.'].join('\n'),
    );
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Commercial awareness', 'attention to detail', 'Self-motivated', 'team player']);
  });

  it('gives a named competency one skill with its level, and duties from its indicators', () => {
    const ms = run(
      [
        'Skill Descriptors',
        'Customer Focus: Knowledge of customer needs; ability to build customer solutions.',
        'Level Extensive Experience:',
        '- Measures customer satisfaction and acts on the results.',
        'Industry Knowledge: Knowledge of the sector and its regulation; ability to apply it.',
        'Level Working Knowledge:',
        '- Follows the main competitors.',
      ].join('\n'),
    );
    expect(ms.filter((m) => m.kind !== 'duty').map((m) => [m.kind, m.text, m.level])).toEqual([
      ['skill', 'Customer Focus', 'extensive experience'],
      ['knowledge', 'Industry Knowledge', 'working knowledge'],
    ]);
    expect(of(ms, 'duty').map((m) => m.normalized)).toContain('measure customer satisfaction');
    expect(ms.some((m) => /^Level/.test(m.text))).toBe(false);
  });
});

describe('knowledge', () => {
  it('reads cues with their level and names known tools on their own', () => {
    const ms = run(['Knowledge', '- Working knowledge of CRM software (we use Salesforce)', '- Proficient in Microsoft Excel, including pivot tables'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => [m.text, m.normalized, m.level])).toEqual([
      ['Working knowledge of CRM software', 'crm software', 'working knowledge'],
      ['Salesforce', 'salesforce', undefined],
      ['Proficient in Microsoft Excel', 'microsoft excel', 'proficient'],
      ['pivot tables', 'pivot tables', undefined],
    ]);
  });

  it('does not take a tool named in a duty line, nor a common word that looks like a tool', () => {
    const ms = run(['Responsibilities', '- Keep contact notes up to date in the CRM.', 'Requirements', '- A good word from a previous employer'].join('\n'));
    expect(of(ms, 'knowledge')).toEqual([]);
  });
});

describe('qualifications', () => {
  it('fills degree level, field, minimum years and certification', () => {
    const ms = run(
      [
        'Education and Experience',
        "- Bachelor's degree in Nursing or a related field",
        '- 3+ years experience managing client accounts',
        '- AWS certification (Solutions Architect)',
        '- Full UK driving licence and willingness to travel',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification])).toEqual([
      ["Bachelor's degree in Nursing or a related field", { degreeLevel: 'bachelor', field: 'nursing' }],
      ['3+ years experience managing client accounts', { minYears: 3 }],
      ['AWS certification (Solutions Architect)', { certification: 'aws certification' }],
      ['Full UK driving licence', { certification: 'uk driving licence' }],
    ]);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['willingness to travel']);
  });

  it('leaves "a high degree of accuracy" and "25 days holiday" alone', () => {
    const ms = run(['Requirements', '- Works with a high degree of accuracy.', 'Responsibilities', '- Plan 25 days of training a year.'].join('\n'));
    expect(of(ms, 'qualification')).toEqual([]);
  });

  it('takes the clause, not the whole sentence, from prose', () => {
    const ms = run('Candidates need at least five years of experience in freight forwarding, which we consider essential for the role.');
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification?.minYears])).toEqual([
      ['at least five years of experience in freight forwarding', 5],
    ]);
  });
});

describe('other languages and options', () => {
  it('classifies items of a German posting from their sections', () => {
    const ms = run(['Ihre Aufgaben', '- Betreuung von Großkunden im Norden', 'Ihr Profil', '- Mindestens 3 Jahre Berufserfahrung im Vertrieb', '- Teamfähigkeit'].join('\n'), 'de');
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['duty', 'Betreuung von Großkunden im Norden'],
      ['qualification', 'Mindestens 3 Jahre Berufserfahrung im Vertrieb'],
      ['skill', 'Teamfähigkeit'],
    ]);
  });

  it('drops mentions below minConfidence', () => {
    const strict = resolveExtractConfig(extractOptionsSchema.parse({ minConfidence: 0.9 }), readData);
    const doc = cleanDoc(['Skills', '- Good negotiation skills'].join('\n'));
    expect(extract(doc, segment(doc, segConfig), strict)).toEqual([]);
  });

  it('rejects a lexicon file with a missing list, naming the key', () => {
    expect(() => resolveExtractConfig(extractOptionsSchema.parse({}), () => ({ dutyVerbs: [] }))).toThrow(/extract\.lexicon/);
  });
});
