import type { Competency, MentionKind, ReferenceMatch, Taxonomy, VariantStat } from '../types.js';
import { MENTION_KINDS } from '../types.js';
import { assignCategories } from './categories.js';
import { occupationMatcher } from './occupations.js';
import type { Vocabulary } from '../vocabulary/index.js';
import { leaderCluster, type ClusterItem } from './cluster.js';
import { corpusAcronyms } from './acronyms.js';
import { analyzeInRun, forgetSurfaceWords, headWord, lexiconOf, surfaceWords, termKey, type Lexicon, type RunLexicon } from './features.js';
import { assignIds, contentId, type IdCandidate } from './ids.js';
import { casedAsReference, chooseLabel, isFragment, referenceLabel, withHead, writtenForms } from './label.js';
import type { TaxonomyConfig } from './options.js';
import { normalizePhrase } from './phrase.js';
import { createLinker, type Link, type Linker } from './link.js';
import type { BuiltTaxonomy, PreviousTaxonomy, ReferenceIndex } from './types.js';
import { closeWordNet, namesAbility, wordnetCanonical } from './wordnet.js';
import { forgetVocabularies } from '../vocabulary/index.js';
import { forgetStoredIndexes } from './label-index.js';
import { forgetWordVectors } from './word-vectors.js';
import { loadReference } from './reference.js';
import { bundledReference, referenceVocabulary } from './bundled.js';
import { append } from '../append.js';

export { loadReference } from './reference.js';

/**
 * Frees what the reduce read or built once per process (the bundled vocabulary and its reference,
 * the stored label index, word vectors, WordNet's index, the texts' surface words): about 80 MB that a run no longer needs
 * once its mentions have their competencies and occupations. Everything is read again on next use.
 */
export function releaseReferenceData(config: TaxonomyConfig): void {
  bundledReference.forget(config);
  forgetVocabularies();
  forgetStoredIndexes();
  forgetWordVectors();
  closeWordNet();
  forgetSurfaceWords();
}
export { loadPreviousTaxonomy } from './previous.js';
export { normalizePhrase } from './phrase.js';
export type { BuiltTaxonomy, PreviousTaxonomy, PreviousCompetency, ReferenceConcept, ReferenceIndex } from './types.js';

interface Variant {
  normalized: string;
  count: number;
  examples: { docId: string; text: string }[];
}

/** Same variants in any order → same input to everything after (counts summed, examples merged). */
function aggregate(variants: VariantStat[]): Map<MentionKind, Variant[]> {
  const byKind = new Map<MentionKind, Map<string, Variant>>();
  for (const v of variants) {
    const normalized = v.normalized.replace(/\s+/g, ' ').trim();
    if (!normalized) continue;
    let m = byKind.get(v.kind);
    if (!m) byKind.set(v.kind, (m = new Map()));
    const cur = m.get(normalized);
    if (cur) {
      cur.count += v.count;
      cur.examples.push(...v.examples);
    } else m.set(normalized, { normalized, count: v.count, examples: [...v.examples] });
  }
  const out = new Map<MentionKind, Variant[]>();
  for (const kind of MENTION_KINDS) {
    const m = byKind.get(kind);
    if (!m) continue;
    const list = [...m.values()].sort((a, b) => b.count - a.count || (a.normalized < b.normalized ? -1 : 1));
    for (const v of list) {
      v.examples.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    }
    out.set(kind, list);
  }
  return out;
}

/**
 * The reference a run or `canonicalize` aligns to: `--reference FILE`, none for `--reference none`,
 * else the pipeline's bundled vocabulary.
 */
export async function resolveReference(option: string | undefined, config: TaxonomyConfig): Promise<ReferenceIndex | undefined> {
  if (option === 'none') return undefined;
  return option ? loadReference(option) : bundledReference(config).reference;
}

