import type { MentionKind, ReferenceMatch } from '../types.js';
import { analyze, headWord, lexiconOf, namesQuality, surfaceWords, type RunLexicon } from './features.js';
import { rerankScore, type CandidateFacts } from './rerank.js';
import { toolKinds } from './tools.js';
import { referenceVocabulary } from './bundled.js';
import { hierarchyOf } from './generality.js';
import { conceptLanguages } from './languages.js';
import { linkThreshold, type TaxonomyConfig } from './options.js';
import { labelIndexOf, labelsOf, surfaceKey } from './label-index.js';
import { ACRONYM_SHAPED, acronymIndex, frameworkForm, joinedForm, legislationForm, libraryForms, listForms, withoutVersion } from './name-forms.js';
import { LinkMemo } from './link-memo.js';
import { termTables } from './link-terms.js';
import { byId, contentKey, fieldsOf, firstLabelOfKey, keysOf } from './label-keys.js';
import { americanize, rawTokens, stem, STOPWORDS } from './text.js';
import { productNaming } from './product-names.js';
import { dice, mostlySmallWords, overlap, sameRoot, surfaceStems, topScored } from './link-scores.js';
import type { ReferenceIndex } from './types.js';
import { conceptVectorsOf, nearestConcepts, phraseVector } from './vector-link.js';
import { derivedNouns, mayBeAdjective } from './wordnet.js';

/** A label that names its concept less surely scores a little less, so that ties go to the preferred one. */
const KIND_FACTOR = [1, 0.97, 0.93] as const;
/** A vague label (label-keys.ts) alone does not reach a link; it still adds to a concept's other labels' evidence. */
const VAGUE_FACTOR = 0.4;
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
/** The reuse levels of ESCO's skills that describe how a person works rather than a sector's tasks. */
const QUALITY_REUSE = new Set(['transversal', 'cross-sector']);

/**
 * A product name takes the concept of its kind of tool ("Excel" → "Spreadsheet software" → use
 * spreadsheets software) when the kind's title names that concept nearly as a label does (most
 * titles, such as "Electronic mail software", read like no concept) and better than the name's own
 * words do ("Excel" reads like "excellence"; "SAP" is in ESCO's "SAP R3").
 */
const TOOL_KIND_SURE = 0.8;
/** How close the noun of a quality must come to a label for the quality to take its concept (see candidates). */
const DERIVED_SURE = 0.7;

/** Candidates rescored with the written words, best by terms first. */
const RESCORED = 30;

/** A closed word's postings are scanned when they are at most this many per label found so far (a label has ~3 terms). */
const CLOSED_SCAN = 8;

/** One phrase's best concept. */
export interface Link {
  concept: number;
  score: number;
}

/** A candidate concept, with what the reranker reads of it when it may reorder it. */
export interface Candidate extends Link {
  facts?: CandidateFacts;
}

/** A reference analysed with one run's analyser: phrases → their closest concepts. */
export interface Linker {
  readonly reference: ReferenceIndex;
  /** The best concept of one phrase of a kind, whatever its score (memoized per distinct phrase). */
  best(phrase: string, kind: MentionKind): Link | undefined;
  /**
   * The concept a phrase's words name most surely: the best by lexical score alone (memoized). Forms
   * are merged into one competency by it: the reranker breaks near-ties, which are not sure enough
   * to merge on.
   */
  sure(phrase: string, kind: MentionKind): Link | undefined;
  /**
   * Whether a phrase says what the concept does: what one of its labels does (see actionsOf in createLinker)
   * is a word of the phrase, by root ("patient assessments" / "assess patients") or by the lexicon's term.
   */
  saysAction(phrase: string, concept: number): boolean;
  /**
   * Whether a phrase says what sets one of the concept's labels apart: its rarest term, by root or as the lexicon's
   * term ("evaluate findings" is no "identify archaeological finds").
   */
  saysDistinct(phrase: string, concept: number): boolean;
  /** A phrase's candidate concepts, best first (not memoized). */
  ranked(phrase: string, kind: MentionKind): Link[];
  /**
   * The same by the linker's own score (shared words blended with word vectors), before the
   * reranker; those the reranker may reorder (linked, and within `margin` of
   * the best: by default the reranker's own) carry its inputs, when there are two or more.
   */
  candidates(phrase: string, kind: MentionKind, margin?: number): Candidate[];
  /**
   * Whether a phrase's link may stand as its reference: at the kind's threshold, and below `distinctBelow` only when
   * the phrase says what sets the concept apart (see saysDistinct): "working in Agile teams" is no "work with a dance
   * team", nor "coach and mentor less experienced peers" "train mine engineers". A phrase of one word must also say
   * what a sector's skill does (see saysAction): "Drive" is no "teach driving practices", "Rust" no "remove rust from
   * motor vehicles"; a quality still names how anyone works ("enthusiastic": "show determination").
   */
  holds(phrase: string, link: Link, kind: MentionKind): boolean;
  /** The best concept over several phrases of one competency that holds (see holds). */
  match(phrases: string[], kind: MentionKind): ReferenceMatch | undefined;
  /** A link as the outputs carry it. */
  toMatch(link: Link): ReferenceMatch;
}



