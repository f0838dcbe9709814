import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ComptaxError } from '../../src/errors.js';
import { cleanOptionsSchema, resolveCleanConfig } from '../../src/clean/options.js';
import { config, run, runRaw } from './helpers.js';

const POSTING = `STARTUP FIELD NOTES

Order your copy at fieldnotes.example

## Account Manager &ndash; Enterprise

<p>We are looking for an <b>Account Manager</b> to own a book of enterprise clients.</p>

Responsibilities
61 Build long-term relationships with key clients.
61 Prepare quarterly business reviews and renewal plans.
61 Coordinate delivery with support, finance and product teams.

Requirements:
1. Three years of experience in B2B sales or account management.
2. Strong negotiation skills and a structured way of working.

To apply, send your CV to jobs@fieldnotes.example.

Build long-term relationships with key clients.`;

describe('clean (whole document)', () => {
  it('gives its text one byte a character where the characters allow, whatever the input was written in', () => {
    // V8's serializer tags a string one byte a character with '"', two bytes with 'c' (after a padding byte).
    const oneByte = (s: string) => serialize(s)[2] === 0x22;
    const input = 'Responsibilities\n\u2022 Keep the team\u2019s records \u2013 daily.\n\u2022 Plan the rota.';
    expect(oneByte(input)).toBe(false);
    const doc = run(input);
    expect(doc.text).not.toMatch(/[^\x00-\xff]/);
    expect(oneByte(doc.text)).toBe(true);
    expect(doc.blocks.every((b) => oneByte(b.text) && b.text === doc.text.slice(b.start, b.end))).toBe(true);
    // (A character past one byte keeps the text as it is.)
    expect(run('Fluent in \u4e2d\u6587 and English.').text).toBe('Fluent in \u4e2d\u6587 and English.');
  });

  it('cleans a noisy posting and explains every change', () => {
    const doc = run(POSTING);
    expect(doc.blocks.map((b) => [b.kind, b.marker ?? '', b.text])).toEqual([
      ['paragraph', '', 'STARTUP FIELD NOTES'],
      ['heading', '', 'Account Manager - Enterprise'],
      ['paragraph', '', 'We are looking for an Account Manager to own a book of enterprise clients.'],
      ['heading', '', 'Responsibilities'],
      ['list-item', '61', 'Build long-term relationships with key clients.'],
      ['list-item', '61', 'Prepare quarterly business reviews and renewal plans.'],
      ['list-item', '61', 'Coordinate delivery with support, finance and product teams.'],
      ['heading', '', 'Requirements:'],
      ['list-item', '1.', 'Three years of experience in B2B sales or account management.'],
      ['list-item', '2.', 'Strong negotiation skills and a structured way of working.'],
    ]);
    const rules = new Set(doc.fixes.map((f) => f.rule));
    for (const r of ['boilerplate.promotion', 'markup.markdown', 'characters.entities', 'markup.html-tag', 'bullets.glyph', 'bullets.numbering', 'boilerplate.apply', 'duplicates.exact']) {
      expect(rules.has(r), r).toBe(true);
    }
    expect(doc.language).toBe('en');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(run(POSTING))).toBe(JSON.stringify(run(POSTING)));
  });

  it('brings Greek, Cyrillic and CJK postings through intact', () => {
    const postings = [
      'Υπεύθυνος Λογαριασμών\n\nΑρμοδιότητες\n\nΔιαχείριση χαρτοφυλακίου πελατών και ανάπτυξη μακροχρόνιων σχέσεων συνεργασίας.\n\nΠροετοιμασία τριμηνιαίων αναφορών για τη διοίκηση της εταιρείας.',
      'Менеджер по работе с ключевыми клиентами\n\nОбязанности\n\nВедение переговоров с клиентами и заключение договоров поставки.\n\nКонтроль своевременной оплаты счетов и снижение дебиторской задолженности.',
      '客户经理\n\n职位描述\n\n负责重点客户的关系维护，制定年度销售计划并跟进回款。\n\n任职要求\n\n三年以上企业客户销售经验，具备良好的沟通与谈判能力。',
      'アカウントマネージャー\n\n仕事内容\n\n法人顧客の担当営業として、提案から契約、導入後のフォローまでを担当していただきます。',
    ];
    for (const p of postings) {
      const doc = run(p);
      expect(doc.text).toBe(p.replace(/\n\n/g, '\n'));
      expect(doc.fixes).toEqual([]);
    }
  });

  it('leaves a clean English posting alone: no rule fires', () => {
    const posting = [
      'Customer Success Manager',
      'About the role',
      'You will look after forty mid-sized clients who use our scheduling software, from onboarding to renewal. Negotiation, upselling and cross-selling are part of the job; so is saying no when a request does not fit.',
      'What you will do',
      'Run onboarding sessions for new clients and check their progress after 30, 60 and 90 days.',
      'Hold quarterly business reviews with each client and agree next steps.',
      'Work with product and support teams on problems that block a client.',
      'What we look for',
      'Three or more years in customer success, account management or B2B sales.',
      'Clear writing, calm under pressure, and good judgement about priorities.',
      'Salary 48,000 to 56,000 EUR, hybrid work (2 office days), 28 days of leave.',
    ].join('\n\n');
    const doc = run(posting);
    expect(doc.fixes).toEqual([]);
    expect(doc.text).toBe(posting.replace(/\n\n/g, '\n'));
    expect(doc.warnings).toEqual([]);
  });

  it('keeps table cells in their row and column', () => {
    const doc = runRaw({
      blocks: [
        { kind: 'table-cell', row: 0, col: 1, text: '<i>Account Coordinator</i>' },
        { kind: 'table-cell', row: 0, col: 2, text: '<i>Account Manager</i>' },
        { kind: 'table-cell', row: 1, col: 1, text: ' • Monthly emails • Account monitoring' },
      ],
    });
    expect(doc.blocks.map((b) => [b.row, b.col, b.text])).toEqual([
      [0, 1, 'Account Coordinator'],
      [0, 2, 'Account Manager'],
      [1, 1, 'Monthly emails'],
      [1, 1, 'Account monitoring'],
    ]);
  });

  it('runs only the configured rules, in order, and accepts family names', () => {
    const t = '<b>Plan</b> &amp; report';
    expect(run(t, config({ rules: [] })).text).toBe(t);
    expect(run(t, config({ rules: ['markup'] })).text).toBe('Plan &amp; report');
    expect(run(t, config({ rules: ['characters.entities', 'markup.html-tag'] })).text).toBe('Plan & report');
  });
});

