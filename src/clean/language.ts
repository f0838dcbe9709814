import { franc, francAll } from 'franc-min';
import type { WorkBlock } from './work.js';
import { isDictionaryWord } from './words.js';
import { LETTERS, scanWords } from '../word-scan.js';
import { ownCopy } from '../memo.js';
import { tailRunStart } from '../text-runs.js';

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

/** Function words of the Latin-script languages postings come in most (ISO 639-3 → words). */
const STOPWORDS: Record<string, Set<string>> = {
  eng: ENGLISH_WORDS,
  deu: new Set(['der', 'die', 'das', 'und', 'in', 'zu', 'den', 'mit', 'von', 'für', 'ist', 'im', 'sie', 'ein', 'eine', 'auf', 'dem', 'des', 'wir', 'ihre', 'oder', 'bei', 'als', 'sowie', 'unsere', 'unser', 'sind', 'werden', 'aus', 'an']),
  fra: new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'pour', 'avec', 'vous', 'nous', 'sur', 'dans', 'par', 'au', 'aux', 'est', 'votre', 'vos', 'notre', 'nos', 'qui', 'que', 'sont', 'ou', 'à']),
  spa: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'un', 'una', 'para', 'con', 'por', 'que', 'se', 'su', 'sus', 'es', 'al', 'o', 'nuestro', 'nuestra', 'como', 'lo']),
  ita: new Set(['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'e', 'in', 'un', 'una', 'per', 'con', 'che', 'è', 'da', 'dei', 'delle', 'al', 'alla', 'nel', 'nella', 'o']),
  por: new Set(['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'em', 'um', 'uma', 'para', 'com', 'por', 'que', 'no', 'na', 'nos', 'ao', 'é', 'seu', 'sua']),
  nld: new Set(['de', 'het', 'een', 'en', 'van', 'in', 'voor', 'met', 'op', 'je', 'jij', 'wij', 'we', 'is', 'zijn', 'aan', 'bij', 'of', 'ons', 'onze', 'naar', 'die', 'dat']),
};

/** Whether a text reads as English (its function words), for rules that rely on an English dictionary. */
export function looksEnglish(text: string): boolean {
  if (/[^\u0000-\u024f\u2000-\u206f\u20ac]/.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
  return words.length > 0 && hits / words.length >= 0.15;
}

/** Each function word → the languages it is one of ("de": deu, fra, spa, por, nld): a word is looked up once, not once per language. */
const STOPWORD_LANGUAGES = new Map<string, string[]>();
for (const [code, words] of Object.entries(STOPWORDS)) {
  for (const w of words) {
    const codes = STOPWORD_LANGUAGES.get(w);
    if (codes) codes.push(code);
    else STOPWORD_LANGUAGES.set(w, [code]);
  }
}

function stopwordHits(words: string[]): Map<string, number> {
  const hitsOf = new Map<string, number>();
  for (const w of words) for (const code of STOPWORD_LANGUAGES.get(w) ?? []) hitsOf.set(code, (hitsOf.get(code) ?? 0) + 1);
  return hitsOf;
}

/** The longest function word: a longer word is not looked up. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORD_LANGUAGES.keys()].map((w) => w.length));

/**
 * The function words' FNV-1a hashes (as scanWords gives a word's), 12 bits of each: a word whose
 * bucket holds none is no function word, and is not sliced out of the text to be looked up.
 */
const STOPWORD_BUCKETS = new Uint8Array(1 << 12);
for (const w of STOPWORD_LANGUAGES.keys()) {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  STOPWORD_BUCKETS[(h >>> 0) & 0xfff] = 1;
}

function stopwordLanguage(text: string, only: string[]): string | null {
  // The words of /\p{L}+/gu in the lower-cased text, read by the scanner (it counts them all, and
  // looks up only those short enough to be a function word).
  const lower = text.toLowerCase();
  let count = 0;
  const hitsOf = new Map<string, number>();
  let cased: string | null | undefined;
  scanWords(
    lower,
    (h, start, end) => {
      count++;
      if (end - start > LONGEST_STOPWORD || STOPWORD_BUCKETS[h & 0xfff] === 0) return;
      const word = lower.slice(start, end);
      const codes = STOPWORD_LANGUAGES.get(word);
      if (!codes) return;
      // "Advanced Life Support (ALS) provider", "OS", "DE": in a text written in both cases, a word in capitals is
      // an acronym, no function word ("als" is German).
      cased ??= lower.length === text.length && /\p{Ll}/u.test(text) ? text : null;
      if (cased && end - start > 1 && cased.slice(start, end) === word.toUpperCase()) return;
      for (const code of codes) hitsOf.set(code, (hitsOf.get(code) ?? 0) + 1);
    },
    LETTERS,
  );
  if (count < 4) return null;
  let best = '';
  let bestHits = 0;
  let second = 0;
  for (const code of only) {
    if (!STOPWORDS[code]) continue;
    const hits = hitsOf.get(code) ?? 0;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = code;
    } else if (hits > second) second = hits;
  }
  return best && bestHits / count >= 0.2 && bestHits >= 2 * second ? ISO1[best] : null;
}

/** Whether a text's function words are English ones, and twice as many as any other language's ("in", "an" are German too). */
export function functionWordsEnglish(text: string): boolean {
  return stopwordLanguage(text, STOPWORD_CODES) === 'en';
}
const STOPWORD_CODES = Object.keys(STOPWORDS);

/** Scripts that, among the allowed languages, only one language writes. */
function scriptLanguage(text: string, only: string[]): string | null {
  const allowed = (code: string) => only.includes(code);
  if (/[\u3040-\u30ff]/.test(text) && allowed('jpn')) return 'ja';
  if (/[\uac00-\ud7af]/.test(text) && allowed('kor')) return 'ko';
  if (/[\u4e00-\u9fff]/.test(text) && allowed('cmn') && !/[\u3040-\u30ff]/.test(text)) return 'zh';
  if (/[\u0370-\u03ff]/.test(text) && allowed('ell') && !/[\u0400-\u04ff]/.test(text)) return 'el';
  if (/[\u0e00-\u0e7f]/.test(text) && allowed('tha')) return 'th';
  if (/[\u0400-\u04ff]/.test(text)) {
    const ru = /[ыэъё]/i.test(text);
    const uk = /[іїєґ]/i.test(text);
    if (ru && !uk && allowed('rus') && !/[ўі]/i.test(text)) return 'ru';
    if (uk && !ru && allowed('ukr')) return 'uk';
  }
  return null;
}
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh'],
  [/[\u0370-\u03ff]/, 'el'],
  [/[\u0e00-\u0e7f]/, 'th'],
];

const LETTER = /\p{L}/u;

/** Letters in `text`, counted up to `cap` (all a caller needs to know). */
function countLetters(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < cap; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(text[i])) n++;
  }
  return n;
}

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
  const letters = countLetters(text, 150);
  if (letters === 0) return 'und';
  if (letters < MIN_LETTERS) {
    for (const [re, lang] of SCRIPT_LANGUAGES) if (re.test(text) && letters >= 2) return lang;
    return 'und';
  }
  // Most blocks settle without trigram scoring: by a script only one allowed language writes, or by
  // the share of a Latin-script language's function words.
  // (Every script scriptLanguage knows lies outside Latin: a Latin text is not scanned for each.)
  const latin = !/[^\u0000-\u024f\u2000-\u206f\u20ac]/.test(text);
  const byScript = latin ? null : scriptLanguage(text, only);
  if (byScript !== null) return byScript;
  if (latin) {
    const byWords = stopwordLanguage(text, only);
    if (byWords !== null) return byWords;
  }
  // The answer is a function of the block's sample (all the scoring reads) and of the prior where
  // it is weighed: the same lines and paragraphs (a benefits list, a company's standard paragraph,
  // 105 distinct samples among the 813 long blocks of the 5,000 real postings) come back in posting
  // after posting.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const weighed = prior !== undefined && prior !== 'und' && letters < 150 ? prior : undefined;
  let seen = trigramMemo.get(only);
  if (!seen) trigramMemo.set(only, (seen = new Map()));
  const key = `${weighed ?? ''}\u0000${sample}`;
  let lang = seen.get(key);
  if (lang === undefined) {
    lang = trigramLanguage(sample, only, weighed);
    if (seen.size >= TRIGRAM_MEMO) seen.clear();
    seen.set(ownCopy(key), lang);
  }
  return lang;
}

