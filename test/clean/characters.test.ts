import { describe, expect, it } from 'vitest';
import { only, run, rules } from './helpers.js';

describe('characters', () => {
  it('decodes HTML entities, also double-escaped ones', () => {
    const doc = run('Sales &amp; Marketing &#8211; R&amp;amp;D team, 5&nbsp;days, caf&eacute; &#x201C;hub&#x201D;', only('characters.entities'));
    expect(doc.text).toBe('Sales & Marketing \u2013 R&D team, 5\u00a0days, café \u201chub\u201d');
    expect(rules(doc)).toEqual(['characters.entities']);
  });

  it('leaves ampersands that are not entities alone', () => {
    const t = 'Sales & Marketing; AT&T and P&G; Q&A sessions; &unknown; stays';
    expect(run(t, only('characters.entities')).text).toBe(t);
  });

  it('keeps the word break a control character stood for, and drops one inside a word', () => {
    const doc = run('keeping COGS in\u001acheck with Azure Cosmos DB\u001aas well as large\u001ascale apps; don\u001at stop', only('characters.control'));
    expect(doc.text).toBe('keeping COGS in check with Azure Cosmos DB as well as large scale apps; dont stop');
  });

  it('expands ligatures and removes soft hyphens and control characters', () => {
    const doc = run('ef\ufb01cient \ufb02ow of of\ufb01ce work; manage\u00adment of ac\u00adcounts\u0007\u0000 done\ufeff', only('characters.ligatures', 'characters.soft-hyphen', 'characters.control'));
    expect(doc.text).toBe('efficient flow of office work; management of accounts done');
    expect(rules(doc)).toEqual(['characters.control', 'characters.ligatures', 'characters.soft-hyphen']);
  });

  it('normalizes odd and zero-width spaces and collapses runs of spaces', () => {
    const doc = run('Account\u00a0Manager\u200b  with  five\u2009years  of\u202fexperience   ', only('characters.spaces'));
    expect(doc.text).toBe('Account Manager with five years of experience');
  });

  it('turns full-width Latin into ASCII but keeps CJK punctuation in CJK text', () => {
    expect(run('Ｅｘｃｅｌ ａｎｄ ＳＱＬ，ｔｅａｍｗｏｒｋ', only('characters.width')).text).toBe('Excel and SQL,teamwork');
    const cjk = '职位描述：负责客户关系管理，制定销售计划（季度）。';
    expect(run(cjk, only('characters.width')).text).toBe(cjk);
    expect(run('熟悉Ｅｘｃｅｌ和ＳＱＬ。', only('characters.width')).text).toBe('熟悉Excel和SQL。');
  });

  it('composes decomposed accents (NFC)', () => {
    const doc = run('Re\u0301sume\u0301 and cafe\u0301 in Malmo\u0308', only('characters.nfc'));
    expect(doc.text).toBe('Résumé and café in Malmö');
    expect(doc.fixes.every((f) => f.rule === 'characters.nfc')).toBe(true);
  });

  it('makes quotes and dashes plain for analysis', () => {
    const doc = run('“Client-first” isn’t a slogan \u2014 it’s 2019\u20132024 work', only('characters.quotes', 'characters.dashes'));
    expect(doc.text).toBe('"Client-first" isn\'t a slogan - it\'s 2019-2024 work');
  });

  it('leaves clean Greek, Cyrillic and CJK text alone', () => {
    for (const t of [
      'Αρμοδιότητες: διαχείριση πελατών και ανάπτυξη πωλήσεων.',
      'Обязанности: ведение переговоров с ключевыми клиентами.',
      '岗位职责：维护客户关系，完成销售目标。',
      '주요업무: 고객 관리 및 영업 전략 수립',
    ]) {
      expect(run(t).text).toBe(t);
      expect(run(t).fixes).toEqual([]);
    }
  });
});

describe('characters.entities (all of HTML)', () => {
  it('decodes any named entity, keeping its case, and leaves unknown names', () => {
    const doc = run('&Uuml;bersicht &hellip; &euro;50 &laquo;Team&raquo; &notanentity; &ccedil;a', only('characters.entities'));
    expect(doc.text).toBe('Übersicht … €50 «Team» &notanentity; ça');
  });
});
