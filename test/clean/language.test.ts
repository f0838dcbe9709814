import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('language', () => {
  it('detects the language per block and per document, and marks short blocks "und"', () => {
    const doc = run(
      [
        'Responsibilities',
        'The account manager builds long-term relationships with clients and coordinates the work of the teams that serve them.',
        'Обязанности',
        'Менеджер по работе с клиентами ведёт переговоры, готовит договоры и контролирует оплату счетов.',
        '职位描述',
        '负责重点客户关系管理，制定销售计划并跟进回款，协调内部团队完成交付。',
        'Anforderungen',
        'Sie haben mehrere Jahre Erfahrung im Vertrieb und arbeiten gerne mit Kunden und Kollegen zusammen.',
        'Responsabilités',
        'Vous développez le portefeuille de clients et vous négociez les contrats avec les grands comptes.',
      ].join('\n\n'),
    );
    expect(doc.language).toBe('en');
    expect(doc.blocks.map((b) => b.language)).toEqual(['und', 'en', 'und', 'ru', 'zh', 'zh', 'und', 'de', 'und', 'fr']);
  });

  it('reads a line of English words without a function word as English, whatever language its trigrams suggest', () => {
    // (Trigrams score it as Swedish, a language with no function-word list to check the guess against.)
    expect(run('Answering phones, greeting visitors, booking meetings').language).toBe('en');
    expect(run('Vi söker en erfaren utvecklare med goda kunskaper i Java och SQL.').language).toBe('sv');
  });

  it('recognizes section headings in other languages as headings', () => {
    const doc = run('职位描述\n\nОбязанности\n\nAnforderungen\n\nResponsabilités\n\nΑρμοδιότητες:\n\nRequirements');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'heading', 'heading', 'heading', 'heading']);
  });

  it('keeps non-English postings whole and marked', () => {
    const greek = 'Υπεύθυνος πωλήσεων\n\nΑναζητούμε υπεύθυνο πωλήσεων με εμπειρία στη διαχείριση πελατών και στη διαπραγμάτευση συμβάσεων.';
    const doc = run(greek);
    expect(doc.text).toBe(greek.replace('\n\n', '\n'));
    expect(doc.language).toBe('el');
    expect(doc.fixes).toEqual([]);
  });

  it('reads a one-sentence English posting as English where trigrams guess another language', () => {
    expect(run('A Level 3 qualification in Childcare is essential.').language).toBe('en');
    expect(run('Sie haben mehrere Jahre Erfahrung im Vertrieb.').language).toBe('de');
    // ("in" is an Italian function word too: as many English ones, and English words, make it English.)
    expect(run('Essential: NVQ Level 2 in Childcare.').language).toBe('en');
    expect(run('Esperienza in vendita e marketing.').language).toBe('it');
  });

  it('reads a line of English nouns without function words as English', () => {
    expect(run('Licence/Certification: Driving Licence (Required).').language).toBe('en');
    // Letters in capitals are names, in no language: the words around them decide.
    expect(run('AAT Level 4 qualified or part-qualified ACCA/CIMA.').language).toBe('en');
  });

  it('reads an acronym as a name, not as another language\'s function word ("ALS" is German "als")', () => {
    expect(run('Advanced Life Support (ALS) provider').language).toBe('en');
    expect(run('Linux OS and DE tooling for our data team').language).toBe('en');
    // (A line all in capitals keeps its words: "DIE ANFORDERUNGEN SIND HOCH" is German.)
    expect(run('DIE ANFORDERUNGEN SIND HOCH UND DIE ARBEIT IST SPANNEND.').language).toBe('de');
  });
});
