import { isLoadedFrom, type Occupation, type Vocabulary } from '../vocabulary/index.js';
import { fixed, ints } from './int-codec.js';
import { storedTable } from './label-index.js';
import { americanize, rawTokens, stem, STOPWORDS } from './text.js';
import { createLinker, type Link } from './link.js';
import { occupationProfiles } from './occupation-profiles.js';
import type { TaxonomyConfig } from './options.js';
import type { ReferenceIndex } from './types.js';

/** A role's ESCO occupation and its ISCO-08 unit group. */
export interface OccupationMatch {
  uri: string;
  label: string;
  isco: string;
  score: number;
}

/** A role's text for matching on what it does: a competency's label, weighted by its mentions. */
export interface RoleText {
  text: string;
  weight: number;
}

/** A title that names no occupation closely still narrows them to the few it reads closest to, down to this share of the threshold. */
const TITLE_SHARE = 0.6;
const TITLE_CANDIDATES = 20;

const NO_RUN = { wordnet: new Map<string, string>(), acronyms: new Map<string, string[]>() };

/**
 * A title that names only the head ("Quality Manager") reads close to several occupations; within
 * this much of the best, the most general one (highest in ESCO's occupation tree) is what it means.
 */
const GENERAL_MARGIN = 0.1;

/**
 * A one-word title that this many occupations share a word with ("Manager": 624, "Engineer": 356,
 * "Driver": 47; "Nurse": 18) names a family, not an occupation: unless it is a label, it gets none.
 */
const VAGUE = 40;

const namingCounts = new WeakMap<Vocabulary, Map<string, number>>();

/** Per word stem, how many occupations have it in a label (the vocabulary's alone: stored with its label index). */
export function namingCountsOf(vocabulary: Vocabulary): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of vocabulary.occupations) for (const s of new Set([o.label, ...o.alt].flatMap(stems))) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/** Bumped whenever what `namingCountsOf` makes of a vocabulary changes, so that a stored table is computed again. */
export const NAMING_FORMAT = 'comptax-occupation-naming/1';

/** The counts as the stored index keeps them. */
export interface EncodedNamingCounts {
  format: typeof NAMING_FORMAT;
  stems: string;
  counts: string;
}

export function encodeNamingCounts(counts: Map<string, number>): EncodedNamingCounts {
  return { format: NAMING_FORMAT, stems: [...counts.keys()].join('\n'), counts: fixed([...counts.values()]) };
}

/** Per word stem, how many occupations have it in a label: stored when `config` names a current table for this vocabulary. */
function occupationsNaming(vocabulary: Vocabulary, config: TaxonomyConfig): Map<string, number> {
  let counts = namingCounts.get(vocabulary);
  if (!counts) {
    const file = config.vocabularyFile;
    const table = file && isLoadedFrom(vocabulary, file) ? (storedTable(file, 'occupationNaming', config) as EncodedNamingCounts | undefined) : undefined;
    if (table?.format === NAMING_FORMAT) {
      const n = ints(table.counts);
      counts = new Map(table.stems ? table.stems.split('\n').map((s, i) => [s, n[i]]) : []);
    } else counts = namingCountsOf(vocabulary);
    namingCounts.set(vocabulary, counts);
  }
  return counts;
}

/** Words of a title that say how senior or which grade, not what the job is. */
const GRADE = /\b(?:senior|sr|junior|jr|principal|staff|graduate|trainee|intern|head|chief|associate|assistant|deputy|lead|ii|iii|iv|i)\b\.?/gi;

/**
 * What a role title names: the part before a dash, bar, comma or "at", without bracketed notes
 * ("(m/f/d)", "(Re-Advertised)"), placeholders ("<ORGANIZATION>") or grades ("Senior", "II").
 * The grade stays when it is all there is ("Chief of Party" is an occupation of its own).
 */
export function titleCore(title: string): string {
  const head = titleHead(title);
  const core = head.replace(GRADE, ' ').replace(/\s+/g, ' ').trim();
  return /\p{L}{3,}/u.test(core) ? core : head;
}

/** A title's job with its grades: the part before a dash, bar, comma or "at", without notes or placeholders. */
function titleHead(title: string): string {
  return title
    .replace(/<[^>]*>/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/\s[-–—|]\s|[|,;]|\s(?:at|@)\s/i)[0]
    .replace(/\s+/g, ' ')
    .trim();
}

const stems = (text: string) => rawTokens(text).map((t) => stem(americanize(t)));

/** Whether one of the occupation's labels has every word of the title. */
function namesAll(o: Occupation, title: string): boolean {
  const words = stems(title).filter((s) => !STOPWORDS.has(s));
  return [o.label, ...o.alt].some((l) => {
    const ls = stems(l);
    return words.every((w) => ls.includes(w));
  });
}

/** How many of the occupation's labels have the title's (one) word as written, or its plural ("nursing" is another word). */
function labelsNaming(o: Occupation, title: string): number {
  const word = rawTokens(title)[0];
  return [o.label, ...o.alt].filter((l) => rawTokens(l).some((t) => t === word || t === `${word}s`)).length;
}

/**
 * Whether the occupation's preferred label has a word of the title: ESCO lists "finance associate" among
 * venture capitalist's labels and "field officer" among brigadier's, which name other jobs far more often.
 */
function sharesPreferred(o: Occupation, title: string, naming: Map<string, number>): boolean {
  const label = new Set(stems(o.label));
  const labels = new Set([o.label, ...o.alt].flatMap(stems));
  // A rare word the title and the occupation share ("DevOps", "bioinformatician") names it surely by any label.
  return stems(title).some((s) => !STOPWORDS.has(s) && (label.has(s) || (labels.has(s) && (naming.get(s) ?? 0) <= RARE_WORD)));
}

