import { describe, expect, it } from 'vitest';
import { leaderCluster, weightedJaccard, type ClusterItem } from '../../src/taxonomy/cluster.js';

function item(words: string, count: number): ClusterItem {
  const terms = words.split(' ');
  return { key: [...words.split(' ')].sort().join(' '), terms, count };
}

/** The same leader clustering, comparing every item with every seed: the reference for blocking. */
function bruteForce(items: ClusterItem[], threshold: number): number[] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const weights = items.map((it) => new Map(it.terms.map((t) => [t, Math.sqrt(Math.log(1 + items.length / df.get(t)!))])));
  const seeds: number[] = [];
  return items.map((_, i) => {
    let best = -1;
    let bestSim = threshold;
    for (const s of seeds) {
      const sim = weightedJaccard(weights[i], weights[s]);
      if (sim > bestSim || (sim === bestSim && best === -1)) {
        best = s;
        bestSim = sim;
      }
    }
    if (best < 0) seeds.push(i);
    return best < 0 ? i : best;
  });
}

describe('leaderCluster', () => {
  it('groups near forms and keeps a contained broader term apart', () => {
    const items = [item('sale', 10), item('forecast sale', 6), item('forecast sale accur', 2), item('forecast', 1)];
    const seeds = leaderCluster(items, 0.55, 100);
    expect(seeds[1]).not.toBe(seeds[0]);
    expect(seeds[2]).toBe(1);
    expect(seeds[3]).toBe(3);
  });

  it('does not chain through members', () => {
    // b is close to a, c is close to b but not to a: c must not join a through b.
    const items = [item('x y z', 5), item('x y z w', 4), item('y z w v', 3)];
    const seeds = leaderCluster(items, 0.55, 100);
    expect(seeds[1]).toBe(0);
    expect(seeds[2]).toBe(2);
  });

  it('finds the same clusters as comparing with every seed', () => {
    let s = 42;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const vocab = 'a b c d e f g h i j k l m n o p'.split(' ');
    const items: ClusterItem[] = [];
    const seen = new Set<string>();
    while (items.length < 300) {
      const n = 1 + Math.floor(rand() * 4);
      const words = [...new Set(Array.from({ length: n }, () => vocab[Math.floor(rand() * rand() * vocab.length)]))];
      const it = item(words.join(' '), 1);
      if (seen.has(it.key)) continue;
      seen.add(it.key);
      items.push(it);
    }
    items.forEach((it, i) => (it.count = 1000 - i));
    expect(leaderCluster(items, 0.5, 10_000)).toEqual(bruteForce(items, 0.5));
  });
});