/** What this run adds to the lexicon: acronyms it defines, WordNet synonyms of its head nouns. */
function runLexicon(texts: { text: string; count: number; kind?: string; written?: readonly string[] }[], config: TaxonomyConfig): RunLexicon {
  const lex = lexiconOf(config);
  return { acronyms: corpusAcronyms(texts, lex), wordnet: wordnetFor(texts, config) };
}

/** WordNet synonyms for the most frequent head words only: lookups are bounded whatever the corpus size. */
function wordnetFor(texts: { text: string; count: number }[], config: TaxonomyConfig): Map<string, string> {
  if (!config.wordnet.enabled || config.wordnet.maxWords === 0) return new Map();
  const lex = lexiconOf(config);
  const heads = new Map<string, number>();
  for (const { text, count } of texts) {
    const h = headWord(surfaceWords(text, lex), lex);
    if (h) heads.set(h, (heads.get(h) ?? 0) + count);
  }
  const chosen = [...heads.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, config.wordnet.maxWords)
    .map(([w]) => w);
  return wordnetCanonical(chosen, config.wordnet.diskCache);
}

/** A phrase with no content word keeps its own identity instead of merging with every other. */
function keyOfTerms(terms: string[], normalized: string): string {
  return terms.length ? termKey(terms) : `"${normalized.toLowerCase()}`;
}

interface Cluster {
  kind: MentionKind;
  seedKey: string;
  variants: Variant[];
  keys: Set<string>;
  count: number;
}

/** Which previous competency each form belonged to: exact variant first, else same term key. */
function previousGroups(kind: MentionKind, previous: PreviousTaxonomy | undefined, keyOf: (normalized: string) => string) {
  const byVariant = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const c of previous?.competencies ?? []) {
    if (c.kind !== kind) continue;
    for (const v of c.variants) {
      if (!byVariant.has(v.normalized)) byVariant.set(v.normalized, c.id);
      const k = keyOf(v.normalized);
      if (!byKey.has(k)) byKey.set(k, c.id);
    }
  }
  return { byVariant, byKey };
}

/** Marks a group formed by a reference concept (never a term key, which has no control characters). */
const CONCEPT_GROUP = '\u0001concept ';

