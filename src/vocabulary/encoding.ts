// The file form of a vocabulary: columns of joined strings instead of 100,000 small arrays and
// objects, because JSON.parse of many small values is what makes a worker slow to start.
import type { Concept, ConceptType, Group, Occupation, ReuseLevel, Vocabulary } from './types.js';

export interface EncodedVocabulary {
  format: 'comptax-vocabulary/1';
  version: string;
  concepts: { id: string; label: string; type: string; reuse: string; groups: string; broader: string; reach?: string };
  /** Keys joined by "\n"; per key, "concept:kind" pairs joined by " "; keys sorted. */
  labels: { keys: string; entries: string };
  surface: Record<string, string>;
  groups: { id: string; code: string; label: string; parent: string };
  occupations: { id: string; label: string; alt: string; isco: string; iscoLabel: string; code?: string; description?: string };
}

const TYPES: Record<ConceptType, string> = { skill: 's', knowledge: 'k', tool: 't' };
const REUSE: Record<ReuseLevel, string> = { transversal: 't', 'cross-sector': 'c', 'sector-specific': 's', 'occupation-specific': 'o' };
const invert = <T extends string>(map: Record<T, string>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<string, T>;
const TYPE_OF = invert(TYPES);
const REUSE_OF = invert(REUSE);

const ints = (list: number[]) => list.join(',');
const parseInts = (s: string) => (s ? s.split(',').map(Number) : []);

export function encodeVocabulary(v: Vocabulary): EncodedVocabulary {
  const keys = [...v.labels.keys()].sort();
  return {
    format: 'comptax-vocabulary/1',
    version: v.version,
    concepts: {
      id: v.concepts.map((c) => c.id).join('\n'),
      label: v.concepts.map((c) => c.label).join('\n'),
      type: v.concepts.map((c) => TYPES[c.type]).join(''),
      reuse: v.concepts.map((c) => (c.reuse ? REUSE[c.reuse] : '-')).join(''),
      groups: v.concepts.map((c) => ints(c.groups)).join(';'),
      broader: v.concepts.map((c) => ints(c.broader)).join(';'),
      reach: v.concepts.map((c) => c.reach ?? '').join(','),
    },
    labels: { keys: keys.join('\n'), entries: keys.map((k) => v.labels.get(k)).join('\n') },
    surface: v.surface,
    groups: {
      id: v.groups.map((g) => g.id).join('\n'),
      code: v.groups.map((g) => g.code ?? '').join('\n'),
      label: v.groups.map((g) => g.label).join('\n'),
      parent: v.groups.map((g) => g.parent ?? '').join(','),
    },
    occupations: {
      id: v.occupations.map((o) => o.id).join('\n'),
      label: v.occupations.map((o) => o.label).join('\n'),
      alt: v.occupations.map((o) => o.alt.join('|')).join('\n'),
      isco: v.occupations.map((o) => o.isco).join('\n'),
      iscoLabel: v.occupations.map((o) => o.iscoLabel).join('\n'),
      code: v.occupations.map((o) => o.code ?? '').join('\n'),
      description: v.occupations.map((o) => o.description ?? '').join('\n'),
    },
  };
}

export function decodeVocabulary(e: EncodedVocabulary): Vocabulary {
  if (e?.format !== 'comptax-vocabulary/1') throw new Error('not a comptax vocabulary (format comptax-vocabulary/1)');
  const ids = e.concepts.id.split('\n');
  const conceptLabels = e.concepts.label.split('\n');
  const groupsOf = e.concepts.groups.split(';');
  const broaderOf = e.concepts.broader.split(';');
  const reachOf = e.concepts.reach?.split(',') ?? [];
  const concepts: Concept[] = ids.map((id, i) => {
    const concept: Concept = { id, label: conceptLabels[i], type: TYPE_OF[e.concepts.type[i]], groups: parseInts(groupsOf[i]), broader: parseInts(broaderOf[i]) };
    const reuse = REUSE_OF[e.concepts.reuse[i]];
    if (reuse) concept.reuse = reuse;
    if (reachOf[i]) concept.reach = Number(reachOf[i]);
    return concept;
  });
  const entries = e.labels.entries.split('\n');
  const labels = new Map<string, string>();
  e.labels.keys.split('\n').forEach((key, i) => labels.set(key, entries[i]));
  const gCodes = e.groups.code.split('\n');
  const gLabels = e.groups.label.split('\n');
  const gParents = e.groups.parent.split(',');
  const groups: Group[] = e.groups.id.split('\n').map((id, i) => {
    const group: Group = { id, label: gLabels[i] };
    if (gCodes[i]) group.code = gCodes[i];
    if (gParents[i] !== '') group.parent = Number(gParents[i]);
    return group;
  });
  const oLabels = e.occupations.label.split('\n');
  const oAlt = e.occupations.alt.split('\n');
  const oIsco = e.occupations.isco.split('\n');
  const oIscoLabel = e.occupations.iscoLabel.split('\n');
  const oCode = e.occupations.code?.split('\n') ?? [];
  const oDescription = e.occupations.description?.split('\n') ?? [];
  const occupations: Occupation[] = e.occupations.id.split('\n').map((id, i) => ({
    id,
    label: oLabels[i],
    alt: oAlt[i] ? oAlt[i].split('|') : [],
    isco: oIsco[i],
    iscoLabel: oIscoLabel[i],
    ...(oCode[i] ? { code: oCode[i] } : {}),
    ...(oDescription[i] ? { description: oDescription[i] } : {}),
  }));
  return { version: e.version, concepts, labels, surface: e.surface, groups, occupations };
}
