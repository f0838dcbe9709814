import { describe, expect, it } from 'vitest';
import { normalizePhrase } from '../../src/taxonomy/phrase.js';
import { chooseLabel } from '../../src/taxonomy/label.js';

describe('normalizePhrase', () => {
  it('strips praise, wrappers and a description tail', () => {
    expect(normalizePhrase('Good negotiation skills', 'skill')).toBe('negotiation');
    expect(normalizePhrase('Negotiation Skills - Conducts positive negotiations', 'skill')).toBe('negotiation');
    expect(normalizePhrase('Customer Service: Responds to customer questions promptly', 'skill')).toBe('customer service');
    expect(normalizePhrase('Ability to work effectively to deadlines.', 'skill')).toBe('work effectively to deadlines');
    expect(normalizePhrase('• excellent knowledge of CRM software', 'knowledge')).toBe('crm software');
  });

  it('gives duties a base verb', () => {
    expect(normalizePhrase('Maintains productive, long-term relationships with clients', 'duty')).toBe('maintain productive, long-term relationships with clients');
    expect(normalizePhrase('Coordinates delivery of services', 'duty')).toBe('coordinate delivery of services');
    expect(normalizePhrase('Approaches new clients', 'duty')).toBe('approach new clients');
  });

  it('leaves plain phrases alone', () => {
    expect(normalizePhrase('sales forecasting', 'skill')).toBe('sales forecasting');
    expect(normalizePhrase('business analysis', 'skill')).toBe('business analysis');
    expect(normalizePhrase('process invoices', 'duty')).toBe('process invoices');
    expect(normalizePhrase('e-commerce', 'knowledge')).toBe('e-commerce');
  });
});

describe('chooseLabel', () => {
  const abbreviations = new Set(['crm', 'kpi']);
  it('prefers the most mentioned wording, a noun over a lone gerund, in sentence case', () => {
    expect(chooseLabel('skill', [{ normalized: 'negotiating', count: 2 }, { normalized: 'negotiation', count: 2 }], abbreviations)).toBe('Negotiation');
    expect(chooseLabel('skill', [{ normalized: 'client relationship management', count: 5 }, { normalized: 'crm', count: 2 }], abbreviations)).toBe('Client relationship management');
    expect(chooseLabel('skill', [{ normalized: 'crm software', count: 1 }], abbreviations)).toBe('CRM software');
    expect(chooseLabel('skill', [{ normalized: 'kpis reporting', count: 1 }], abbreviations)).toBe('KPIs reporting');
  });
});

describe('labels keep how postings write names', () => {
  it('uses capitals found inside the texts, not those of a first word or of Title Case', async () => {
    const { writtenForms } = await import('../../src/taxonomy/label.js');
    const written = writtenForms(['Experience with SAP and HubSpot CRM', 'fluent spoken and written English', 'Customer Service: Responds to customer questions', 'Sap']);
    expect(chooseLabel('knowledge', [{ normalized: 'sap', count: 1 }], new Set(), written)).toBe('SAP');
    expect(chooseLabel('knowledge', [{ normalized: 'hubspot crm', count: 1 }], new Set(['crm']), written)).toBe('HubSpot CRM');
    expect(chooseLabel('skill', [{ normalized: 'written english', count: 1 }], new Set(), written)).toBe('Written English');
    expect(chooseLabel('skill', [{ normalized: 'customer service', count: 1 }], new Set(), written)).toBe('Customer service');
  });

  it('reads a name shouted in capitals as written at the start of other texts, and keeps inner capitals against hasty lowercase', async () => {
    const { writtenForms } = await import('../../src/taxonomy/label.js');
    const written = writtenForms(['JAVA', 'Java', 'Java and Spring', 'Java developer', 'strong JAVA skills', 'mysql', 'MySQL', 'mysql', 'html', 'HTML']);
    expect(chooseLabel('knowledge', [{ normalized: 'java', count: 3 }], new Set(), written)).toBe('Java');
    expect(chooseLabel('knowledge', [{ normalized: 'mysql', count: 3 }], new Set(), written)).toBe('MySQL');
    expect(chooseLabel('knowledge', [{ normalized: 'html', count: 2 }], new Set(), written)).toBe('HTML');
    // An acronym that opens the text is written so.
    const opening = writtenForms(['BS/BA degree', 'BS/BA degree', 'Bachelor degree']);
    expect(chooseLabel('qualification', [{ normalized: 'bs/ba degree', count: 2 }], new Set(), opening)).toBe('BS/BA degree');
    // So is a word inside brackets: an anonymized name, an abbreviation.
    const anonymized = writtenForms(['Represent <ORGANIZATION> at external forums', 'Electronic Patient Record (EPR)']);
    expect(chooseLabel('duty', [{ normalized: 'represent <organization> at external forums', count: 1 }], new Set(), anonymized)).toBe('Represent <ORGANIZATION> at external forums');
    expect(chooseLabel('knowledge', [{ normalized: 'electronic patient record (epr)', count: 1 }], new Set(), anonymized)).toBe('Electronic patient record (EPR)');
  });

  it('writes a label that names its reference concept as the reference does', async () => {
    const { casedAsReference } = await import('../../src/taxonomy/label.js');
    expect(casedAsReference('Mysql', 'MySQL')).toBe('MySQL');
    expect(casedAsReference('JAVA', 'Java (computer programming)')).toBe('Java');
    expect(casedAsReference('Communication', 'communication')).toBe('Communication');
    expect(casedAsReference('Sql server', 'SQL')).toBe('Sql server');
  });
});