const SAMPLE_CHARS = 400;
/** Answers kept per worker; the memo starts over when full. */
const TRIGRAM_MEMO = 1 << 13;
const trigramMemo = new WeakMap<string[], Map<string, string>>();

/**
 * detectLanguage's trigram scoring of a block's sample, for a block no script or function words
 * settled; `prior` is the document's language when a short block weighs it.
 */
function trigramLanguage(sample: string, only: string[], prior: string | undefined): string {
  if (prior !== undefined) {
    const scores = francAll(sample, { only, minLength: MIN_LETTERS });
    const top = scores[0];
    if (!top || top[0] === 'und') return 'und';
    const p = scores.find(([code]) => ISO1[code] === prior);
    if (p && p[1] >= 0.85 * top[1]) return prior;
    return settleCyrillic(ISO1[top[0]] ?? top[0], sample);
  }
  const code = franc(sample, { only, minLength: MIN_LETTERS });
  return settleCyrillic(ISO1[mostFunctionWords(sample, code, only)] ?? code, sample);
}

/**
 * Trigrams over one sentence guess ("A Level 3 qualification in Childcare is essential." scores as
 * Italian): a language with more of its function words in the text (three at least) than the guess has
 * wins; a text with none of the guess's function words whose words are English ones is English.
 */
