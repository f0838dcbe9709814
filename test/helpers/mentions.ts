import { analyzeFile } from '../../src/pipeline/analyze.js';
import type { Pipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';

/** The (kind, normalized) mentions of one file, analysed as `comptax run` would. */
export async function mentionSet(path: string, pipeline: Pipeline): Promise<Set<string>> {
  const a = await analyzeFile(await sourceFileOf(path), pipeline);
  return new Set(a.mentions.map((m) => `${m.kind}|${m.normalized}`));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 1;
  return [...a].filter((x) => b.has(x)).length / union.size;
}
