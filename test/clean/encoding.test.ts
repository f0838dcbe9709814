import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/clean/encoding.js';
import { badness } from '../../src/clean/mojibake-badness.js';
import { only, run } from './helpers.js';

/** UTF-8 bytes read through a single-byte code page, as a careless decoder does. */
function mojibake(text: string, codePage: string, sloppy = false): string {
  const bytes = Buffer.from(text, 'utf8');
  if (!sloppy) return iconv.decode(bytes, codePage);
  // "Sloppy" decoders pass undefined bytes through as the same code point.
  let out = '';
  for (const b of bytes) {
    const ch = iconv.decode(Buffer.from([b]), codePage);
    out += ch === '\ufffd' ? String.fromCharCode(b) : ch;
  }
  return out;
}

const ENGLISH = [
  'We’re looking for a “hands-on” account manager — someone who enjoys client work.',
  'Salary: €45,000–€55,000 plus bonus; based in Zürich or München.',
  'Experience with CRM tools (Salesforce, HubSpot) is a plus • travel ≤ 20%.',
  'Our café-style office in Malmö welcomes naïve questions about the résumé process.',
];
const GREEK = 'Υπεύθυνος λογαριασμών πελατών: διαχείριση σχέσεων με βασικούς πελάτες και ανάπτυξη νέων συνεργασιών.';
const RUSSIAN = 'Менеджер по работе с клиентами: ведение переговоров, заключение договоров и контроль оплаты счетов.';
const UKRAINIAN = 'Він відповідає за підтримку клієнтів і розвиток нових напрямків співпраці.';
const CHINESE = '职位描述：负责重点客户关系管理，制定销售计划并跟进回款。任职要求：三年以上销售经验。';
const JAPANESE = '仕事内容：法人顧客の担当営業として、提案から契約までを担当していただきます。';
const ACCENTED = [
  'Responsabilités : développer le portefeuille clients, négocier les contrats. Ça va être génial à Besançon.',
  'Anforderungen: abgeschlossenes Studium, Erfahrung im Vertrieb, Kundenorientierung und Überzeugungskraft.',
  'Sorumluluklar: müşteri ilişkilerini yönetmek, satış hedeflerine ulaşmak; Łódź, Čeština, SÃO PAULO, Ångström.',
  'Requisitos: experiência em vendas, inglês fluente, disponibilidade para viagens à região de São Paulo.',
];

