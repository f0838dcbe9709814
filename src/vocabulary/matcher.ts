import { isEnglishWord } from '../clean/words.js';
import { tokenize, type Token } from './normalize.js';
import { joinedHash, keyHash } from './key-table.js';
import { lookupKey } from './labels.js';
import type { LabelKind, Vocabulary } from './types.js';

/** A name found in a text, with what the index holds for its key. */
export interface NameMatch<T> {
  /** Offsets of the matched words in the text given to `match`. */
  start: number;
  end: number;
  text: string;
  /** The label key that matched. */
  key: string;
  value: T;
}

export interface VocabularyMatch extends Omit<NameMatch<string>, 'value'> {
  /** Concept indexes the key names, best label kind first (preferred, alternative, hidden). */
  concepts: number[];
  /** The best label kind among them. */
  kind: LabelKind;
}

export interface VocabularyMatcher {
  /** All names the vocabulary knows in `text`: one pass, longest match first, no overlaps. */
  match(text: string): VocabularyMatch[];
}

/** What a matcher needs of a vocabulary: a value per label key, which keys are proper token
 * prefixes of longer ones, and the case-sensitive forms. */
export interface LabelIndex<T> {
  /** `hash`, keyHash(key), is for an index that probes by it (a KeyTable); others need not read it. */
  get(key: string, hash?: number): T | undefined;
  isPrefix(key: string, hash?: number): boolean;
  surface: Readonly<Record<string, string>>;
}

export interface MatcherOptions {
  /** Longest case-sensitive form that also needs context ("IT", "R", "Go", "C"). */
  shortMaxChars?: number;
  /** Words near a short form that show it is meant as a name ("skills in C", "R programming"). */
  cueWords?: readonly string[];
  /** Tokens either side searched for a cue or another name. */
  window?: number;
}

const DEFAULT_CUES = [
  'language', 'languages', 'programming', 'experience', 'experienced', 'knowledge', 'skills', 'skill', 'proficiency',
  'proficient', 'in', 'with', 'using', 'of', 'such', 'including', 'like', 'eg', 'development', 'developer', 'code',
];
// A name's letters with a version number after them ("html5", "css3", "python3").
const VERSIONED = /^(\p{L}{3,})\d{1,2}$/u;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// A short form glued to a neighbour this way is part of another word ("R&D", "C-level", "IT's").
const GLUE = /[&\-'’]/;
const SEPARATOR = /[,/;()]/;
// A letter after these words is a grade or a label ("grade C or above", "Category C licence", "Vitamin C", "Plan B").
const LABELLING = new Set(['grade', 'grades', 'level', 'levels', 'band', 'class', 'category', 'categories', 'type', 'group', 'tier', 'phase', 'part', 'section', 'option', 'plan', 'vitamin', 'hepatitis', 'block', 'wing', 'ward', 'unit']);
// Where a capitalized ordinary word ("Access", "Swift") says nothing about being a name.
/**
 * "Typescript" for "TypeScript", "Powerpoint" for "PowerPoint": a name whose capital inside marks it off from an ordinary
 * word, written with its first capital only, is still the name (the ordinary word has none).
 */
export function capitalisedOnly(word: string, form: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(form) && word.length === form.length && word[0] === form[0] && word.slice(1) === form.slice(1).toLowerCase();
}

const SENTENCE_START = /(?:^|[.!?:;•\n]\s*|^\s*[-*]\s*)$/;

/**
 * What stands between two words of a name: a comma ('comma': a label's list, "ear, nose and throat conditions", is
 * one only with its "and"), a semicolon or an ampersand between spaces ('stop': "React & Redux" lists two tools where
 * the vocabulary knows "React Redux"; "R&D" is one word pair), else nothing that parts them.
 */
function gapBetween(text: string, from: number, to: number): 'comma' | 'stop' | undefined {
  let gap: 'comma' | undefined;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3b || (c === 0x26 && (k > from || k + 1 < to))) return 'stop';
    if (c === 0x2c) gap = 'comma';
  }
  return gap;
}

const prefixSets = new WeakMap<Vocabulary, Set<string>>();

/** Every proper token prefix of a label key, so that a scan stops as soon as no longer key can follow. */
function prefixesOf(vocabulary: Vocabulary): Set<string> {
  let prefixes = prefixSets.get(vocabulary);
  if (!prefixes) {
    prefixes = new Set();
    for (const key of vocabulary.labels.keys()) {
      for (let s = key.indexOf(' '); s > 0; s = key.indexOf(' ', s + 1)) prefixes.add(key.slice(0, s));
    }
    prefixSets.set(vocabulary, prefixes);
  }
  return prefixes;
}

/** A stateless matcher over every label of the vocabulary (its index is built once per vocabulary). */
export function createMatcher(vocabulary: Vocabulary, options: MatcherOptions = {}): VocabularyMatcher {
  const prefixes = prefixesOf(vocabulary);
  const names = createIndexMatcher({ get: (k) => vocabulary.labels.get(k), isPrefix: (k) => prefixes.has(k), surface: vocabulary.surface }, options);
  return {
    match: (text) =>
      names.match(text).map(({ value: _v, ...m }) => {
        const { concepts, kinds } = lookupKey(vocabulary, m.key)!;
        return { ...m, concepts, kind: kinds[0] };
      }),
  };
}

/**
 * Three capitals that spell no English word ("SQL", "AWS", "PHP") name the tool wherever they are written ("Strong
 * SQL"); "SAP", "ACT", "IT" or "R" may be words, or letters, and need context.
 */
function unmistakable(form: string): boolean {
  return form.length === 3 && /^\p{Lu}{3}$/u.test(form) && !isEnglishWord(form.toLowerCase());
}

