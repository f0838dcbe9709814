import { describe, expect, it } from 'vitest';
import { judgeNeighbour } from '../../src/clean/glossary.js';
import { config, only, run } from './helpers.js';

const GLOSSARY = only('glossary.phrase');
const DETECTOR = only('glossary.detector');

describe('glossary.phrase', () => {
  it('corrects machine-translation errors and variant spellings, keeping the case of the text', () => {
    const doc = run(
      [
        'Generate sales among client accounts, including upset and cross-selling.',
        'In most counties, the role reports to sales.',
        'The ability to file yourself matters in meetings.',
        'Pledge successful work is trust.',
        'Reviews with AM\'s and determines solutions to up sell.',
      ].join('\n\n'),
      GLOSSARY,
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Generate sales among client accounts, including upselling and cross-selling.',
      'In most countries, the role reports to sales.',
      'The ability to present yourself matters in meetings.',
      'The key to successful work is trust.',
      'Reviews with account managers and determines solutions to upsell.',
    ]);
    expect(doc.fixes.every((f) => f.rule === 'glossary.phrase')).toBe(true);
    expect(doc.fixes).toHaveLength(6);
  });

  it('corrects "opponent" only where a negotiation is meant', () => {
    expect(run('He reads the mood of his opponent in every negotiation with a customer.', GLOSSARY).text).toBe(
      'He reads the mood of his counterpart in every negotiation with a customer.',
    );
    const chess = 'She beat her opponent in the chess final.';
    expect(run(chess, GLOSSARY).text).toBe(chess);
  });

  it('leaves correct text and words that only contain a phrase alone', () => {
    const t = 'In most countries the team files reports; counties and AMs of radio; upsetting news; the upset customer.';
    const doc = run(t, config({ rules: ['glossary.phrase'] }));
    expect(doc.text).toBe(t.replace('AMs', 'account managers'));
  });

  it('takes a phrase only where no letter or digit comes right before it, and looks on from the next character', () => {
    // "xThe ability to file yourself" is no phrase, but the shorter "ability to file yourself" inside it is.
    const t = 'xIn most counties; 1In most counties; \u{1d400}In most counties; (In most counties); xThe ability to file yourself';
    const doc = run(t, config({ rules: ['glossary.phrase'] }));
    expect(doc.text).toBe('xIn most counties; 1In most counties; \u{1d400}In most counties; (In most countries); xThe ability to present yourself');
  });
});

describe('glossary.detector', () => {
  it('corrects a word out of place next to a domain term when confident', () => {
    const doc = run('Drives upset and cross-selling across the base.', DETECTOR);
    expect(doc.text).toBe('Drives upselling and cross-selling across the base.');
    expect(doc.fixes.map((f) => [f.rule, f.before, f.after])).toEqual([['glossary.detector', 'upset', 'upselling']]);
  });

  it('only warns below the confidence bar', () => {
    const cfg = config({ rules: ['glossary.detector'], detectorMinConfidence: 0.95 });
    const doc = run('Drives upshot and cross-selling across the base.', cfg);
    expect(doc.fixes).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['glossary.suspect']);
  });

  it('leaves parallel and unrelated neighbours alone', () => {
    for (const t of ['Retention and cross-selling targets.', 'Marketing and cross-selling plans.', 'Reselling and cross-selling deals.', 'The upset client called twice.']) {
      const doc = run(t, DETECTOR);
      expect(doc.fixes).toEqual([]);
      expect(doc.warnings).toEqual([]);
    }
  });

  it('scores by shared prefix within the anchor\'s family', () => {
    const terms = new Set(['upselling', 'cross-selling', 'onboarding']);
    expect(judgeNeighbour('upset', 'cross-selling', terms)?.correction).toBe('upselling');
    expect(judgeNeighbour('retention', 'cross-selling', terms)).toBeNull();
    expect(judgeNeighbour('upset', 'onboarding', terms)).toBeNull();
  });
});
