// The annotated real postings in the shared data folder (see ../shared/data/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared data folder: COMPTAX_DATA, or shared/data beside the repository (or beside its worktree folder). */
export function dataDir(): string | null {
  const candidates = [process.env.COMPTAX_DATA, join(ROOT, '..', 'shared', 'data'), join(ROOT, '..', '..', 'shared', 'data')];
  return candidates.find((d): d is string => !!d && existsSync(join(d, 'annotated'))) ?? null;
}

export interface GoldPosting {
  path: string;
  /** Gold mentions; SkillSpan's spans keep their type (`skill` or `knowledge`) as the kind, and their offset (each occurrence is annotated). */
  items: { kind: string; text: string; start?: number }[];
}

/** One annotated set (`hahu-train`, `skillspan-dev`, …): its postings with their gold. */
export function readGold(dir: string): GoldPosting[] {
  return readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { file: string; items?: { kind: string; text: string }[]; spans?: { type: string; text: string; start: number }[] })
    .map((g) => ({ path: join(dir, 'postings', g.file), items: g.items ?? (g.spans ?? []).map((s) => ({ kind: s.type, text: s.text, start: s.start })) }));
}
