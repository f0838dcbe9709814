import type { SectionKind } from '../types.js';
import type { SegmentConfig } from './options.js';
import { perConfig } from '../per-config.js';
import { ownCopy } from '../memo.js';

/** Lookups built once per config from the heading lexicon (configs are structured-cloned data, so key by identity). */
export interface HeadingIndex {
  classify(heading: string): SectionKind | null;
  /**
   * The kind of a phrase that opens the heading, after words like "key", "main", "your" ("Key
   * Responsibilities", "Purpose of the role"), or null ("Good communication skills in English").
   */
  classifyLeading(heading: string): SectionKind | null;
  /** The kind whose phrase is the whole heading ("Duties"), or null: for lines that are only headings by their words. */
  classifyExact(heading: string): SectionKind | null;
  field(name: string): 'title' | 'company' | 'other' | null;
  /** Whether one word (any case) is a word of some heading or a filler before one ("Key", "Duties", "Education/Training"). */
  isHeadingWord(word: string): boolean;
  /** Whether a line names a job ("DEVOPS ENGINEER – CLOUD PLATFORM"). */
  namesRole(text: string): boolean;
  /** Whether a line ends like an employer's name ("Pennine Valley NHS Foundation Trust", "Acme Ltd."). */
  namesOrganisation(text: string): boolean;
  /** The level named by a proficiency line ("Level Working Knowledge:" → "working knowledge"), or null. */
  level(text: string): string | null;
}