/**
 * Indexes a reference's preferred, alternative and hidden labels under their exact written key and
 * under the run's own analysis (the stored analysis of the labels, re-read where the run's lexicon
 * differs), so that a competency and a concept meet on the same terms. A phrase
 * written as a label gets that label's concept; otherwise candidates come from an inverted index of
 * terms (probed rarest first, so that common words such as "manage" add no candidates of their own
 * once the rarer words decide) and are scored by IDF-weighted Dice on the analysed terms blended
 * with Dice on the written words, times how surely the label names its concept. Then, unless
 * `rerank` is false, the config's reranker reorders the near-ties (src/taxonomy/rerank.ts). With
 * word vectors (`useVectors` and the config's file), a share of each score is the cosine of the
 * phrase's and the concept's vectors (src/taxonomy/vector-link.ts).
 */
export function createLinker(reference: ReferenceIndex, config: TaxonomyConfig, corpus: RunLexicon, rerank = true, useVectors = true): Linker {
  // A run's WordNet synonyms are picked for its own head nouns, whatever their sense ("managers" →
  // "director"): read into the reference's labels, they join labels of another sense ("directory").
  // The linker reads the run's acronyms only, which its own texts define.
  const run: RunLexicon = { acronyms: corpus.acronyms, wordnet: new Map() };
  const lex = lexiconOf(config);
  const base = labelIndexOf(reference, config);
  const order = byId(reference);
  const { exact, kinds, vague } = keysOf(base, reference);
  const factor = (li: number) => (vague[li] ? VAGUE_FACTOR : KIND_FACTOR[kinds[li]]);
  // A concept's labels, made once: a label's text is read for each of its concept's labels scored (labelsOf builds them all).
  const conceptLabels: (ReturnType<typeof labelsOf> | undefined)[] = new Array(reference.concepts.length);
  const labelsOfConcept = (concept: number) => (conceptLabels[concept] ??= labelsOf(reference.concepts[concept]));
  const textOf = (li: number) => labelsOfConcept(base.concept[li])[base.position[li]].text;
  const nLabels = base.concept.length;

  const { termId, termStart, termIds, idfOf, idf, postingStart, postingLabels, labelTotal, conceptStart } = termTables(reference, base, textOf, lex, run);
  const types = reference.concepts.map((c) => c.type ?? '');
  // A product few occupations list is linked only by its name (see TaxonomyOptions.toolReach).
  const products = productNaming(reference.concepts, config.toolReach, nLabels, (li) => base.concept[li], textOf);
  const { nameOnly, byName } = products;
  const n = reference.concepts.length;
  // What scoring a touched label reads, side by side (its terms' IDF sum, then its factor): a phrase
  // scores a thousand labels on average, read at random.
  const labelScoring = new Float64Array(2 * nLabels);
  for (let li = 0; li < nLabels; li++) {
    labelScoring[2 * li] = labelTotal[li];
    labelScoring[2 * li + 1] = factor(li);
  }
  // How often a written word begins a label rather than sits inside one: verbs begin ESCO's skills.
  const wordStarts = new Int32Array(base.words.length);
  const wordLabels = new Int32Array(base.words.length);
  for (let li = 0; li < nLabels; li++) {
    if (base.wordStart[li + 1] > base.wordStart[li]) wordStarts[base.wordIds[base.wordStart[li]]]++;
    for (let k = base.wordStart[li]; k < base.wordStart[li + 1]; k++) wordLabels[base.wordIds[k]]++;
  }
  const verbness = (words: string[]) => {
    const id = words.length ? base.wordId.get(words[0]) : undefined;
    return id === undefined ? 0 : wordStarts[id] / (wordLabels[id] + 2);
  };
  const reranker = rerank ? config.rerankerData : undefined;
  let termNames: string[] | undefined;
  const termName = (id: number) => {
    if (!termNames) {
      termNames = [];
      for (const [t, i] of termId) termNames[i] = t;
    }
    return termNames[id];
  };
  // Word vectors: each concept is the mean of its preferred and alternative labels' vectors; a
  // candidate's score blends the cosine with the phrase's vector into the lexical one, and (with
  // `vectorCandidates`) the concepts nearest the phrase join the candidates though they share no word with it.
  const share = config.vectorShare;
  const conceptVectors =
    useVectors && share > 0 && config.wordVectorsFile
      ? conceptVectorsOf(config.wordVectorsFile, n, conceptStart, termStart, termIds, (li) => kinds[li] <= 1, termName, idfOf)
      : undefined;
  /** A phrase's or a label's shape as the reranker reads it: how task-like, how many content words, its head. */
  const shapeOf = (text: string) => {
    const words = surfaceWords(text, lex);
    return { verb: verbness(words), words: words.filter((w) => !STOPWORDS.has(w)).length, head: stem(headWord(words, lex) ?? '') };
  };
  /**
   * A label that is one word among small words ("work on your own" is "work" to the scores) names its concept only
   * written as it is (exactHit): "work with others" is not "work independently". Read once a label, when scored.
   */
  const writtenOnly: (boolean | undefined)[] = new Array(nLabels);
  const sayableOnlyAsWritten = (li: number) => (writtenOnly[li] ??= mostlySmallWords(textOf(li)));
  // By label index: read for the best 30 labels of every phrase, hundreds of thousands of times a run.
  const shapeMemo: (ReturnType<typeof shapeOf> | undefined)[] = new Array(nLabels);
  const labelShape = (li: number) => (shapeMemo[li] ??= shapeOf(textOf(li)));
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
  const threshold = config.referenceThreshold;
  // Read by concept number in the hot path: plain arrays, not the concepts (objects of several
  // shapes, whose reads there sent the optimised code back to the interpreter dozens of times a run).
  const conceptIds = reference.concepts.map((c) => c.id);
  const reuses = reference.concepts.map((c) => c.reuse ?? '');
  const prior = (concept: number) => REUSE_BONUS[reuses[concept]] ?? 0;
  // A reference with tools of its own (the bundled one's O*NET names) links a product name to it;
  // one without (an ESCO CSV) links it through its kind.
  const ownTools = types.includes('tool');
  const vocabulary = referenceVocabulary(reference, config);
  const tools = vocabulary && !ownTools ? toolKinds(vocabulary, config) : new Map<string, string>();
  const hierarchy = vocabulary ? hierarchyOf(vocabulary) : undefined;
  const languages = conceptLanguages(reference, vocabulary);
  const memo = new LinkMemo();
  /** A phrase's written stems and terms: what saysAction and saysDistinct compare with a concept's labels. */
  const wordsOf = (phrase: string, terms = analyze(phrase, lex, run)) => [...surfaceStems(phrase), ...terms];
  /** Per concept, the rarest term of each of its labels (see distinctOf), read once. */
  const distinct: (number[] | undefined)[] = new Array(reference.concepts.length);
  /** The rarest term of each of a concept's labels: the one fewest labels of the reference have ("identify archaeological finds": archaeological). */
  const distinctOf = (concept: number): number[] => {
    const out = new Set<number>();
    for (let li = conceptStart[concept]; li < conceptStart[concept + 1]; li++) {
      let rarest = -1;
      for (let k = termStart[li]; k < termStart[li + 1]; k++) {
        const id = termIds[k];
        if (rarest < 0 || idfOf[id] > idfOf[rarest] || (idfOf[id] === idfOf[rarest] && id < rarest)) rarest = id;
      }
      if (rarest >= 0) out.add(rarest);
    }
    return [...out];
  };
  /** Per concept, what its labels do (actionsOf), read once. */
  const actions: (string[] | undefined)[] = new Array(reference.concepts.length);
  /**
   * What a concept's labels do: each label's first word (the verb ESCO's skills begin with), or after a verb that
   * only carries its object ("perform software unit testing") the object's head; as its stem and as the lexicon's
   * term for it ("maintain relationship with suppliers" does what "establish relationships with vendors" does).
   */
  const actionsOf = (concept: number): string[] => {
    const out = new Set<string>();
    for (const l of labelsOfConcept(concept)) {
      const words = surfaceWords(l.text, lex);
      const carried = words.length > 0 && lex.fillers.has(words[0]);
      const action = carried ? headWord(words, lex) : words[0];
      if (!action) continue;
      out.add(stem(americanize(action)));
      const term = carried ? analyze(action, lex, run)[0] : analyze(l.text, lex, run)[0];
      if (term) out.add(term);
    }
    return [...out];
  };
  // The phrase's vector, read only while its candidates are scored.
  const phraseBuffer = conceptVectors && new Float32Array(conceptVectors.dim);
  const shared = new Float64Array(nLabels);
  const touched: number[] = [];
  // The labels scored for a phrase (label, score), in lists kept from phrase to phrase like `touched`.
  const scoredLi: number[] = [];
  const scoredS: number[] = [];
  /** Per concept: -1, or while a phrase's near candidates are described, how many of its labels were scored. */
  const nearHits = new Int32Array(n).fill(-1);

  /** Whether a phrase (and its `wordsOf`) says what sets a concept apart: one of its labels, or the rarest word of one, in some form. */
  const saysDistinct = (phrase: string, concept: number, words = wordsOf(phrase)) =>
    exactHit(phrase, (c) => c === concept).length > 0 ||
    (distinct[concept] ??= distinctOf(concept)).some((a) => words.some((w) => termId.get(w) === a || sameRoot(w, termName(a))));

  /** A skill a sector's work does ("teach driving practices", "attend trade fairs"), not a body of knowledge, a tool, nor how anyone works ("show determination"). */
  const doneBy = (concept: number) => !DUTY_EXCLUDES.has(types[concept]) && reuses[concept] !== 'transversal';
  const saysAction = (phrase: string, concept: number, words = wordsOf(phrase)) =>
    (actions[concept] ??= actionsOf(concept)).some((a) => words.some((w) => w === a || sameRoot(w, a)));
  const holds = (phrase: string, link: Link, kind: MentionKind) => {
    if (link.score < linkThreshold(config, kind)) return false;
    if (link.score >= config.distinctBelow) return true;
    // (The phrase read once for both checks: its terms tell one word from several.)
    const terms = analyze(phrase, lex, run);
    const words = wordsOf(phrase, terms);
    return saysDistinct(phrase, link.concept, words) && (!doneBy(link.concept) || terms.length > 1 || saysAction(phrase, link.concept, words));
  };

  const better = (a: Link, b: Link | undefined) => !b || a.score > b.score || (a.score === b.score && order(a.concept, b.concept) < 0);

  /** A phrase's candidate concepts, each with its best label's lexical score and what the reranker reads, best by that score first. */
  const candidates = (written: string, mentionKind: MentionKind, margin = reranker?.margin ?? 0): Candidate[] => {
    // A law is linked by its subject ("Care Act" as care legislation, not "acting techniques").
    const phrase = (mentionKind !== 'duty' && legislationForm(written)) || written;
    // A skill that names a quality (asked only with WordNet, which tells adjectives; "Redux", "RESTful" and "Angular" are
    // knowledge), unless it is written as a label.
    const quality = mentionKind === 'skill' && config.wordnet.enabled && namesQuality(written, lex) && exactHit(written, allowedFor(mentionKind)).length === 0;
    const allow = allowedFor(mentionKind, quality ? new Set(surfaceStems(written)) : undefined);
    const lexical = (p: string) => lexicalCandidates(p, mentionKind, allow, margin);
    const top = (c: Candidate[]) => c[0]?.score ?? 0;
    let own = lexical(phrase);
    /** Another form's candidates, when they score better than the phrase's so far. */
    const keepBetter = (other: Candidate[]) => {
      if (top(other) > top(own)) own = other;
    };
    // "trouble-shooting", "pro-active": a word a label writes whole, written with a hyphen, as the label writes it.
    const joined = joinedForm(phrase, (w) => base.wordId.has(w));
    if (joined) keepBetter(lexical(joined));
    // A name with its version ("HTML5", "CSS3") is that name, when no label writes it so.
    const versionless = own.length ? null : withoutVersion(phrase);
    if (versionless) own = lexical(versionless);
    // "ReactJS", "React.js", "nodejs": the library as a preferred label writes it ("Node.js", "Vue.js") or without it
    // ("React"). (Only a label written so counts: no scoring of the other forms.)
    const named = (p: string) => exactHit(p, allow).filter((c) => c.score === KIND_FACTOR[0]);
    if (top(own) !== KIND_FACTOR[0]) {
      const library = libraryForms(phrase).map(named).find((c) => c.length > 0);
      if (library) own = library;
    }
    // "Spring": a product's name, as its label writes it with its kind ("Spring Framework"), rather than a word another
    // label holds ("types of spring").
    const framework = top(own) === KIND_FACTOR[0] ? null : frameworkForm(phrase);
    if (framework) {
      const product = named(framework);
      if (product.length > 0 && types[product[0].concept] === 'tool') own = product;
    }
    // "communication and interpersonal skills": when the whole phrase meets no label as well as one word of its list (or
    // the noun the list shares) does, it links as that one, the first on a tie.
    for (const form of listForms(phrase, config.wordnet.enabled ? mayBeAdjective : undefined)) keepBetter(lexical(form));
    // "IFRS": an acronym of one concept's label, when no label writes it as a name or as a word.
    const short = phrase.trim();
    if (ACRONYM_SHAPED.test(short) && top(own) < KIND_FACTOR[1] && !base.wordId.has(short.toLowerCase())) {
      const concept = (acronyms ??= acronymIndex(reference.concepts)).get(short.toUpperCase());
      if (concept !== undefined && concept >= 0 && allow(concept) && !nameOnly[concept]) own = [{ concept, score: KIND_FACTOR[1] }];
    }
    // "resilient", "enthusiastic": a quality no label names, as the noun WordNet derives from it, where a transversal
    // skill's label writes that noun and the noun meets it closely ("show mental resilience", "demonstrate enthusiasm";
    // "energetic" is neither "energise others" nor "adopt ways to reduce negative impact of consumption").
    if (quality && !own.length && !/\s/.test(short)) {
      for (const noun of derivedNouns(short.toLowerCase())) {
        const root = stem(noun);
        const writes = (concept: number) => reuses[concept] === 'transversal' && labelsOfConcept(concept).some((l) => rawTokens(l.text).some((t) => stem(t) === root));
        keepBetter(lexical(noun).filter((c) => c.score >= DERIVED_SURE && writes(c.concept)));
      }
    }
    const title = tools.get(surfaceKey(phrase));
    if (!title || top(own) === KIND_FACTOR[0]) return own;
    const kind = lexical(title);
    return kind[0] && kind[0].score >= TOOL_KIND_SURE && kind[0].score > top(own) ? kind : own;
  };
  let acronyms: Map<string, number> | undefined;
  /**
   * The concepts a phrase may link to: a duty no tool or body of knowledge; a quality asked of a person ("resilient",
   * "energetic", "hard-working") only one used across sectors ("adapt to change", "show initiative"), never a sector's
   * task or thing whose label holds the same adjective ("cut resilient flooring materials"); `quality` holds its words'
   * stems.
   */
  const allowedFor = (mentionKind: MentionKind, quality?: ReadonlySet<string>) => (concept: number) =>
    (mentionKind !== 'duty' || !DUTY_EXCLUDES.has(types[concept])) &&
    (!quality || (QUALITY_REUSE.has(reuses[concept]) && (!DUTY_EXCLUDES.has(types[concept]) || headStemsOf(concept).some((h) => quality.has(h)))));
  /**
   * The stems of the words a concept's labels are about: the only knowledge or tool a quality names is one of its own
   * word ("communicative" → communication; "Driven" is no "mechanics of motor driven vehicles"). Read once a concept.
   */
  const headStems = new Map<number, string[]>();
  const headStemsOf = (concept: number): string[] => {
    let out = headStems.get(concept);
    if (!out) {
      out = labelsOfConcept(concept).flatMap((l) => {
        const head = headWord(rawTokens(l.text), lex);
        return head === undefined ? [] : [stem(head)];
      });
      headStems.set(concept, out);
    }
    return out;
  };
  /** The concept of the label written as the phrase, scored by the label's kind; [] when no label is. */
  const exactHit = (phrase: string, allowed: (concept: number) => boolean): Candidate[] => {
    const hit = firstLabelOfKey(exact, surfaceKey(phrase), (li) => allowed(base.concept[li]) && byName(li));
    return hit === undefined ? [] : [{ concept: base.concept[hit], score: KIND_FACTOR[kinds[hit]] }];
  };

  const lexicalCandidates = (phrase: string, mentionKind: MentionKind, allowed: (concept: number) => boolean, margin: number): Candidate[] => {
    const key = surfaceKey(phrase);
    // A label written as the phrase names its concept whatever language it is about ("Airspeak").
    let words: Set<string> | undefined;
    const sayable = (concept: number) => allowed(concept) && (!languages[concept] || languages[concept]!.some((w) => (words ??= new Set(key.split(' '))).has(w)));
    const hit = exactHit(phrase, allowed);
    if (hit.length > 0) return hit;
    const field = fieldsOf(base, reference).get(contentKey(key))?.find((li) => allowed(base.concept[li]) && byName(li));
    if (field !== undefined) return [{ concept: base.concept[field], score: KIND_FACTOR[kinds[field]] * KIND_FACTOR[1] }];
    // (So does a phrase: "work with others" is no "work …" label.)
    if (mostlySmallWords(phrase)) return [];
    const q = weigh(analyze(phrase, lex, run));
    if (!q.total) return [];
    // Rarest first: once the words still to probe could not, on their own, lift a label to the
    // threshold, they only add to labels already found.
    const ordered = [...q.weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    let rest = q.total;
    // The labels touched so far are touched[0 … nTouched): the list is kept from phrase to phrase
    // (emptying an array frees its storage, and it grew again to a thousand labels every phrase).
    let nTouched = 0;
    for (const [t, wq] of ordered) {
      // The best a label made of the remaining words alone could score.
      const id = termId.get(t);
      const from = id === undefined ? 0 : postingStart[id];
      const to = id === undefined ? 0 : postingStart[id + 1];
      const open = Math.sqrt(rest / q.total) >= threshold && (!nTouched || to - from <= MAX_OPEN_POSTINGS);
      rest -= wq;
      // A closed word only adds to the labels already found: when they are fewer than its postings
      // (a common word: "manage" is in thousands of labels), each of them is read for it instead.
      // The same sums, added in the same order: each label's terms are the ones its postings list.
      if (!open && nTouched * CLOSED_SCAN < to - from) {
        for (let j = 0; j < nTouched; j++) {
          const li = touched[j];
          for (let k = termStart[li]; k < termStart[li + 1]; k++) if (termIds[k] === id) shared[li] += wq;
        }
        continue;
      }
      for (let k = from; k < to; k++) {
        const li = postingLabels[k];
        if (shared[li] === 0) {
          if (!open) continue;
          touched[nTouched++] = li;
        }
        shared[li] += wq;
      }
    }
    // The written words only reorder close candidates: scored for the best few by terms alone.
    // Far below the threshold by terms, the written words cannot lift a label to it: not sorted at all.
    let nScored = 0;
    for (let j = 0; j < nTouched; j++) {
      const li = touched[j];
      const sc = overlap(shared[li], q.total, labelScoring[2 * li]) * labelScoring[2 * li + 1];
      if (sc >= threshold / 2) {
        scoredLi[nScored] = li;
        scoredS[nScored++] = sc;
      }
      shared[li] = 0;
    }
    const surface = surfaceStems(phrase).map((w) => base.surfaceId.get(w) ?? -1);
    const byConcept = new Map<number, Link & { li: number; s: number; d: number }>();
    let written: string[] | undefined;
    const named = (li: number) => !nameOnly[base.concept[li]] || products.named((written ??= products.wordsOf(phrase)), li);
    for (const { li, s } of topScored(scoredLi, scoredS, nScored, (li) => sayable(base.concept[li]) && !sayableOnlyAsWritten(li) && named(li), RESCORED)) {
      const concept = base.concept[li];
      const d = dice(surface, base.surfaceIds, base.surfaceStart[li], base.surfaceStart[li + 1]);
      const score = TERM_SHARE * s + (1 - TERM_SHARE) * d * factor(li) + prior(concept);
      const cand = { concept, score, li, s, d };
      if (better(cand, byConcept.get(concept))) byConcept.set(concept, cand);
    }
    let cosines: Map<number, number> | undefined;
    let lexicalBest: Link | undefined;
    const qv = conceptVectors && phraseVector(conceptVectors.words, q.weights, phraseBuffer);
    if (conceptVectors && qv) {
      for (const cand of byConcept.values()) if (better(cand, lexicalBest)) lexicalBest = { concept: cand.concept, score: cand.score };
      cosines = new Map();
      for (const [concept, cand] of byConcept) {
        const cos = conceptVectors.cosine(qv, concept);
        cosines.set(concept, cos);
        cand.score = (1 - share) * cand.score + share * cos;
      }
      for (const { concept, cosine } of nearestConcepts(conceptVectors, qv, config.vectorCandidates, (c) => allowed(c) && !nameOnly[c] && !byConcept.has(c))) {
        cosines.set(concept, cosine);
        byConcept.set(concept, { concept, score: share * cosine + prior(concept), li: conceptStart[concept], s: 0, d: 0 });
      }
    }
    const lexical = [...byConcept.values()].sort((a, b) => (better(a, b) ? -1 : 1));
    // Only those the reranker may reorder are described: linked (at the threshold) and close to the best.
    // (An empty list's [0] is an out-of-bounds read, which deoptimises.)
    const top = lexical.length ? lexical[0].score : 0;
    const near = lexical.filter((c) => c.score >= threshold && c.score >= top - margin).length;
    const withBest = (list: Candidate[]) => (lexicalBest ? Object.assign(list, { lexicalBest }) : list);
    if (near < 2) return withBest(lexical.map(({ concept, score }) => ({ concept, score })));
    const phraseShape = shapeOf(phrase);
    const qIds = new Map<number, number>();
    for (const [t, w] of q.weights) {
      const id = termId.get(t);
      if (id !== undefined) qIds.set(id, w);
    }
    const nearIds: string[] = [];
    for (let r = 0; r < near; r++) nearIds.push(conceptIds[lexical[r].concept]);
    // Scored labels per near concept (the only ones read), counted in an array.
    for (let r = 0; r < near; r++) nearHits[lexical[r].concept] = 0;
    for (let k = 0; k < nScored; k++) {
      const concept = base.concept[scoredLi[k]];
      if (nearHits[concept] >= 0) nearHits[concept]++;
    }
    const hits = new Map<number, number>();
    for (let r = 0; r < near; r++) hits.set(lexical[r].concept, nearHits[lexical[r].concept]);
    for (let r = 0; r < near; r++) nearHits[lexical[r].concept] = -1;
    return withBest(lexical.map((c, rank) => {
      if (rank >= near) return { concept: c.concept, score: c.score };
      const label = labelShape(c.li);
      const sharedWith = (li: number) => {
        let w = 0;
        for (let k = termStart[li]; k < termStart[li + 1]; k++) w += qIds.get(termIds[k]) ?? 0;
        return w;
      };
      const inConcept = new Set<number>();
      const conceptTerms = new Set<number>();
      for (let li = conceptStart[c.concept]; li < conceptStart[c.concept + 1]; li++) {
        for (let k = termStart[li]; k < termStart[li + 1]; k++) (qIds.has(termIds[k]) ? inConcept : conceptTerms).add(termIds[k]);
      }
      let conceptShared = 0;
      for (const t of inConcept) conceptShared += qIds.get(t) ?? 0;
      // A word of the phrase the concept says in another form of it ("maintenance" / "maintain").
      let related = 0;
      for (const [t, w] of q.weights) {
        const id = termId.get(t);
        if (id !== undefined && inConcept.has(id)) continue;
        for (const other of conceptTerms) {
          if (sameRoot(t, termName(other))) {
            related += w;
            break;
          }
        }
      }
      const shared = sharedWith(c.li);
      const facts: CandidateFacts = {
        score: c.score,
        gap: top - c.score,
        terms: c.s,
        surface: c.d,
        labelKind: kinds[c.li],
        phraseCovered: shared / q.total,
        labelCovered: labelTotal[c.li] ? shared / labelTotal[c.li] : 0,
        conceptCovered: conceptShared / q.total,
        conceptRelated: related / q.total,
        labelHits: hits.get(c.concept) ?? 0,
        labelCount: conceptStart[c.concept + 1] - conceptStart[c.concept],
        headMatch: !!phraseShape.head && phraseShape.head === label.head,
        phraseVerb: phraseShape.verb,
        labelVerb: label.verb,
        phraseWords: phraseShape.words,
        labelWords: label.words,
        narrower: hierarchy?.narrower(nearIds[rank]) ?? 0,
        aboveNear: !!hierarchy && nearIds.some((o) => hierarchy.above(nearIds[rank], o)),
        belowNear: !!hierarchy && nearIds.some((o) => hierarchy.above(o, nearIds[rank])),
        vector: cosines?.get(c.concept) ?? 0,
        mention: mentionKind,
        type: types[c.concept],
        reuse: reuses[c.concept],
      };
      return { concept: c.concept, score: c.score, facts };
    }));
  };

  /** Candidates in the reranker's order; each keeps its lexical score, which the thresholds are for. */
  const reorder = (cands: Candidate[]): Link[] => {
    const near = cands.findIndex((c) => !c.facts);
    const eligible = near < 0 ? cands : cands.slice(0, near);
    if (!reranker || eligible.length < 2) return cands.map(({ concept, score }) => ({ concept, score }));
    const reordered = eligible
      .map((c) => ({ concept: c.concept, score: c.score, rank: rerankScore(reranker.weights, c.facts!) }))
      .sort((a, b) => b.rank - a.rank || (better(a, b) ? -1 : 1));
    return [...reordered, ...cands.slice(eligible.length)].map(({ concept, score }) => ({ concept, score }));
  };

  /** A phrase's best (0) or surest (1) concept, memoized per distinct phrase and kind. */
  const resolved = (phrase: string, kind: MentionKind, which: 0 | 1): Link | undefined => {
    // (By kind: a duty's candidates differ from the others', a quality's from a name's, and the reranker reads the kind.)
    const text = phrase.toLowerCase();
    const known = memo.get(kind, text, which);
    if (known !== null) return known;
    const cands = candidates(phrase, kind);
    // Sure is by shared words alone: a concept the word vectors favour is a likely link, not one
    // sure enough to merge different wordings on.
    const top = (cands as Candidate[] & { lexicalBest?: Link }).lexicalBest ?? cands[0];
    const links: [Link | undefined, Link | undefined] = [reorder(cands)[0], top && { concept: top.concept, score: top.score }];
    memo.set(kind, text, links);
    return links[which];
  };

  const best = (phrase: string, kind: MentionKind) => resolved(phrase, kind, 0);

  const toMatch = (link: Link): ReferenceMatch => {
    const c = reference.concepts[link.concept];
    return { id: c.id, label: c.label, score: Math.round(Math.min(1, link.score) * 1000) / 1000 };
  };

  return {
    reference,
    best,
    sure: (phrase, kind) => resolved(phrase, kind, 1),
    saysAction,
    saysDistinct,
    ranked: (phrase, kind) => reorder(candidates(phrase, kind)),
    candidates,
    toMatch,
    holds,
    match(phrases, kind) {
      let top: Link | undefined;
      for (const phrase of new Set(phrases)) {
        const b = best(phrase, kind);
        if (b && better(b, top) && holds(phrase, b, kind)) top = b;
      }
      return top && toMatch(top);
    },
  };
}
