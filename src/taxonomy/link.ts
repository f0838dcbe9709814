import type { MentionKind, ReferenceMatch } from '../types.js';
import { analyze, lexiconOf, type RunLexicon } from './features.js';
import type { TaxonomyConfig } from './options.js';
import { americanize, rawTokens, stem, stripPossessive, STOPWORDS } from './text.js';
import type { ReferenceConcept, ReferenceIndex } from './types.js';

/** How a label names its concept: 0 preferred, 1 alternative, 2 hidden (ESCO's own ranking of labels). */
type LabelKind = 0 | 1 | 2;

/** A label that names its concept less surely scores a little less, so that ties go to the preferred one. */
const KIND_FACTOR = [1, 0.97, 0.93] as const;
/** Share of the score from the lexicon's terms (synonyms met, fillers dropped); the rest from the words as written. */
const TERM_SHARE = 0.75;
/** Concepts used across sectors are what a posting usually means when two read alike. */
const REUSE_BONUS: Record<string, number> = { transversal: 0.02, 'cross-sector': 0.01 };
/** A word in more labels than this adds candidates only when the rarer words found none ("manage", "use"). */
const MAX_OPEN_POSTINGS = 2000;
/**
 * Concept types a duty never means: a duty is a task ("maintain customer accounts"), not a piece of
 * software (O*NET's "Customer account management software") nor a body of knowledge.
 */
const DUTY_EXCLUDES = new Set(['tool', 'knowledge']);
/** Candidates rescored with the written words, best by terms first. */
const RESCORED = 30;

interface IndexedLabel {
  concept: number;
  kind: LabelKind;
  weights: Map<string, number>;
  total: number;
  surface: string[];
}

/** One phrase's best concept. */
export interface Link {
  concept: number;
  score: number;
}

/** A reference analysed with one run's analyser: phrases → their closest concepts. */
export interface Linker {
  readonly reference: ReferenceIndex;
  /** The best concept of one phrase of a kind, whatever its score (memoized per distinct phrase). */
  best(phrase: string, kind: MentionKind): Link | undefined;
  /** The best concept over several phrases of one competency, when it reaches the threshold. */
  match(phrases: string[], kind: MentionKind): ReferenceMatch | undefined;
  /** A link as the outputs carry it. */
  toMatch(link: Link): ReferenceMatch;
}

/** The label as written, for exact matches: lowercase words, punctuation and possessives folded, British spelling met. */
function surfaceKey(text: string): string {
  return rawTokens(text)
    .map((t) => americanize(stripPossessive(t)))
    .join(' ');
}