const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Lower case, punctuation to spaces, so phrases match on word boundaries whatever the source punctuation. */
function normalizeHeading(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/&amp;/g, '&')
    // "What's" and "Whats" (punctuation lost) are one word.
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}&+#]+/gu, ' ')
    .trim()} `;
}

interface Phrase {
  kind: SectionKind;
  needle: string;
  rank: number;
}

export const headingIndex: (config: SegmentConfig) => HeadingIndex = perConfig(buildIndex);

/** A heading phrase's kind, also of one that opens with a filler word ("Essential criteria", "What we're looking for"). */
export function classifyAsWritten(index: HeadingIndex, phrase: string): SectionKind | null {
  return index.classifyLeading(phrase) ?? index.classifyExact(phrase);
}

/** Answers kept per worker, of texts up to a heading's length; the memo starts over when full, so that it stays small. */
const REMEMBERED = 1 << 14;
const REMEMBERED_CHARS = 120;

function remembered<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    // (A longer text is never kept: looking it up would only hash it.)
    if (text.length > REMEMBERED_CHARS) return fn(text);
    let answer = seen.get(text);
    if (answer === undefined) {
      answer = fn(text);
      if (seen.size >= REMEMBERED) seen.clear();
      seen.set(text.length > 12 ? ownCopy(text) : text, answer);
    }
    return answer;
  };
}

function buildIndex(config: SegmentConfig): HeadingIndex {
  const phrases: Phrase[] = [];
  config.headings.sections.forEach((s, rank) => {
    for (const p of s.phrases) {
      const norm = normalizeHeading(p).trim();
      if (norm) phrases.push({ kind: s.kind, needle: CJK.test(norm) ? norm : ` ${norm} `, rank });
    }
  });
  const exact = new Map<string, SectionKind>();
  for (const p of phrases) if (!exact.has(p.needle.trim())) exact.set(p.needle.trim(), p.kind);
  for (const s of config.headings.sections) {
    for (const line of s.lines) {
      const norm = normalizeHeading(line).trim();
      if (norm && !exact.has(norm)) exact.set(norm, s.kind);
    }
  }
  // Words of all heading phrases, plus joining words: a heading may be several phrases ("Skills and abilities").
  const vocabulary = new Set(['and', '&', 'or', 'of', 'the', 'a', 'for', 'in', 'to', 'with', 'your', 'our', 'und', 'et', 'y', 'и']);
  for (const p of phrases) for (const w of p.needle.trim().split(/\s+/)) vocabulary.add(w);
  const longestFirst = [...phrases].sort((a, b) => b.needle.length - a.needle.length || a.rank - b.rank);
  // Phrases by their first word (longest first), so that a line is compared only with the phrases it could open with.
  const byFirstWord = new Map<string, Phrase[]>();
  for (const p of longestFirst) {
    const first = p.needle.trim().split(' ')[0];
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), p]);
  }
  const fields = new Map<string, 'title' | 'company' | 'other'>();
  // "other" first so that a name listed twice keeps its more specific meaning.
  for (const f of config.headings.fields.other) fields.set(normalizeHeading(f).trim(), 'other');
  for (const f of config.headings.fields.company) fields.set(normalizeHeading(f).trim(), 'company');
  for (const f of config.headings.fields.title) fields.set(normalizeHeading(f).trim(), 'title');
  const levelWords = config.headings.levels.map((l) => l.toLowerCase());
  const levelRe = new RegExp(
    `^(?:${levelWords.map(escapeRe).join('|')})\\s*[:\\-–]?\\s+(.{2,60}?)\\s*[:.]?\\s*$`,
    'iu',
  );

  const roleRe = new RegExp(`(?<![\\p{L}])(?:${config.headings.roleWords.map(escapeRe).join('|')})(?:s|in|innen)?(?![\\p{L}])`, 'iu');
  const organisationRe = new RegExp(`(?<![\\p{L}])(?:${config.headings.organisationWords.map(escapeRe).join('|')})\\.?\\s*$`, 'iu');
  const index: HeadingIndex = {
    namesRole(text) {
      return roleRe.test(text);
    },
    namesOrganisation(text) {
      return organisationRe.test(text);
    },
    classify(heading) {
      const norm = normalizeHeading(heading);
      if (norm.trim() === '') return null;
      // The phrase that starts earliest names the section ("Education, Experience and Certification" is
      // education); at the same position the longer phrase is more specific ("About the role" is summary).
      let best: Phrase | null = null;
      let bestPos = Infinity;
      for (const p of phrases) {
        const pos = norm.indexOf(p.needle);
        if (pos < 0) continue;
        if (
          best === null ||
          pos < bestPos ||
          (pos === bestPos && (p.needle.length > best.needle.length || (p.needle.length === best.needle.length && p.rank < best.rank)))
        ) {
          best = p;
          bestPos = pos;
        }
      }
      return best ? best.kind : null;
    },
    classifyLeading(heading) {
      // "Обязанности / Your tasks": a heading given in two languages is read one side at a time; each side is a heading
      // ("Extensive library / knowledge base" is a benefit's line).
      const sides = heading.split(/\s+[/|]\s+/);
      if (sides.length > 1) {
        const kinds = sides.map((side) => this.classifyLeading(side) ?? this.classifyExact(side));
        return kinds.every((k) => k !== null) ? kinds[0] : null;
      }
      const norm = normalizeHeading(heading).replace(LEADING_FILLER, ' ');
      // Longest first, so the first phrase that opens the heading is the most specific one.
      const first = norm.trim().split(' ')[0];
      const candidates = CJK.test(first) ? longestFirst : (byFirstWord.get(first) ?? []);
      const p = candidates.find((x) => norm.startsWith(x.needle.startsWith(' ') ? x.needle : ` ${x.needle}`));
      if (!p) return null;
      // The phrase must be most of the line, or be followed by "of the …" ("Responsibilities of a Sales
      // Manager"); "Experience of mentoring student nurses" is a requirement, not a heading.
      const rest = norm.slice(p.needle.startsWith(' ') ? p.needle.length : p.needle.length + 1).trim();
      const words = (t: string) => (t === '' ? 0 : t.split(/\s+/).length);
      const phraseWords = words(p.needle.trim());
      // ("Knowledge of Physical Therapy …", "Experience in Further Education": after a competency heading word, "of"/"in"
      // opens the subject, whatever words it holds.)
      const subject = NAMES_A_SUBJECT.has(p.kind) && /^(?:of|in|with|about)\s/.test(rest);
      const restKnown = rest !== '' && !subject && rest.split(/\s+/).every((w) => vocabulary.has(w) || FILLER_WORDS.has(w));
      // "Knowledge of the Mental Health Act" is a requirement: after a competency heading word, "of the …" must be the role's.
      // ("Benefits for you and your family": what the reader gets.)
      const ofTheRole = /^(?:of|for|at|in|within)\s+(?:a|an|the|our|this|your|you)\b/.test(rest) && (!NAMES_A_SUBJECT.has(p.kind) || ROLE_NOUN.test(rest) || roleRe.test(rest));
      if (CJK.test(p.needle) || words(rest) <= phraseWords || restKnown || (p.kind === 'company' && words(rest) <= 4) || ofTheRole) return p.kind;
      return null;
    },
    classifyExact(heading) {
      return exact.get(normalizeHeading(heading).trim()) ?? null;
    },
    isHeadingWord(word) {
      const w = word.toLowerCase().replace(/['’`]/g, '');
      if (vocabulary.has(w) || FILLER_WORDS.has(w)) return true;
      // "Education/Training", "Skills-Based": every part a heading word.
      const parts = normalizeHeading(w).trim().split(' ');
      return parts.length > 1 && parts.every((p) => vocabulary.has(p) || FILLER_WORDS.has(p));
    },
    field(name) {
      return fields.get(normalizeHeading(name).trim()) ?? null;
    },
    level(text) {
      const m = levelRe.exec(text.trim());
      if (!m) return null;
      const words = m[1].trim().split(/\s+/);
      return words.length <= 4 ? m[1].trim().toLowerCase() : null;
    },
  };
  // Pure functions of their text, asked again and again of the same words and lines (a document asks
  // about 240 times; 70% of the characters are texts already asked about): each keeps its answers.
  index.classify = remembered(index.classify.bind(index));
  index.classifyLeading = remembered(index.classifyLeading.bind(index));
  index.classifyExact = remembered(index.classifyExact.bind(index));
  index.field = remembered(index.field.bind(index));
  index.isHeadingWord = remembered(index.isHeadingWord.bind(index));
  return index;
}

const FILLER = 'key|main|your|our|the|job|essential|core|general|additional|primary|principal|major|minimum|basic|preferred|required|needed|desired|other|specific|technical|personal|professional|typical|daily|what|role|position|candidate|ihre|ihr|vos|tus|sus|основные'.split('|');
const FILLER_WORDS = new Set(FILLER);
/** Headings whose word, followed by "of …", usually opens a requirement that names a subject ("Knowledge of the …"). */
const NAMES_A_SUBJECT = new Set<SectionKind>(['skills', 'education', 'experience']);
/** What a heading's "of the …" names when it is the role's ("Skills of the successful candidate"). */
const ROLE_NOUN = /\b(?:role|post|position|job|vacancy|candidate|applicant|person|holder|jobholder|incumbent|team|company|organi[sz]ation|department)s?\b/;
const LEADING_FILLER = new RegExp(`^\\s(?:(?:${FILLER.join('|')})\\s)+`, 'u');

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
