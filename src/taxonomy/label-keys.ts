import type { DerivedTables, LabelIndex, LabelKind } from './label-index.js';
import { STOPWORDS } from './text.js';
import type { ReferenceIndex } from './types.js';

/**
 * Tables derived once per label index, the same for every run: labels by exact written key, and
 * knowledge labels by the field they name without a filler word.
 */

/** A word is a field's filler when the reference names this many of its labels without it, and this share of those as the same concept. */
const FIELD_EVIDENCE = 10;
const FIELD_AGREEMENT = 0.6;
/**
 * A name that ends more than this share of the labels it is in is a kind of thing that its
 * modifiers narrow ("products", "systems", "tools"): named bare, it is no one field.
 */
const KIND_HEAD_SHARE = 0.5;
/** A field is named in a word or two ("cloud", "supply chain"); a longer phrase says more than its field. */
const FIELD_WORDS = 2;
/**
 * A one-word alternative label whose word is in the labels of this many concepts names none of them
 * surely: ESCO gives "engineering" to packaging engineering and "equipment" to compiling airport
 * manuals, while the word is in 87 and 640 concepts' labels.
 */
const VAGUE_CONCEPTS = 20;

export const byId = (reference: ReferenceIndex) => (a: number, b: number) => {
  const x = reference.concepts[a].id;
  const y = reference.concepts[b].id;
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Labels by exact written key: a key of one label (nearly all of them) holds the label's number, a
 * key of several their list (a list per key took ~5 MB of the reduce's heap with the bundled reference).
 */
export type ExactKeys = Map<string, number | number[]>;

/** The first label of an exact key (surer first) that `allowed` takes. */
export function firstLabelOfKey(exact: ExactKeys, key: string, allowed: (label: number) => boolean): number | undefined {
  const hit = exact.get(key);
  if (hit === undefined) return undefined;
  if (typeof hit === 'number') return allowed(hit) ? hit : undefined;
  return hit.find(allowed);
}

const keyed = new WeakMap<LabelIndex, { exact: ExactKeys; kinds: ArrayLike<LabelKind>; vague: Uint8Array }>();

/**
 * Labels by exact written key (the surer label first, then the concept with the smaller id), each
 * label's kind, and which labels are vague (see VAGUE_CONCEPTS; not among the exact keys): the same
 * for every run.
 */
export function keysOf(index: LabelIndex, reference: ReferenceIndex) {
  let k = keyed.get(index);
  if (!k) {
    const order = byId(reference);
    const kinds = index.kinds as ArrayLike<number> as ArrayLike<LabelKind>;
    const vague = index.derived ? storedVague(index.derived, index.key.length) : vagueLabels(index, kinds);
    const exact: ExactKeys = new Map();
    index.key.forEach((key, li) => {
      if (vague[li]) return;
      const hit = exact.get(key);
      if (hit === undefined) exact.set(key, li);
      else if (typeof hit === 'number') exact.set(key, [hit, li]);
      else hit.push(li);
    });
    for (const list of exact.values()) if (typeof list !== 'number') list.sort((a, b) => kinds[a] - kinds[b] || order(index.concept[a], index.concept[b]));
    keyed.set(index, (k = { exact, kinds, vague }));
  }
  return k;
}

function vagueLabels(index: LabelIndex, kinds: ArrayLike<LabelKind>): Uint8Array {
  const concepts = new Map<string, number>();
  const last = new Map<string, number>();
  index.key.forEach((key, li) => {
    for (const w of new Set(key.split(' '))) {
      if (last.get(w) === index.concept[li]) continue;
      last.set(w, index.concept[li]);
      concepts.set(w, (concepts.get(w) ?? 0) + 1);
    }
  });
  const vague = new Uint8Array(index.key.length);
  index.key.forEach((key, li) => {
    if (kinds[li] > 0 && !key.includes(' ') && (concepts.get(key) ?? 0) >= VAGUE_CONCEPTS) vague[li] = 1;
  });
  return vague;
}

export const contentKey = (key: string) => key.split(' ').filter((w) => !STOPWORDS.has(w)).join(' ');

const fielded = new WeakMap<LabelIndex, Map<string, number[]>>();

/**
 * A field's bare name ("supply chain") means the body of knowledge whose label is that name and one
 * filler ("supply chain principles", "principles of artificial intelligence"): knowledge labels by
 * their words without a filler. The fillers are the reference's own: words whose knowledge labels
 * its other labels name without them, mostly as the same concept ("risk management principles" is
 * also "risk management"). The same for every run.
 */
export function fieldsOf(index: LabelIndex, reference: ReferenceIndex): Map<string, number[]> {
  let fields = fielded.get(index);
  if (fields) return fields;
  fields = index.derived ? storedFields(index.derived) : new Map();
  fielded.set(index, fields);
  if (index.derived) return fields;
  const { kinds } = keysOf(index, reference);
  const order = byId(reference);
  const isKnowledge = (li: number) => reference.concepts[index.concept[li]].type === 'knowledge';
  // Each knowledge label without one of its words.
  const knowledge: { li: number; word: string; rest: string }[] = [];
  for (let li = 0; li < index.key.length; li++) {
    if (!isKnowledge(li)) continue;
    const words = contentKey(index.key[li]).split(' ');
    if (words.length < 2) continue;
    for (const word of new Set(words)) knowledge.push({ li, word, rest: words.filter((w) => w !== word).join(' ') });
  }
  if (!knowledge.length) return fields;
  const conceptsOf = new Map<string, Set<number>>(knowledge.map((k) => [k.rest, new Set<number>()]));
  index.key.forEach((key, li) => conceptsOf.get(contentKey(key))?.add(index.concept[li]));
  const evidence = new Map<string, [number, number]>();
  for (const { li, word, rest } of knowledge) {
    const named = conceptsOf.get(rest)!;
    if (!named.size) continue;
    const e = evidence.get(word) ?? [0, 0];
    e[named.has(index.concept[li]) ? 0 : 1]++;
    evidence.set(word, e);
  }
  const fillers = new Set([...evidence].filter(([, [same, other]]) => same >= FIELD_EVIDENCE && same >= FIELD_AGREEMENT * (same + other)).map(([w]) => w));
  // How many labels each candidate name is in, and how many it ends.
  const names = new Set(knowledge.filter((k) => fillers.has(k.word) && k.rest.split(' ').length <= FIELD_WORDS).map((k) => k.rest));
  const inLabels = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const key of index.key) {
    const words = contentKey(key).split(' ');
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= Math.min(words.length, i + FIELD_WORDS); j++) {
        const name = words.slice(i, j).join(' ');
        if (!names.has(name) || seen.has(name)) continue;
        seen.add(name);
        inLabels.set(name, (inLabels.get(name) ?? 0) + 1);
        if (j === words.length && i > 0) heads.set(name, (heads.get(name) ?? 0) + 1);
      }
    }
  }
  for (const { li, word, rest } of knowledge) {
    if (!fillers.has(word) || !names.has(rest) || (heads.get(rest) ?? 0) > KIND_HEAD_SHARE * (inLabels.get(rest) ?? 0)) continue;
    const list = fields.get(rest);
    if (!list) fields.set(rest, [li]);
    else if (!list.some((o) => index.concept[o] === index.concept[li])) list.push(li);
  }
  for (const list of fields.values()) if (list.length > 1) list.sort((a, b) => kinds[a] - kinds[b] || order(index.concept[a], index.concept[b]));
  return fields;
}

/** The derived tables of an analysed index, to store with it (`npm run linker-index`): the same every run. */
export function deriveTables(index: LabelIndex, reference: ReferenceIndex): DerivedTables {
  const vague: number[] = [];
  keysOf(index, reference).vague.forEach((v, li) => {
    if (v) vague.push(li);
  });
  const fields = [...fieldsOf(index, reference)].map(([name, list]) => `${name}\t${list.join(' ')}`);
  return { vague: vague.join(' '), fields: fields.join('\n') };
}

function storedVague(d: DerivedTables, labels: number): Uint8Array {
  const vague = new Uint8Array(labels);
  if (d.vague) for (const li of d.vague.split(' ')) vague[Number(li)] = 1;
  return vague;
}

function storedFields(d: DerivedTables): Map<string, number[]> {
  const fields = new Map<string, number[]>();
  if (!d.fields) return fields;
  for (const line of d.fields.split('\n')) {
    const tab = line.indexOf('\t');
    fields.set(line.slice(0, tab), line.slice(tab + 1).split(' ').map(Number));
  }
  return fields;
}