describe('clean config', () => {
  const readData = (_: string, file: string) => JSON.parse(readFileSync(new URL(`../../pipelines/${file}`, import.meta.url), 'utf8'));

  it('rejects an unknown rule id, naming it', () => {
    const r = cleanOptionsSchema.safeParse({ rules: ['encoding.mojibake', 'bullets.sparkle'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['rules', 1]);
    expect(r.error!.issues[0].message).toContain('unknown rule id "bullets.sparkle"');
  });

  it('rejects a glossary file with bad content, naming the key', () => {
    const options = cleanOptionsSchema.parse({ glossaries: ['glossary/en-machine-translation.json', 'bad.json'] });
    expect(() => resolveCleanConfig(options, (jsonPath, file) => (file === 'bad.json' ? { entries: [{ phrase: 'x' }] } : readData(jsonPath, file)))).toThrow(
      /clean\.glossaries\[1\]: bad\.json: entries\.0\.correction/,
    );
    try {
      resolveCleanConfig(options, (jsonPath, file) => (file === 'bad.json' ? { entries: 3 } : readData(jsonPath, file)));
    } catch (e) {
      expect(e).toBeInstanceOf(ComptaxError);
      expect((e as ComptaxError).code).toBe('config');
    }
  });

  it('loads the glossary and its domain terms', () => {
    const cfg = config();
    expect(cfg.glossary.some((e) => e.phrase === 'In most counties')).toBe(true);
    expect(cfg.domainTerms).toContain('cross-selling');
  });
});
