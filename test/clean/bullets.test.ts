import { describe, expect, it } from 'vitest';
import { only, run } from './helpers.js';

const items = (text: string, ...rules: string[]) =>
  run(text, rules.length ? only('layout.line-join', ...rules) : undefined).blocks.map((b) => [b.kind, b.marker ?? '', b.level ?? 0, b.text]);

describe('bullets.glyph', () => {
  it('strips lost Symbol-font glyphs ("61 ", U+F0B7) and records list items', () => {
    expect(items('Duties\n61 Plans weekly visits to key clients.\n61 Prepares offers and follows up.\n\uf0b7 Tracks payments.\n\uf0a7 Escalates delays.', 'bullets.glyph')).toEqual([
      ['paragraph', '', 0, 'Duties'],
      ['list-item', '61', 1, 'Plans weekly visits to key clients.'],
      ['list-item', '61', 1, 'Prepares offers and follows up.'],
      ['list-item', '\uf0b7', 1, 'Tracks payments.'],
      ['list-item', '\uf0a7', 1, 'Escalates delays.'],
    ]);
  });

  it('strips every common glyph and nests by indentation', () => {
    const doc = items('• Lead the team\n  o Hire engineers\n  o Review code\n● Own delivery\n▪ Report risks\n– Write specs\n- Run demos\n* Fix bugs\n· Track KPIs\n> Mentor juniors', 'bullets.glyph');
    expect(doc.map((d) => d[3])).toEqual(['Lead the team', 'Hire engineers', 'Review code', 'Own delivery', 'Report risks', 'Write specs', 'Run demos', 'Fix bugs', 'Track KPIs', 'Mentor juniors']);
    expect(doc.every((d) => d[0] === 'list-item')).toBe(true);
    expect(doc.map((d) => d[2])).toEqual([1, 2, 2, 1, 1, 1, 1, 1, 1, 1]);
    // Pointing hands, check marks with an emoji presentation selector, and emoji.
    expect(items('\u261e You have shipped products\n\u2714\ufe0f Experience with Python\n\ud83d\udc49 Knowledge of SQL', 'bullets.glyph').map((d) => d[3])).toEqual(['You have shipped products', 'Experience with Python', 'Knowledge of SQL']);
    // Any pictograph a social-media posting uses as a bullet, with its modifiers and joined parts; not a copyright sign.
    expect(items('➕ Experience with fintech\n🔹 Strong SQL skills\n👩🏽‍💻 Build APIs in Go\n© 2024 Brightloop Ltd', 'bullets.glyph').map((d) => [d[0], d[3]])).toEqual([
      ['list-item', 'Experience with fintech'],
      ['list-item', 'Strong SQL skills'],
      ['list-item', 'Build APIs in Go'],
      ['paragraph', '© 2024 Brightloop Ltd'],
    ]);
  });

  it('leaves text that only looks like a marker', () => {
    const t = '61 employees joined in 2023.\n-based pricing is used.\n*required fields\nGrowth > 10% per year.';
    expect(run(t, only('layout.line-join', 'bullets.glyph')).fixes.filter((f) => f.rule === 'bullets.glyph')).toEqual([]);
  });
});

describe('bullets.numbering', () => {
  it('records numbering of every style as list structure', () => {
    const doc = items('1. Find clients\n2) Qualify leads\na) Call back\n(b) Send offer\ni. Sign contract\nIV. Requirements\n3.1. Legislation on trade\n3.11 Rules of etiquette', 'bullets.numbering');
    expect(doc).toEqual([
      ['list-item', '1.', 1, 'Find clients'],
      ['list-item', '2)', 1, 'Qualify leads'],
      ['list-item', 'a)', 1, 'Call back'],
      ['list-item', '(b)', 1, 'Send offer'],
      ['list-item', 'i.', 1, 'Sign contract'],
      ['list-item', 'IV.', 1, 'Requirements'],
      ['list-item', '3.1.', 2, 'Legislation on trade'],
      ['list-item', '3.11', 2, 'Rules of etiquette'],
    ]);
  });

  it('leaves numbers that are not numbering', () => {
    const t = '1.5 years of experience required.\n2024 was a good year.\n3 years in sales.\nJ. R. Smith leads the team.';
    const doc = run(t, only('layout.line-join', 'bullets.numbering'));
    expect(doc.fixes).toEqual([]);
  });
});

describe('bullets.inline', () => {
  it('splits a flattened list into items', () => {
    const doc = items('Platinum clients: • Monthly emails • Baseline assessments • Account monitoring', 'bullets.inline', 'bullets.glyph');
    expect(doc.map((d) => d[3])).toEqual(['Platinum clients:', 'Monthly emails', 'Baseline assessments', 'Account monitoring']);
    const hands = items('Our stack: \u261e Typescript \u261e Javascript \u261e PostgreSQL', 'bullets.inline', 'bullets.glyph');
    expect(hands.map((d) => d[3])).toEqual(['Our stack:', 'Typescript', 'Javascript', 'PostgreSQL']);
  });

  it('splits bullets glued to the item before them, with or without a space after, where there are two or more', () => {
    const glued = items('Requirements:•BA degree in Accounting• 3 years experience in audit•Proficiency in Excel', 'bullets.inline', 'bullets.glyph');
    expect(glued.map((d) => [d[0], d[3]])).toEqual([
      ['paragraph', 'Requirements:'],
      ['list-item', 'BA degree in Accounting'],
      ['list-item', '3 years experience in audit'],
      ['list-item', 'Proficiency in Excel'],
    ]);
    // Check marks and arrows too.
    expect(items('Requirements:✓Diploma in Marketing✓2 years sales experience', 'bullets.inline', 'bullets.glyph').map((d) => d[3])).toEqual(['Requirements:', 'Diploma in Marketing', '2 years sales experience']);
    // (One glued glyph alone is no list.)
    expect(run('Rated 4.5•by our customers', only('bullets.inline')).fixes).toEqual([]);
  });

  it('needs two " o " markers before capitalized words', () => {
    const t = 'Choose tea o coffee; the o Ring is a name.';
    expect(run(t, only('bullets.inline')).fixes).toEqual([]);
  });
});