describe('encoding.mojibake', () => {
  it('repairs UTF-8 read as Windows-1252, strict and sloppy', () => {
    for (const s of ENGLISH) {
      expect(repairMojibake(mojibake(s, 'win1252'))).toBe(s);
      expect(repairMojibake(mojibake(s, 'win1252', true))).toBe(s);
    }
  });

  it('repairs UTF-8 read as Latin-1', () => {
    for (const s of [...ENGLISH.slice(1), ...ACCENTED]) expect(repairMojibake(mojibake(s, 'latin1'))).toBe(s);
  });

  it('repairs non-Latin text read as Windows-1252 (sloppy)', () => {
    for (const s of [GREEK, RUSSIAN, CHINESE, JAPANESE]) expect(repairMojibake(mojibake(s, 'win1252', true))).toBe(s);
  });

  it('repairs UTF-8 read as Windows-1251, strict and sloppy', () => {
    for (const s of [RUSSIAN, ...ENGLISH.slice(0, 2), ACCENTED[0]]) {
      expect(repairMojibake(mojibake(s, 'win1251'))).toBe(s);
      expect(repairMojibake(mojibake(s, 'win1251', true))).toBe(s);
    }
  });

  it('repairs UTF-8 read as Windows-1253 (sloppy)', () => {
    for (const s of [ENGLISH[0], ENGLISH[1], ACCENTED[1]]) expect(repairMojibake(mojibake(s, 'win1253', true))).toBe(s);
  });

  it('repairs a single damaged quote in a clean paragraph (Greek code page with a Windows-1252 fallback)', () => {
    expect(repairMojibake('the manager is the β€œface” of the company')).toBe('the manager is the “face” of the company');
    expect(repairMojibake('it was â€œgreatâ€ and done')).toBe('it was “great” and done');
    expect(repairMojibake('то, что называют вЂњлицомвЂќ компании')).toBe('то, что называют “лицом” компании');
  });

  it('repairs a non-breaking space that became a plain space', () => {
    expect(repairMojibake('Voilà, c’est fait'.replace('à', 'Ã\u00a0'))).toBe('Voilà, c’est fait');
    expect(repairMojibake('voilÃ  le poste')).toBe('voilà le poste');
    expect(repairMojibake('Salary:Â 50k')).toBe('Salary:\u00a050k');
  });

  it('repairs text that was decoded wrongly twice', () => {
    const s = 'Kundenbetreuung für “Key Accounts”';
    expect(repairMojibake(mojibake(mojibake(s, 'win1252'), 'win1252'))).toBe(s);
  });

  it('reports each repaired run as a fix', () => {
    const doc = run(mojibake('The “face” of the team.', 'win1252'), only('encoding.mojibake'));
    expect(doc.text).toBe('The “face” of the team.');
    expect(doc.fixes.map((f) => [f.rule, f.before, f.after])).toEqual([
      ['encoding.mojibake', 'â€œ', '“'],
      ['encoding.mojibake', 'â€\ufffd', '”'],
    ]);
  });

  it('never touches clean Greek, Cyrillic, CJK or accented Latin text', () => {
    for (const s of [GREEK, RUSSIAN, UKRAINIAN, CHINESE, JAPANESE, ...ACCENTED, ...ENGLISH, 'СРЂАН Ђорђевић, «ёлка», №5', 'Вісник: Він, Вё', 'ΥΠΕΥΘΥΝΟΣ ΠΩΛΗΣΕΩΝ – Έλα, Άρης, Ήρα, Ώρα']) {
      expect(repairMojibake(s)).toBe(s);
      expect(run(s, only('encoding.mojibake')).fixes).toEqual([]);
    }
  });

  const WORLD = [
    'Wir suchen eine Teamleitung für den Kundendienst in München; Größe des Teams: zwölf Personen.',
    'Nous recherchons un chargé de clientèle expérimenté, à l’aise avec les négociations.',
    'Buscamos un gestor de cuentas con experiencia en ventas y atención al cliente en España.',
    'Procuramos um gerente de contas com experiência em vendas e negociação em São Paulo.',
    'Szukamy opiekuna klienta kluczowego z doświadczeniem w sprzedaży i negocjacjach.',
    'Hledáme manažera klíčových zákazníků se zkušenostmi z prodeje a vyjednávání.',
    'Müşteri ilişkileri yöneticisi arıyoruz; satış ve müzakere deneyimi şarttır.',
    'Ищем менеджера по работе с ключевыми клиентами с опытом продаж и переговоров.',
    'Шукаємо менеджера з роботи з клієнтами з досвідом продажів і переговорів.',
    'Αναζητούμε υπεύθυνο πελατών με εμπειρία στις πωλήσεις και τις διαπραγματεύσεις.',
    '我们正在招聘一名大客户经理，要求具有销售和谈判经验。',
    '法人営業のアカウントマネージャーを募集しています。交渉の経験が必要です。',
    'نبحث عن مدير حسابات لديه خبرة في المبيعات والتفاوض مع العملاء.',
    'אנו מחפשים מנהל לקוחות עם ניסיון במכירות ובמשא ומתן.',
    'Chúng tôi đang tìm quản lý khách hàng có kinh nghiệm bán hàng và đàm phán.',
  ];

  it('repairs sloppy mojibake of postings in many languages and leaves the originals alone', () => {
    for (const s of WORLD) {
      expect(repairMojibake(s)).toBe(s);
      expect(repairMojibake(s.toUpperCase())).toBe(s.toUpperCase());
      for (const cp of ['win1252', 'latin1', 'win1253', 'win1251']) expect(repairMojibake(mojibake(s, cp, true)), `${cp}: ${s}`).toBe(s);
    }
  });

  // Scraped text often holds Windows-1252 bytes read as Latin-1 (C1 controls for quotes and
  // bullets) before it is read wrongly again.
  const C1_TEXT = 'The department\u0092s research \u0095 Supervision of \u0093PhD\u0094 students, 1500\u0080 a month.';
  const C1_FIXED = 'The departments research  Supervision of PhD students, 1500 a month.';

  it('drops C1 control characters, also after a second wrong decoding (their PDF prints every one as ’)', () => {
    expect(repairMojibake(C1_TEXT)).toBe(C1_FIXED);
    for (const cp of ['win1252', 'win1253', 'win1251']) {
      expect(repairMojibake(mojibake(C1_TEXT, cp)), `strict ${cp}`).toBe(C1_FIXED);
      expect(repairMojibake(mojibake(C1_TEXT, cp, true)), `sloppy ${cp}`).toBe(C1_FIXED);
    }
    expect(run(C1_TEXT, only('encoding.mojibake')).text).toBe(C1_FIXED);
  });

  it('repairs strict decodings whose undefined byte became U+FFFD: quotes by their closing mark, letters by the script around them', () => {
    const quoted = 'He said the ‘hands-on’ approach is key; “really” key.';
    expect(repairMojibake(mojibake(quoted, 'win1253'))).toBe(quoted);
    expect(repairMojibake(mojibake('a “hands-on” approach', 'win1253'))).toBe('a “hands-on” approach');
    // Windows-1253 has no 0x8A: ኛ (E1 8A 9B) loses a byte; the line's other letters are Ethiopic, so is the guess.
    expect(repairMojibake(mojibake('ቀበ 10ኛ', 'win1253'))).toMatch(/^ቀበ 10[\u1200-\u137f]$/u);
    // 🐒 is F0 9F 90 92: which of the five bytes Windows-1252 lacks was lost is a guess, but an emoji's.
    expect(repairMojibake(mojibake('Great team 🐒 and coffee', 'win1252'))).toMatch(/^Great team [\u{1f300}-\u{1faff}] and coffee$/u);
  });

  it('takes a lost quote between two letters for an apostrophe, and a lost symbol for the one the document uses', () => {
    // ‘ is E2 80 98 and ⌲ E2 8C B2: Windows-1253 has neither 0x98 nor 0x8C.
    expect(repairMojibake(mojibake('Europe‘s largest online optician', 'win1253'))).toBe('Europe‘s largest online optician');
    const lines = ['⌲ Back-end in Typescript / Node', '⌲ DevOps / Cloud dimension', '⌲ Project Management / Scrum Master'];
    const damaged = [mojibake(lines[0], 'win1253'), ...lines.slice(1)];
    expect(run(damaged.join('\n'), only('encoding.mojibake')).text).toBe(lines.join('\n'));
    // Alone, the line has nothing to go by but the likeliest symbol of all it may have been.
    expect(run(damaged[0], only('encoding.mojibake')).text).not.toBe(lines[0]);
  });

  it('leaves clean text with lone letters, quotes and bullets alone', () => {
    for (const s of ['В 2020 году: “отлично” • А) план', 'Β) Ο “Άρης” • σχέδιο', 'Plan B•C “quoted” — ‘single’ it’s fine', 'À propos; Ã is a letter too']) {
      expect(repairMojibake(s)).toBe(s);
    }
  });

  it('scores mojibake as worse than the text it came from', () => {
    expect(badness('cafÃ©')).toBeGreaterThan(badness('café'));
    expect(badness('β€œface')).toBeGreaterThan(badness('“face'));
    expect(badness(GREEK)).toBe(0);
    expect(badness(RUSSIAN)).toBe(0);
  });
});
