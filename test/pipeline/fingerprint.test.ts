import { describe, expect, it } from 'vitest';
import { DuplicateIndex, contentHash, fingerprint, minhash, similarity } from '../../src/pipeline/fingerprint.js';

const posting =
  'The account manager owns a portfolio of mid-sized clients, prepares quarterly business reviews, ' +
  'negotiates renewals and pricing, forecasts revenue every week and coordinates delivery with the ' +
  'operations team. You will need three years of client-facing experience and strong negotiation skills.';
const other =
  'The staff nurse assesses patients on admission, administers medication safely, keeps accurate care ' +
  'records, escalates deterioration to the medical team and supports students on placement. A current ' +
  'nursing registration and two years of acute ward experience are required.';

describe('fingerprint', () => {
  it('gives the same signature for the same text and a high similarity for a light edit', () => {
    expect(minhash(posting)).toEqual(minhash(posting));
    const edited = posting.replace('every week', 'each week');
    expect(similarity(minhash(posting), minhash(edited))).toBeGreaterThan(0.6);
    expect(similarity(minhash(posting), minhash(other))).toBeLessThan(0.2);
  });

  it('finds exact and near duplicates and keeps distinct postings apart', () => {
    const index = new DuplicateIndex(0.7);
    const add = (id: string, text: string) => index.add(id, contentHash(text), fingerprint(text));
    expect(add('a', posting)).toEqual({ of: '', similarity: 0 });
    expect(add('b', other).of).toBe('');
    expect(add('c', posting)).toEqual({ of: 'a', similarity: 1 });
    const reformatted = `${posting} Apply today.`;
    expect(add('d', reformatted).of).toBe('a');
    expect(add('d', reformatted).similarity).toBeGreaterThan(0.85);
  });

  it('judges a posting by its own shingles: a header or a rewritten sentence keeps it a duplicate', () => {
    const index = new DuplicateIndex(0.7);
    const long = `${posting} ${other}`;
    const add = (id: string, text: string) => index.add(id, contentHash(text), fingerprint(text));
    expect(add('a', long).of).toBe('');
    expect(add('b', `Northwind Recruitment - Job Reference 4471 - Posted 3 May 2023 ${long}`).of).toBe('a');
    expect(add('c', long.replace('negotiates renewals and pricing', 'leads the yearly contract negotiations with procurement')).of).toBe('a');
  });

  it('finds a short re-post with a fifth of its words rewritten, and keeps a different role of the same template apart', () => {
    const index = new DuplicateIndex(0.7);
    const add = (id: string, text: string) => index.add(id, contentHash(text), fingerprint(text));
    const short = `${posting} The role reports to the commercial director and is based in the Rotterdam office with two days of remote work a week.`;
    expect(add('a', short).of).toBe('');
    expect(add('b', short.replace('You will need three years of client-facing experience and strong negotiation skills.', 'Fluent Dutch and English are needed, German is a plus for the eastern region.')).of).toBe('a');
    expect(add('c', other).of).toBe('');
  });

  it('takes a posting under thirty words for a duplicate only when it is the same text', () => {
    const index = new DuplicateIndex(0.5);
    const add = (id: string, text: string) => index.add(id, contentHash(text), fingerprint(text));
    expect(add('a', 'Please send your CV and a cover letter to the HR office of the Addis branch before Friday.').of).toBe('');
    expect(add('b', 'Please send your CV and a cover letter to the HR office of the Adama branch before Friday.').of).toBe('');
    expect(add('c', 'Please send your CV and a cover letter to the HR office of the Addis branch before Friday.').of).toBe('a');
    expect(add('d', '').of).toBe('');
    expect(add('e', '').of).toBe('');
  });

  it('keeps two roles of one company apart however much text they share', () => {
    const index = new DuplicateIndex(0.7);
    const shared = `${posting} ${other}`;
    expect(index.add('a', contentHash(`${shared} Java`), fingerprint(`${shared} Java`), 'Backend Developer').of).toBe('');
    expect(index.add('b', contentHash(`${shared} Go`), fingerprint(`${shared} Go`), 'Cloud DevOps Engineer').of).toBe('');
    expect(index.add('c', contentHash(`${shared} Go!`), fingerprint(`${shared} Go!`), 'Senior Cloud DevOps Engineer').of).toBe('b');
  });

  it('without titles, tells two roles apart by their first words unless one is a copy of the other', () => {
    const index = new DuplicateIndex(0.7);
    const shared = `${posting} ${other}`;
    // A fifth of the text differs: alike enough for a re-post (0.7), not for a copy (0.9).
    const java = `${shared} You will build payment services in Java and Kotlin, review pull requests, mentor two juniors and own the reconciliation jobs that run every night.`;
    const go = `${shared} You will run our Kubernetes clusters with Terraform, write Go tooling for deployments, tune alerting in Grafana and lead the on-call rota each quarter.`;
    const add = (id: string, lead: string, text: string, title = '') => index.add(id, contentHash(lead + text), { ...fingerprint(text), lead }, title);
    expect(add('a', 'Python Software Engineer Commercial Data', java).of).toBe('');
    expect(add('b', 'Senior Software Engineer Realtime Services', go).of).toBe('');
    // The same first words: the re-post with a sentence added is found.
    expect(add('c', 'Senior Software Engineer Realtime Services', `${go} More.`).of).toBe('b');
    // A header line changed the first words, but the text is all there: still a copy.
    expect(add('d', 'Northwind Recruitment Job reference 4471', `Northwind Recruitment ${java}`).of).toBe('a');
  });
});
