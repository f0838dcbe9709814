import { createHash } from 'node:crypto';
import type { MentionKind } from '../types.js';
import type { PreviousTaxonomy } from './types.js';

/** "C" + 10 hex digits of sha1(kind, canonical key): the same content gives the same id in any run. */
export function contentId(kind: MentionKind, key: string): string {
  return 'C' + createHash('sha1').update(`${kind}\0${key}`).digest('hex').slice(0, 10);
}

export interface IdCandidate {
  kind: MentionKind;
  /** Canonical key of the cluster's seed. */
  seedKey: string;
  variants: { normalized: string; count: number }[];
  /** Term keys of the cluster's variants. */
  keys: Set<string>;
}

/**
 * Ids for clusters (given most mentioned first). With a previous taxonomy, a cluster takes the id
 * of the previous competency it shares the most mentions with (by exact variant or by term key), so
 * an id survives a new label or a new seed; each previous id goes to one cluster only. The rest
 * get content ids, salted on the rare collision.
 */
export function assignIds(clusters: IdCandidate[], previous: PreviousTaxonomy | undefined, keyOf: (kind: MentionKind, normalized: string) => string): string[] {
  const ids = new Array<string>(clusters.length);
  const used = new Set<string>();
  if (previous) {
    const byForm = new Map<string, string[]>();
    const add = (k: string, id: string) => {
      const list = byForm.get(k);
      if (!list) byForm.set(k, [id]);
      else if (!list.includes(id)) list.push(id);
    };
    for (const p of previous.competencies) {
      for (const v of p.variants) {
        add(`${p.kind}\0v\0${v.normalized}`, p.id);
        add(`${p.kind}\0k\0${keyOf(p.kind, v.normalized)}`, p.id);
      }
    }
    clusters.forEach((c, i) => {
      const score = new Map<string, number>();
      const bump = (k: string, w: number) => {
        for (const id of byForm.get(k) ?? []) score.set(id, (score.get(id) ?? 0) + w);
      };
      for (const v of c.variants) bump(`${c.kind}\0v\0${v.normalized}`, v.count);
      for (const k of c.keys) bump(`${c.kind}\0k\0${k}`, 0.5);
      let best: string | undefined;
      let bestScore = 0;
      for (const [id, s] of score) {
        if (used.has(id)) continue;
        if (s > bestScore || (s === bestScore && best !== undefined && id < best)) {
          best = id;
          bestScore = s;
        }
      }
      if (best) {
        ids[i] = best;
        used.add(best);
      }
    });
    for (const p of previous.competencies) used.add(p.id);
  }
  clusters.forEach((c, i) => {
    if (ids[i]) return;
    let id = contentId(c.kind, c.seedKey);
    for (let salt = 1; used.has(id); salt++) id = contentId(c.kind, `${c.seedKey}#${salt}`);
    ids[i] = id;
    used.add(id);
  });
  return ids;
}
