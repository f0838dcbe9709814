/** One distinct term set of a kind, with the mentions behind it. */
export interface ClusterItem {
  key: string;
  /** Distinct canonical terms (see features.analyze). */
  terms: string[];
  count: number;
}

/** IDF is dampened: with few phrases, raw IDF lets one rare word outweigh all the shared ones. */
const IDF_POWER = 0.5;

interface Weighted {
  terms: string[];
  weights: Map<string, number>;
  total: number;
}

function weigh(items: ClusterItem[]): Weighted[] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length;
  return items.map((it) => {
    const weights = new Map<string, number>();
    let total = 0;
    for (const t of it.terms) {
      const w = Math.pow(Math.log(1 + n / (df.get(t) ?? 1)), IDF_POWER);
      weights.set(t, w);
      total += w;
    }
    // Heaviest (rarest) first: the prefix filter below relies on this order.
    const terms = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    return { terms, weights, total };
  });
}

/** Weighted Jaccard: shared weight over the weight of either. */
export function weightedJaccard(a: Map<string, number>, b: Map<string, number>): number {
  let min = 0;
  let max = 0;
  for (const [t, wa] of a) {
    const wb = b.get(t);
    if (wb === undefined) max += wa;
    else {
      min += Math.min(wa, wb);
      max += Math.max(wa, wb);
    }
  }
  for (const [t, wb] of b) if (!a.has(t)) max += wb;
  return max === 0 ? 0 : min / max;
}

/**
 * Leader clustering. Items arrive most frequent first; each joins the most similar existing seed
 * (weighted Jaccard ≥ threshold) or becomes a seed. Comparing with seeds only, never with every
 * member, keeps chains from forming ("sales" → "sales forecasting" → "forecasting").
 * Candidates come from an inverted index of seed terms, probed only with the item's rarest terms:
 * if the rare prefix shares nothing, the rest cannot reach the threshold (prefix filtering), so
 * no pair is missed and nothing is compared all-pairs. Returns each item's seed index.
 * `fixed[i]`, when set, names a group the item must stay in (a competency of a previous run):
 * the group's first item is its seed, whatever the similarities. A group `joinable` says may
 * itself join a similar seed with its first item (a reference concept's forms still meet the
 * corpus's other wordings of it); a previous run's competencies never do.
 */
export function leaderCluster(
  items: ClusterItem[],
  threshold: number,
  maxBlock: number,
  fixed: (string | undefined)[] = [],
  joinable: (group: string) => boolean = () => false,
): number[] {
  const w = weigh(items);
  const seedOf = new Array<number>(items.length);
  const index = new Map<string, number[]>();
  const groupSeed = new Map<string, number>();
  const stamp = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const x = w[i];
    let best = -1;
    let bestSim = threshold;
    const group = fixed[i];
    const seed = group === undefined ? undefined : groupSeed.get(group);
    if (seed !== undefined) best = seed;
    else if ((group === undefined || joinable(group)) && x.total > 0) {
      let rest = x.total;
      for (const t of x.terms) {
        if (rest < threshold * x.total) break;
        rest -= x.weights.get(t)!;
        const seeds = index.get(t);
        if (!seeds) continue;
        const n = Math.min(seeds.length, maxBlock);
        for (let k = 0; k < n; k++) {
          const s = seeds[k];
          if (stamp[s] === i) continue;
          stamp[s] = i;
          const y = w[s];
          if (y.total < threshold * x.total || x.total < threshold * y.total) continue;
          const sim = weightedJaccard(x.weights, y.weights);
          if (sim > bestSim || (sim === bestSim && best === -1) || (sim === bestSim && s < best)) {
            best = s;
            bestSim = sim;
          }
        }
      }
    }
    if (group !== undefined && seed === undefined) groupSeed.set(group, best >= 0 ? best : i);
    if (best >= 0) {
      seedOf[i] = best;
    } else {
      seedOf[i] = i;
      for (const t of x.terms) {
        let list = index.get(t);
        if (!list) index.set(t, (list = []));
        list.push(i);
      }
    }
  }
  return seedOf;
}