function mostFunctionWords(text: string, guess: string, only: string[]): string {
  const written = text.match(/\p{L}+/gu) ?? [];
  const words = written.map((w) => w.toLowerCase());
  const hitsOf = stopwordHits(/\p{Ll}/u.test(text) ? words.filter((w, i) => w.length < 2 || written[i] !== w.toUpperCase()) : words);
  let best = guess;
  let bestHits = Math.max(2, hitsOf.get(guess) ?? 0);
  for (const code of only) {
    const hits = hitsOf.get(code) ?? 0;
    if (STOPWORDS[code] && hits > bestHits) [best, bestHits] = [code, hits];
  }
  if (best !== guess || guess === 'eng' || !only.includes('eng') || (hitsOf.get(guess) ?? 0) > (hitsOf.get('eng') ?? 0)) return best;
  // "Licence/Certification: Driving Licence (Required)" (scored as French), "Answering phones, greeting visitors,
  // booking meetings" (scored as Swedish, a language we list no function words of): no function word at all, and the
  // words English ones; "Essential: NVQ Level 2 in Childcare." (scored as Italian): no more of the guess's function
  // words than of English's ("in" is both). Capitalised words that are no word ("AAT", "ACCA", "Laravel", "MySQL") are names, in no language.
  const long = words.filter((w, i) => w.length >= 3 && !(/^\p{Lu}/u.test(written[i]) && !isDictionaryWord(w)));
  return long.length >= 2 && long.filter(isDictionaryWord).length >= 0.8 * long.length ? 'eng' : guess;
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
 * A short line that is a known section heading (pipelines/segment/headings.json, any language)
 * becomes a heading block, so that segmenting sees it.
 */
export function isKnownHeading(text: string, headings: ReadonlySet<string>): boolean {
  const s = headingText(text);
  // Lower case and NFC leave an ASCII line as long as it is: a long one is no heading, and every
  // paragraph is asked (lower-casing and normalizing each was 5% of clean).
  if (s.length > 40 && !NON_ASCII.test(s)) return false;
  const t = s.toLowerCase().normalize('NFC');
  return t.length > 0 && t.length <= 40 && headings.has(t);
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** A line as the headings list writes it: lower case, without a closing colon or dash. */
export function headingKey(text: string): string {
  return headingText(text).toLowerCase().normalize('NFC');
}

function headingText(text: string): string {
  // ("Job duties (second variant of the instruction)": a remark in brackets after the heading is no part of it.)
  const trimmed = text.trim();
  // (Only a text with a closing bracket has a remark: the end-anchored regex reads every position.)
  const t = trimmed.includes(')') ? trimmed.replace(BRACKETED_REMARK, '') : trimmed;
  return t.slice(0, tailRunStart(t, CLOSING)).trim();
}
const BRACKETED_REMARK = /\s+\([^()]{1,60}\)\s*[:：\-–—]?$/;

/** A character of a heading's closing colon or dash. */
const CLOSING = /^[:：\-–—]$/;

export function markHeading(b: WorkBlock, headings: ReadonlySet<string>): void {
  if (b.kind === 'paragraph' && isKnownHeading(b.et.text, headings)) b.kind = 'heading';
}