describe('one-word skill labels', () => {
  it('keep their head when the word is a noun that names a thing or people, not an ability (WordNet)', async () => {
    const { withHead } = await import('../../src/taxonomy/label.js');
    const { namesAbility } = await import('../../src/taxonomy/wordnet.js');
    const heads = ['skills', 'abilities'];
    expect(withHead('Computer', ['Excellent computer skills in Word', 'computer skills', 'computer'], heads, namesAbility)).toBe('Computer skills');
    expect(withHead('People', ['excellent people skills'], heads, namesAbility)).toBe('People skills');
    // A noun WordNet does not know is read as a thing ("Frontend"); one naming an ability stays alone.
    expect(withHead('Frontend', ['Basic Frontend skills'], heads, namesAbility)).toBe('Frontend skills');
    expect(withHead('Negotiation', ['negotiation skills'], heads, namesAbility)).toBe('Negotiation');
    expect(withHead('Leadership', ['leadership skills', 'leadership skills'], heads, namesAbility)).toBe('Leadership');
    // Without WordNet, as before: a noun names its skill alone.
    expect(withHead('Computer', ['computer skills'], heads)).toBe('Computer');
  });

  it('keep the head noun the postings write after them, when the word is an adjective or a gerund the postings write with a head more often than alone', async () => {
    const { withHead } = await import('../../src/taxonomy/label.js');
    const heads = ['skills', 'abilities'];
    expect(withHead('Interpersonal', ['Excellent interpersonal skills', 'strong Interpersonal Skills', 'interpersonal'], heads)).toBe('Interpersonal skills');
    expect(withHead('Analytical', ['analytical', 'strong analytical abilities', 'analytical skills', 'Analytical skills'], heads)).toBe('Analytical skills');
    expect(withHead('Creative', ['creative', 'creative and curious', 'creative skills'], heads)).toBe('Creative');
    expect(withHead('Building', ['Capacity Building skills'], heads)).toBe('Building skills');
    expect(withHead('Networking', ['networking', 'networking events'], heads)).toBe('Networking');
    expect(withHead('Negotiation', ['negotiation skills'], heads)).toBe('Negotiation');
    expect(withHead('SEO', ['SEO skills'], heads)).toBe('SEO');
    expect(withHead('Written communication', ['written communication skills'], heads)).toBe('Written communication');
    expect(withHead('Technical', ['technical skills'], [])).toBe('Technical');
    // Before another noun it is neither alone nor with a head.
    expect(withHead('Technical', ['Technical skills in Java', 'technical improvement', 'continuous technical improvement'], heads)).toBe('Technical skills');
  });

  it('name a competency by an adjective alone only when the postings write no wording of it nearly as often', () => {
    const abbreviations = new Set<string>();
    expect(chooseLabel('skill', [{ normalized: 'listening', count: 23 }, { normalized: 'active', count: 17 }, { normalized: 'active listening', count: 12 }], abbreviations)).toBe('Listening');
    expect(chooseLabel('skill', [{ normalized: 'ambitious', count: 10 }, { normalized: 'ambition', count: 8 }], abbreviations)).toBe('Ambition');
    expect(chooseLabel('skill', [{ normalized: 'proactive', count: 30 }, { normalized: 'proactivity', count: 2 }], abbreviations)).toBe('Proactive');
  });
});