function clusterKind(
  kind: MentionKind,
  variants: Variant[],
  config: TaxonomyConfig,
  run: RunLexicon,
  previous: PreviousTaxonomy | undefined,
  linker: Linker | undefined,
): Cluster[] {
  const lex = lexiconOf(config);
  const items = new Map<string, ClusterItem & { variants: Variant[] }>();
  for (const v of variants) {
    const terms = analyzeInRun(v.normalized, lex, run);
    const key = keyOfTerms(terms, v.normalized);
    const item = items.get(key);
    if (item) {
      item.count += v.count;
      item.variants.push(v);
    } else items.set(key, { key, terms, count: v.count, variants: [v] });
  }
  const list = [...items.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  // Forms that were one competency in the previous run stay one, so their id carries forward
  // even where new data would tip a borderline similarity the other way.
  let fixed: (string | undefined)[] = new Array(list.length).fill(undefined);
  if (previous) {
    const prev = previousGroups(kind, previous, (n) => keyOfTerms(analyzeInRun(n, lex, run), n));
    fixed = list.map((item) => {
      const votes = new Map<string, number>();
      for (const v of item.variants) {
        const id = prev.byVariant.get(v.normalized);
        if (id) votes.set(id, (votes.get(id) ?? 0) + v.count);
      }
      let best: string | undefined;
      for (const [id, n] of votes) if (!best || n > votes.get(best)! || (n === votes.get(best)! && id < best)) best = id;
      return best ?? prev.byKey.get(item.key);
    });
  }
  // Forms that name one reference concept surely are one competency, however they are worded
  // ("team player", "work in teams"); a previous run's grouping still comes first.
  if (linker) {
    const mergeAt = kind === 'duty' ? config.dutyMergeThreshold : config.referenceMergeThreshold;
    fixed = list.map((item, i) => {
      if (fixed[i] !== undefined) return fixed[i];
      const phrase = item.variants[0].normalized;
      const link = linker.sure(phrase, kind);
      if (!link || link.score < mergeAt) return undefined;
      // A duty is the concept's only if it does what the concept does, to what sets the concept apart: "carry out
      // emergency treatment of pregnant women" and "monitor pregnant women's status" are not "advise on pregnancy",
      // though they share its subject; nor is "evaluate findings" "identify archaeological finds".
      return kind !== 'duty' || (linker.saysAction(phrase, link.concept) && linker.saysDistinct(phrase, link.concept)) ? `${CONCEPT_GROUP}${linker.toMatch(link).id}` : undefined;
    });
  }
  const seedOf = leaderCluster(list, config.mergeThreshold, config.maxBlockSize, fixed, (g) => g.startsWith(CONCEPT_GROUP));
  const clusters = new Map<number, Cluster>();
  list.forEach((item, i) => {
    const s = seedOf[i];
    let c = clusters.get(s);
    // A competency formed around a concept is named by it: its id stays whichever wording leads.
    const seedKey = fixed[s]?.startsWith(CONCEPT_GROUP) ? fixed[s]! : list[s].key;
    if (!c) clusters.set(s, (c = { kind, seedKey, variants: [], keys: new Set(), count: 0 }));
    append(c.variants, item.variants);
    c.keys.add(item.key);
    c.count += item.count;
  });
  const out = [...clusters.values()];
  for (const c of out) c.variants.sort((a, b) => b.count - a.count || (a.normalized < b.normalized ? -1 : 1));
  return out.sort((a, b) => b.count - a.count || (a.seedKey < b.seedKey ? -1 : 1));
}

/** The occupation matcher, built on the first role (a corpus may name none). */
function lazyOccupations(vocabulary: Vocabulary, config: TaxonomyConfig, competencies: Competency[]): NonNullable<BuiltTaxonomy['occupationOf']> {
  let match: ReturnType<typeof occupationMatcher> | undefined;
  let byId: Map<string, Competency> | undefined;
  // A competency reads as its label and its concept's ("Forklift" → "operate forklift").
  const textsOf = (ids: { id: string; count: number }[]) => () => {
    byId ??= new Map(competencies.map((c) => [c.id, c]));
    return ids.flatMap(({ id, count }) => {
      const c = byId!.get(id);
      return c ? [{ text: c.label, weight: count }, ...(c.reference ? [{ text: c.reference.label, weight: count }] : [])] : [];
    });
  };
  return (title, ids) => (match ??= occupationMatcher(vocabulary, config))(title, ids && textsOf(ids));
}

/**
 * A competency's concept: the one its variants link to with the most mentions behind them (each
 * weighted by its link score), at or above the reference threshold; ties by score, then id. None when
 * its leading wording links elsewhere or nowhere and the wordings linked to it hold less than
 * `referenceSupport` of the competency's mentions.
 */
function referenceOf(c: Cluster, linker: Linker, config: TaxonomyConfig): ReferenceMatch | undefined {
  const votes = new Map<number, { weight: number; mentions: number; link: Link }>();
  let leading: number | undefined;
  for (const v of c.variants.slice(0, 10)) {
    const link = linker.best(v.normalized, c.kind);
    if (!link || !linker.holds(v.normalized, link, c.kind)) continue;
    if (v === c.variants[0]) leading = link.concept;
    const cur = votes.get(link.concept);
    if (!cur) votes.set(link.concept, { weight: v.count * link.score, mentions: v.count, link });
    else {
      cur.weight += v.count * link.score;
      cur.mentions += v.count;
      if (link.score > cur.link.score) cur.link = link;
    }
  }
  let best: { weight: number; mentions: number; link: Link } | undefined;
  for (const e of votes.values()) {
    if (!best || e.weight > best.weight || (e.weight === best.weight && (e.link.score > best.link.score || (e.link.score === best.link.score && linker.toMatch(e.link).id < linker.toMatch(best.link).id)))) best = e;
  }
  return best && (best.link.concept === leading || best.mentions >= config.referenceSupport * c.count) ? linker.toMatch(best.link) : undefined;
}

function mapsPerKind<V>(): Record<MentionKind, Map<string, V>> {
  return { duty: new Map(), skill: new Map(), knowledge: new Map(), qualification: new Map() };
}

function abbreviationSet(config: TaxonomyConfig): Set<string> {
  return new Set(Object.keys(config.synonymsData.abbreviations).map((k) => k.toLowerCase()));
}

/**
 * The reduce step: all variants of a corpus → canonical competencies with stable ids, labels,
 * categories and (given a reference) the closest reference concept. Deterministic whatever the
 * order of `variants`.
 */
export function buildTaxonomy(
  variants: VariantStat[],
  config: TaxonomyConfig,
  extras: { previous?: PreviousTaxonomy; reference?: ReferenceIndex; keepLinker?: boolean } = {},
): BuiltTaxonomy {
  const byKind = aggregate(variants);
  const all = [...byKind].flatMap(([kind, list]) => list.map((v) => ({ text: v.normalized, count: v.count, kind, written: v.examples.map((e) => e.text) })));
  const run = runLexicon(all, config);
  const lex = lexiconOf(config);
  const keyOf = termKeyOf(lex, run);

  const clusters: Cluster[] = [];
  let linker = extras.reference ? createLinker(extras.reference, config, run) : undefined;
  const mergeLinker = (kind: MentionKind) => (config.referenceKinds.includes(kind) ? linker : undefined);
  for (const [kind, list] of byKind) append(clusters, clusterKind(kind, list, config, run, extras.previous, mergeLinker(kind)));
  const candidates: IdCandidate[] = clusters;
  const ids = assignIds(candidates, extras.previous, keyOf);

  const abbreviations = abbreviationSet(config);
  // Per kind, by wording and by term key (a key joining kind and text was a new string per entry).
  const idByVariant = mapsPerKind<string>();
  const idByKey = mapsPerKind<string>();
  const competencies: Competency[] = clusters.map((c, i) => {
    const id = ids[i];
    const variantCounts = c.variants.map((v) => ({ normalized: v.normalized, count: v.count }));
    const examples: { docId: string; text: string }[] = [];
    for (const v of c.variants) {
      for (const e of v.examples) {
        if (examples.length >= config.maxExamples) break;
        if (!examples.some((x) => x.docId === e.docId && x.text === e.text)) examples.push(e);
      }
    }
    const texts = c.variants.slice(0, 20).flatMap((v) => v.examples.slice(0, 5).map((e) => e.text));
    const reference = linker && config.referenceKinds.includes(c.kind) ? referenceOf(c, linker, config) : undefined;
    let label = chooseLabel(c.kind, variantCounts, abbreviations, writtenForms(texts));
    if (c.kind === 'skill') label = withHead(label, texts, config.labelHeads, config.wordnet.enabled ? namesAbility : undefined);
    if (reference && (config.labels === 'reference' || isFragment(label))) label = referenceLabel(reference.label);
    else if (reference) label = casedAsReference(label, reference.label);
    for (const v of c.variants) idByVariant[c.kind].set(v.normalized, id);
    for (const k of c.keys) idByKey[c.kind].set(k, id);
    const competency: Competency = {
      id,
      kind: c.kind,
      label,
      category: '',
      variants: variantCounts,
      mentionCount: c.count,
      documentCount: 0,
      examples,
    };
    if (reference) competency.reference = reference;
    return competency;
  });
  competencies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Each competency's nearest concept, read before the categories: a caller that does not keep the
  // linker has its tables (~45 MB with the bundled reference) freed while they are assigned.
  const nearest = new Map<Competency, string>();
  for (const c of competencies) {
    if (!linker || !config.referenceKinds.includes(c.kind)) continue;
    const link = linker.best(c.variants[0].normalized, c.kind);
    if (link && link.score >= config.categoryThreshold) nearest.set(c, linker.toMatch(link).id);
  }
  const kept = extras.keepLinker === false ? undefined : linker;
  linker = undefined;
  const categories = assignCategories(competencies, config, extras.reference, run, (c) => nearest.get(c));
  const taxonomy: Taxonomy = { categories, competencies };

  const vocabulary = referenceVocabulary(extras.reference, config);
  return {
    taxonomy,
    linker: kept,
    ...(vocabulary ? { occupationOf: lazyOccupations(vocabulary, config, competencies) } : {}),
    idOf: idLookup(keyOf, idByVariant, idByKey),
  };
}

/** A wording's term key (see keyOfTerms). */
function termKeyOf(lex: Lexicon, run: RunLexicon): (kind: MentionKind, normalized: string) => string {
  return (_kind, normalized) => keyOfTerms(analyzeInRun(normalized, lex, run), normalized.replace(/\s+/g, ' ').trim());
}

/**
 * A wording's competency id: its variant's, else its term key's, else the id of its key. Made outside
 * buildTaxonomy: a closure made there would keep everything the build's closures read (the linker
 * among them) for as long as the ids are asked for.
 */
function idLookup(
  keyOf: (kind: MentionKind, normalized: string) => string,
  idByVariant: Record<MentionKind, Map<string, string>>,
  idByKey: Record<MentionKind, Map<string, string>>,
): BuiltTaxonomy['idOf'] {
  // Each mention's id is asked for at export, ~15 mentions per distinct wording: each wording once.
  const idsOfText = mapsPerKind<string>();
  return (kind, normalized) => {
    const known = idsOfText[kind];
    let id = known.get(normalized);
    if (id === undefined) {
      const n = normalized.replace(/\s+/g, ' ').trim();
      id = idByVariant[kind].get(n);
      if (id === undefined) {
        const key = keyOf(kind, n);
        id = idByKey[kind].get(key) ?? contentId(kind, key);
      }
      if (known.size < 200_000) known.set(normalized, id);
    }
    return id;
  };
}

/**
 * `comptax canonicalize`: one row per input phrase, in input order. Phrases are grouped together
 * exactly as a run groups variants (the reference's concepts included); each phrase gets its own
 * closest concept. `reference`: null for none.
 */
export function canonicalizePhrases(
  phrases: string[],
  kind: MentionKind,
  config: TaxonomyConfig,
  reference?: ReferenceIndex | null,
): { phrase: string; id: string; label: string; referenceId: string; referenceLabel: string; referenceScore: number }[] {
  const normalized = phrases.map((p) => normalizePhrase(p, kind));
  // The raw phrases serve as examples, so that labels keep their capitals ("SAP", "HubSpot").
  const stats: VariantStat[] = normalized
    .map((n, i) => ({ kind, normalized: n, count: 1, examples: [{ docId: String(i), text: phrases[i] }] }))
    .filter((v) => v.normalized);
  const ref = reference === undefined ? bundledReference(config).reference : (reference ?? undefined);
  const built = buildTaxonomy(stats, config, { reference: ref });
  const labelOf = new Map(built.taxonomy.competencies.map((c) => [c.id, c.label]));
  const linker = config.referenceKinds.includes(kind) ? built.linker : undefined;
  return phrases.map((phrase, i) => {
    const n = normalized[i];
    if (!n) return { phrase, id: '', label: '', referenceId: '', referenceLabel: '', referenceScore: 0 };
    const id = built.idOf(kind, n);
    const match = linker?.match([n, phrase], kind);
    return { phrase, id, label: labelOf.get(id) ?? '', referenceId: match?.id ?? '', referenceLabel: match?.label ?? '', referenceScore: match?.score ?? 0 };
  });
}
