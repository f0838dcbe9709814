import { franc, francAll } from 'franc-min';
import type { WorkBlock } from './work.js';

/** ISO 639-3 (franc) to ISO 639-1. */
const ISO1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', ces: 'cs', hun: 'hu',
  ron: 'ro', swe: 'sv', tur: 'tr', ind: 'id', vie: 'vi', rus: 'ru', ukr: 'uk', bul: 'bg', bel: 'be', ell: 'el',
  cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', hin: 'hi', tha: 'th', srp: 'sr', hrv: 'hr', bos: 'bs', kaz: 'kk',
  uzn: 'uz', azj: 'az', urd: 'ur', pes: 'fa', ben: 'bn', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml',
  mar: 'mr', pan: 'pa', amh: 'am', sin: 'si', mya: 'my', jav: 'jv', swh: 'sw', tgl: 'tl', zlm: 'ms', hau: 'ha',
  yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', npi: 'ne', ckb: 'ku', pbu: 'ps', nya: 'ny', kin: 'rw', ceb: 'ceb',
};

const ENGLISH_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'for', 'with', 'a', 'is', 'are', 'on', 'as', 'by', 'be', 'our', 'you', 'will',
  'your', 'we', 'an', 'or', 'this', 'that', 'from', 'at', 'all', 'have', 'has', 'other', 'including', 'their',
  'new', 'work', 'team', 'ability', 'experience', 'skills', 'strong', 'customer', 'client', 'clients', 'business',
  'management', 'manager', 'knowledge', 'responsible', 'ensure', 'must', 'should', 'can', 'who', 'which', 'more',
]);

/** Below this many letters trigram statistics guess; only a script that belongs to one language answers. */
const MIN_LETTERS = 25;
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh'],
  [/[\u0370-\u03ff]/, 'el'],
  [/[\u0e00-\u0e7f]/, 'th'],
];

/** Letters one of Russian and Ukrainian has and the other lacks settle what trigrams confuse. */
function settleCyrillic(lang: string, text: string): string {
  if (lang !== 'uk' && lang !== 'ru' && lang !== 'bg' && lang !== 'be') return lang;
  const ru = /[ыэъё]/i.test(text);
  const uk = /[іїєґ]/i.test(text);
  if (ru && !uk && lang !== 'be') return 'ru';
  if (uk && !ru) return 'uk';
  return lang;
}

/**
 * Language of one piece of text (ISO 639-1), or "und" when too short or unclear. A short block
 * whose scores leave the document's language close to the top keeps the document's language:
 * trigram statistics over one line are a guess.
 */
export function detectLanguage(text: string, only: string[], prior?: string): string {
  const letters = text.match(/\p{L}/gu);
  if (!letters) return 'und';
  if (letters.length < MIN_LETTERS) {
    for (const [re, lang] of SCRIPT_LANGUAGES) if (re.test(text) && letters.length >= 2) return lang;
    return 'und';
  }
  // Most blocks are English; a stop-word count settles them without trigram scoring.
  if (/^[\x00-\x7f\u2018-\u201d\u2013\u2014\u2022]*$/.test(text)) {
    const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
    let hits = 0;
    for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
    if (words.length >= 4 && hits / words.length >= 0.2) return 'en';
  }
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  if (prior !== undefined && prior !== 'und' && letters.length < 150) {
    const scores = francAll(sample, { only, minLength: MIN_LETTERS });
    const top = scores[0];
    if (!top || top[0] === 'und') return 'und';
    const p = scores.find(([code]) => ISO1[code] === prior);
    if (p && p[1] >= 0.85 * top[1]) return prior;
    return settleCyrillic(ISO1[top[0]] ?? top[0], sample);
  }
  const code = franc(sample, { only, minLength: MIN_LETTERS });
  return settleCyrillic(ISO1[code] ?? code, sample);
}

/** Document language: the language most of its letters are in. */
export function documentLanguage(blocks: WorkBlock[], minLength = 0): string {
  const weight = new Map<string, number>();
  for (const b of blocks) {
    if (b.removed || !b.language || b.language === 'und' || b.et.text.length < minLength) continue;
    weight.set(b.language, (weight.get(b.language) ?? 0) + b.et.text.length);
  }
  let best = 'und';
  let w = 0;
  for (const [lang, n] of weight) if (n > w) [best, w] = [lang, n];
  return best;
}

/**
 * Section headings in the languages postings come in: a short line that is one of these becomes a
 * heading block, whatever its language, so segmenting sees it.
 */
const HEADINGS = [
  // English
  'job description', 'description', 'responsibilities', 'key responsibilities', 'duties', 'main duties', 'duties and responsibilities',
  'requirements', 'qualifications', 'skills', 'required skills', 'experience', 'education', 'benefits', 'what we offer',
  'about us', 'about the role', 'about the company', 'role definition', 'skill descriptors', 'competencies', 'tasks',
  // Chinese
  '职位描述', '岗位职责', '工作职责', '职位要求', '任职要求', '岗位要求', '任职资格', '职责', '要求', '福利待遇', '公司介绍', '技能要求',
  // Japanese
  '仕事内容', '業務内容', '応募資格', '必須スキル', '歓迎スキル', '待遇', '福利厚生',
  // Korean
  '주요업무', '자격요건', '우대사항', '혜택 및 복지',
  // Russian / Ukrainian
  'обязанности', 'требования', 'условия', 'мы предлагаем', 'описание вакансии', 'о компании', 'навыки', 'ключевые навыки',
  'обов\u2019язки', "обов'язки", 'вимоги', 'умови',
  // German
  'aufgaben', 'ihre aufgaben', 'anforderungen', 'ihr profil', 'profil', 'wir bieten', 'stellenbeschreibung', 'qualifikationen',
  // French
  'responsabilités', 'missions', 'vos missions', 'profil recherché', 'compétences', 'exigences', 'avantages', 'description du poste',
  // Spanish / Portuguese / Italian
  'responsabilidades', 'requisitos', 'funciones', 'beneficios', 'descripción del puesto', 'ofrecemos',
  'atividades', 'benefícios', 'responsabilità', 'requisiti', 'mansioni',
  // Greek
  'αρμοδιότητες', 'απαιτήσεις', 'προσόντα', 'καθήκοντα', 'παροχές', 'περιγραφή θέσης',
  // Polish / Dutch / Turkish
  'obowiązki', 'wymagania', 'oferujemy', 'taken', 'vereisten', 'functie-eisen', 'wij bieden', 'sorumluluklar', 'gereksinimler',
];
const HEADING_SET = new Set(HEADINGS.map((h) => h.normalize('NFC')));

export function isKnownHeading(text: string): boolean {
  const t = text.trim().replace(/[:：\-–—]+$/, '').trim().toLowerCase().normalize('NFC');
  return t.length > 0 && t.length <= 40 && HEADING_SET.has(t);
}

export function markHeading(b: WorkBlock): void {
  if (b.kind === 'paragraph' && isKnownHeading(b.et.text)) b.kind = 'heading';
}