/** The same matching over any label index (a compact one holds only what its user reads). */
export function createIndexMatcher<T>(index: LabelIndex<T>, options: MatcherOptions = {}): { match(text: string): NameMatch<T>[] } {
  const shortMax = options.shortMaxChars ?? 3;
  const cues = new Set(options.cueWords ?? DEFAULT_CUES);
  const window = options.window ?? 2;
  const surface = index.surface;

  // A form's words without apostrophes, split once per form (a posting asks for the same few forms again and again).
  const formWords = new Map<string, string[]>();
  const sameSurface = (text: string, tokens: Token[], from: number, to: number, form: string): boolean => {
    let expected = formWords.get(form);
    if (!expected) formWords.set(form, (expected = form.split(/[\s\-/]+/).map((w) => w.replace(/['’]/g, ''))));
    if (expected.length !== to - from) return false;
    for (let i = from; i < to; i++) {
      const word = text.slice(tokens[i].start, tokens[i].end).replace(/['’]/g, '');
      if (word !== expected[i - from] && !capitalisedOnly(word, expected[i - from])) return false;
    }
    return true;
  };
  /**
   * Where a form's capital says nothing (see SENTENCE_START): 'refused', or after a colon, 'context' (what a short form
   * needs: "the following: Python, Qt, CMake" names them; "Note: Swift delivery" does not); else 'sure'.
   */
  const atStart = (text: string, at: number, form: string): 'sure' | 'context' | 'refused' => {
    const before = text.slice(Math.max(0, at - 4), at);
    if (form.length <= shortMax || !SENTENCE_START.test(before)) return 'sure';
    return /:\s*$/.test(before) ? 'context' : 'refused';
  };

  return {
    match(text) {
      const tokens = tokenize(text);
      const found: Array<NameMatch<T> & { from: number; to: number; short: boolean }> = [];
      for (let i = 0; i < tokens.length; ) {
        let best: { key: string; to: number; value: T; needsContext: boolean } | undefined;
        let key = '';
        let hash = 0;
        // Whether the words so far cross a comma with no "and" or "or" after it ("React, Redux" is no "React Redux").
        let openComma = false;
        for (let j = i; j < tokens.length; j++) {
          const norm = tokens[j].norm;
          if (j > i) {
            const gap = gapBetween(text, tokens[j - 1].end, tokens[j].start);
            if (gap === 'stop') break;
            if (gap === 'comma') openComma = true;
            else if (norm === 'and' || norm === 'or') openComma = false;
          }
          // The key's hash is carried along with it: the index hashes no joined string.
          if (j === i) {
            key = norm;
            hash = keyHash(norm);
          } else {
            key = `${key} ${norm}`;
            hash = joinedHash(hash, norm);
          }
          const value = openComma ? undefined : index.get(key, hash);
          if (value !== undefined) {
            const form = surface[key];
            const written = form === undefined ? 'sure' : sameSurface(text, tokens, i, j + 1, form) ? atStart(text, tokens[i].start, form) : 'refused';
            if (written !== 'refused') best = { key, to: j + 1, value, needsContext: written === 'context' };
          }
          if (!index.isPrefix(key, hash)) break;
        }
        // "HTML5", "CSS3", "PHP7": a name of three letters or more with its version glued on is that name.
        if (!best) {
          // (A regex only for a token that ends in a digit: most tokens without a match do not.)
          const norm = tokens[i].norm;
          const bare = isDigit(norm.charCodeAt(norm.length - 1)) ? VERSIONED.exec(norm)?.[1] : undefined;
          const value = bare && /\p{Lu}/u.test(text[tokens[i].start]) ? index.get(bare) : undefined;
          const form = bare ? surface[bare] : undefined;
          if (value !== undefined && (form === undefined || text.startsWith(form, tokens[i].start))) best = { key: bare!, to: i + 1, value, needsContext: false };
        }
        if (!best) {
          i++;
          continue;
        }
        const start = tokens[i].start;
        const end = tokens[best.to - 1].end;
        // "C++" or "C#" says what it is; "C", "R", "IT" or "Go" alone may be an ordinary word.
        const short = best.needsContext || (surface[best.key] !== undefined && end - start <= shortMax && /^\p{L}+$/u.test(text.slice(start, end)) && !unmistakable(text.slice(start, end)));
        found.push({ start, end, text: text.slice(start, end), key: best.key, value: best.value, from: i, to: best.to, short });
        i = best.to;
      }
      return found
        .filter((m) => !m.short || inContext(text, tokens, found, m))
        .map(({ from: _f, to: _t, short: _s, ...m }) => m);
    },
  };

  function inContext(text: string, tokens: Token[], found: Array<{ from: number; to: number; short: boolean }>, m: { from: number; to: number }): boolean {
    const before = text[tokens[m.from].start - 1] ?? '';
    const after = text[tokens[m.to - 1].end] ?? '';
    if (GLUE.test(before) || GLUE.test(after)) return false;
    if (m.from > 0 && LABELLING.has(tokens[m.from - 1].norm)) return false;
    // "grade 4/C", "9-4/A-C", "grade 4 (C)": a letter paired with a number by a slash or a bracket is the same grade written two ways.
    if ((before === '/' || before === '(') && m.from > 0 && /^\d+$/.test(tokens[m.from - 1].norm)) return false;
    if (SEPARATOR.test(before) || SEPARATOR.test(after)) return true;
    for (const other of found) {
      if (other !== m && !other.short && other.to > m.from - window && other.from < m.to + window) return true;
    }
    for (let k = Math.max(0, m.from - window); k < Math.min(tokens.length, m.to + window); k++) {
      if ((k < m.from || k >= m.to) && cues.has(tokens[k].norm)) return true;
    }
    return false;
  }
}