/** A word in at most this many occupations' labels names few jobs. */
const RARE_WORD = 5;

function namesHead(o: Occupation, title: string): boolean {
  const head = stems(title).at(-1);
  return head !== undefined && [o.label, ...o.alt].some((l) => stems(l).includes(head));
}

const occupationReferences = new WeakMap<Vocabulary, ReferenceIndex>();

/** A vocabulary's occupations as a reference (one object per vocabulary, so that its analysed labels are kept). */
export function occupationReference(vocabulary: Vocabulary, config: TaxonomyConfig): ReferenceIndex {
  let reference = occupationReferences.get(vocabulary);
  if (!reference) {
    reference = {
      path: 'occupations',
      format: 'bundled',
      concepts: vocabulary.occupations.map((o) => ({ id: o.id, label: o.label, altLabels: o.alt })),
      ...(config.vocabularyFile ? { stored: { vocabularyFile: config.vocabularyFile, section: 'occupations' } } : {}),
    };
    occupationReferences.set(vocabulary, reference);
  }
  return reference;
}

/**
 * Matches role titles to the vocabulary's occupations (preferred and alternative labels, the same
 * linker as competencies use). A title that names no occupation closely enough gets none.
 */
export function occupationMatcher(vocabulary: Vocabulary, config: TaxonomyConfig): (title: string, competencies?: () => RoleText[]) => OccupationMatch | undefined {
  // The reranker learned how skills are written, not job titles.
  const linker = createLinker(occupationReference(vocabulary, config), config, NO_RUN, false, false);
  // How far down ESCO's occupation tree ("1321.2.2" industrial quality manager, "1321.2.2.2" leather goods quality manager).
  const depth = (l: Link) => (vocabulary.occupations[l.concept].code ?? '').split('.').length;
  const vague = (title: string) => {
    const words = stems(title);
    return words.length === 1 && (occupationsNaming(vocabulary, config).get(words[0]) ?? 0) > VAGUE;
  };
  // Postings of an archive share their titles: each title's links are looked up once, its best and
  // those either use may keep (a title's head is mostly its core: one lookup serves both).
  const linksMemo = new Map<string, { best?: Link; close: Link[] }>();
  const linksOf = (text: string) => {
    let links = linksMemo.get(text);
    if (!links) {
      const all = linker.ranked(text, 'skill');
      linksMemo.set(text, (links = { best: all[0], close: all.filter((l) => l.score >= config.occupationThreshold * Math.min(1, TITLE_SHARE)) }));
    }
    return links;
  };
  const ranked = (core: string) => linksOf(core).close;
  const memo = new Map<string, OccupationMatch | undefined>();
  const byTitle = (title: string) => {
    // A grade word can be the job itself: "Healthcare Assistant" is an occupation's label as written.
    const head = titleHead(title);
    const core = head && (linksOf(head).best?.score ?? 0) >= 0.97 ? head : titleCore(title);
    if (!core) return undefined;
    if (memo.has(core)) return memo.get(core);
    // The occupation must name what the title is about (its last word), not only share a word ("Location options").
    const close = ranked(core).filter((l) => l.score >= config.occupationThreshold);
    let out: OccupationMatch | undefined;
    // A vague title still gets the occupation it is the preferred label of (score 1); being one
    // occupation's alternative label is not enough ("teacher" is one of "politics lecturer"'s).
    if (close.length && namesHead(vocabulary.occupations[close[0].concept], core) && sharesPreferred(vocabulary.occupations[close[0].concept], core, occupationsNaming(vocabulary, config)) && (close[0].score >= 1 || !vague(core))) {
      // A one-word title ("Nurse") names a family that no label may spell alone: its general member
      // is the one, high in the tree, whose labels name that word most often ("practice nurse",
      // "district nurse", … are labels of "nurse responsible for general care").
      const oneWord = stems(core).length === 1;
      const general = close.filter((l) => l.score >= close[0].score - GENERAL_MARGIN && namesAll(vocabulary.occupations[l.concept], core));
      const naming = (l: Link) => (oneWord ? labelsNaming(vocabulary.occupations[l.concept], core) : 0);
      const link = general.sort((a, b) => depth(a) - depth(b) || naming(b) - naming(a))[0] ?? close[0];
      const o = vocabulary.occupations[link.concept];
      out = { uri: o.id, label: o.label, isco: o.isco, score: Math.round(link.score * 1000) / 1000 };
    }
    memo.set(core, out);
    return out;
  };
  return (title, competencies) => {
    const out = byTitle(title);
    if (out || !competencies) return out;
    // The title is vague or names no occupation closely: among the occupations it reads closest to,
    // what the role asks decides ("Java Developer": software developer rather than property developer).
    const core = titleCore(title);
    const close = core ? ranked(core).filter((l) => l.score >= config.occupationThreshold * TITLE_SHARE).slice(0, TITLE_CANDIDATES) : [];
    if (!close.length) return undefined;
    const cosine = occupationProfiles(vocabulary, config).scores(competencies(), new Set(close.map((l) => l.concept)));
    let best: { link: Link; score: number } | undefined;
    for (const link of close) {
      const c = cosine.get(link.concept) ?? 0;
      if (c < config.occupationProfileThreshold) continue;
      const score = link.score + c;
      if (!best || score > best.score) best = { link, score };
    }
    if (!best) return undefined;
    const o = vocabulary.occupations[best.link.concept];
    return { uri: o.id, label: o.label, isco: o.isco, score: Math.round(best.link.score * 1000) / 1000 };
  };
}