/** Stems of the written content words: tells apart labels the lexicon's analysis makes equal ("perform business analysis" / "business analysis"). */
function surfaceStems(text: string): string[] {
  const out: string[] = [];
  for (const t of rawTokens(text)) {
    const w = americanize(stripPossessive(t));
    if (STOPWORDS.has(w)) continue;
    const s = stem(w);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return (2 * shared) / (a.length + b.length);
}

/** "Java (computer programming)" is also written "Java": the qualifier only tells homonyms apart. */
function withoutQualifier(label: string): string | undefined {
  const m = /^(.+?)\s*\([^()]+\)$/.exec(label.trim());
  return m ? m[1] : undefined;
}

function labelsOf(c: ReferenceConcept): { text: string; kind: LabelKind }[] {
  const out: { text: string; kind: LabelKind }[] = [{ text: c.label, kind: 0 }];
  const bare = withoutQualifier(c.label);
  if (bare) out.push({ text: bare, kind: 1 });
  for (const a of c.altLabels) out.push({ text: a, kind: 1 });
  for (const h of c.hiddenLabels ?? []) out.push({ text: h, kind: 2 });
  return out;
}

/**
 * How far a phrase and a label say the same: the cosine of the weight they share. (Weighing the
 * label's share above the phrase's linked ESCO's own held-out labels less well.)
 */
function overlap(shared: number, phraseTotal: number, labelTotal: number): number {
  return shared / Math.sqrt(phraseTotal * labelTotal);
}

const byId = (reference: ReferenceIndex) => (a: number, b: number) => {
  const x = reference.concepts[a].id;
  const y = reference.concepts[b].id;
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Indexes a reference's preferred, alternative and hidden labels under their exact written key and
 * under the run's own analysis, so that a competency and a concept meet on the same terms. A phrase
 * written as a label gets that label's concept; otherwise candidates come from an inverted index of
 * terms (probed rarest first, so that common words such as "manage" add no candidates of their own
 * once the rarer words decide) and are scored by IDF-weighted Dice on the analysed terms blended
 * with Dice on the written words, times how surely the label names its concept.
 */
export function createLinker(reference: ReferenceIndex, config: TaxonomyConfig, run: RunLexicon): Linker {
  const lex = lexiconOf(config);
  const analysed: { concept: number; kind: LabelKind; terms: string[]; surface: string[] }[] = [];
  const exact = new Map<string, { concept: number; kind: LabelKind }[]>();
  const termsMemo = new Map<string, string[]>();
  const analyzeMemo = (text: string) => {
    const key = text.toLowerCase();
    let t = termsMemo.get(key);
    if (!t) termsMemo.set(key, (t = analyze(text, lex, run)));
    return t;
  };
  const df = new Map<string, number>();
  const order = byId(reference);
  reference.concepts.forEach((c, i) => {
    const conceptTerms = new Set<string>();
    for (const { text, kind } of labelsOf(c)) {
      const key = surfaceKey(text);
      if (!key) continue;
      const list = exact.get(key);
      if (!list) exact.set(key, [{ concept: i, kind }]);
      else list.push({ concept: i, kind });
      const terms = analyzeMemo(text);
      if (!terms.length) continue;
      analysed.push({ concept: i, kind, terms, surface: surfaceStems(text) });
      for (const t of terms) conceptTerms.add(t);
    }
    for (const t of conceptTerms) df.set(t, (df.get(t) ?? 0) + 1);
  });
  termsMemo.clear();
  // One key, several concepts: the surer label first, then the concept with the smaller id.
  for (const list of exact.values()) if (list.length > 1) list.sort((a, b) => a.kind - b.kind || order(a.concept, b.concept));
  const types = reference.concepts.map((c) => c.type ?? '');
  const n = reference.concepts.length;
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 0.5));
  const weigh = (terms: string[]) => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const t of terms) {
      const w = idf(t);
      weights.set(t, w);
      total += w;
    }
    return { weights, total };
  };
  const labels: IndexedLabel[] = analysed.map((a) => ({ concept: a.concept, kind: a.kind, surface: a.surface, ...weigh(a.terms) }));
  // Postings carry the label's weight for the term: scoring is one pass over the query's lists.
  const postings = new Map<string, { label: number[]; weight: number[] }>();
  labels.forEach((l, i) => {
    for (const [t, w] of l.weights) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { label: [], weight: [] }));
      p.label.push(i);
      p.weight.push(w);
    }
  });
  const threshold = config.referenceThreshold;
  const prior = (concept: number) => REUSE_BONUS[reference.concepts[concept].reuse ?? ''] ?? 0;
  const memo = new Map<string, Link | null>();
  const shared = new Float64Array(labels.length);
  const touched: number[] = [];

  const better = (a: Link, b: Link | undefined) => !b || a.score > b.score || (a.score === b.score && order(a.concept, b.concept) < 0);

  const compute = (phrase: string, mentionKind: MentionKind): Link | null => {
    const allowed = (concept: number) => !DUTY_EXCLUDES.has(types[concept]) || mentionKind !== 'duty';
    const hit = exact.get(surfaceKey(phrase))?.find((e) => allowed(e.concept));
    if (hit) return { concept: hit.concept, score: KIND_FACTOR[hit.kind] };
    const q = weigh(analyze(phrase, lex, run));
    if (!q.total) return null;
    // Rarest first: once the words still to probe could not, on their own, lift a label to the
    // threshold, they only add to labels already found.
    const ordered = [...q.weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    let rest = q.total;
    for (const [t, wq] of ordered) {
      // The best a label made of the remaining words alone could score.
      const open = Math.sqrt(rest / q.total) >= threshold && (!touched.length || (postings.get(t)?.label.length ?? 0) <= MAX_OPEN_POSTINGS);
      rest -= wq;
      const p = postings.get(t);
      if (!p) continue;
      for (let k = 0; k < p.label.length; k++) {
        const li = p.label[k];
        if (shared[li] === 0) {
          if (!open) continue;
          touched.push(li);
        }
        shared[li] += Math.min(wq, p.weight[k]);
      }
    }
    // The written words only reorder close candidates: scored for the best few by terms alone.
    // Far below the threshold by terms, the written words cannot lift a label to it: not sorted at all.
    const scored: { li: number; s: number }[] = [];
    for (const li of touched) {
      const sc = overlap(shared[li], q.total, labels[li].total) * KIND_FACTOR[labels[li].kind];
      if (sc >= threshold / 2) scored.push({ li, s: sc });
      shared[li] = 0;
    }
    touched.length = 0;
    scored.sort((a, b) => b.s - a.s || a.li - b.li);
    const surface = surfaceStems(phrase);
    let best: Link | undefined;
    for (const { li, s } of scored.filter((e) => allowed(labels[e.li].concept)).slice(0, RESCORED)) {
      const l = labels[li];
      const score = (TERM_SHARE * s + (1 - TERM_SHARE) * dice(surface, l.surface) * KIND_FACTOR[l.kind]) + prior(l.concept);
      const cand = { concept: l.concept, score };
      if (better(cand, best)) best = cand;
    }
    return best ?? null;
  };

  const best = (phrase: string, kind: MentionKind): Link | undefined => {
    const key = `${kind === 'duty' ? 'd' : 'o'}\0${phrase.toLowerCase()}`;
    let b = memo.get(key);
    if (b === undefined) {
      b = compute(phrase, kind);
      if (memo.size < 200_000) memo.set(key, b);
    }
    return b ?? undefined;
  };

  const toMatch = (link: Link): ReferenceMatch => {
    const c = reference.concepts[link.concept];
    return { id: c.id, label: c.label, score: Math.round(Math.min(1, link.score) * 1000) / 1000 };
  };

  return {
    reference,
    best,
    toMatch,
    match(phrases, kind) {
      let top: Link | undefined;
      for (const phrase of new Set(phrases)) {
        const b = best(phrase, kind);
        if (b && better(b, top)) top = b;
      }
      return top && top.score >= threshold ? toMatch(top) : undefined;
    },
  };
}
