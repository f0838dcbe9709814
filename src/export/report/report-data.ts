import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComptaxError } from '../../errors.js';
import { MENTION_KINDS, type Example, type MentionKind } from '../../types.js';
import type { ReadBackRow, ReadBackRows } from '../csv.js';
import type { RoleRow } from '../mention-files.js';
import { forEachRow } from './read-csv.js';

// The page stays small and fast with 10,000 real postings (tens of thousands of competencies, most
// mentioned once): the table lists the most mentioned competencies, detail (variants, examples) is
// kept for fewer, and every table is column-oriented with numbers for repeated strings.
export const REPORT_LIMITS = { listed: 20000, detailed: 3000 };
const VARIANTS_SHOWN = 8;
const EXAMPLES_SHOWN = 3;
const MAX_LABEL = 160;

/** The files a run writes that the report reads; manifest.json comes last, so it may be passed instead. */
const REQUIRED = ['documents.csv', 'taxonomy.csv', 'taxonomy.json', 'roles.csv', 'errors.csv'];

/** What report.html embeds as JSON: column-oriented arrays, strings referenced by index where they repeat. */
export interface ReportData {
  meta: { version: string; pipelineHash: string; reference: string | null; competencies: number };
  kinds: readonly MentionKind[];
  docs: {
    id: string[]; path: string[]; title: string[]; company: string[]; format: string[]; status: string[]; language: string[];
    /** Index of the document this one duplicates, -1 for none. */
    dupOf: number[];
    /** Mentions per kind, in `kinds` order, flattened: 4 numbers per document. */
    counts: number[];
    fixes: number[];
  };
  errors: { path: string[]; stage: string[]; code: string[]; message: string[] };
  /** Cleaning fixes by rule over the run; null when the manifest does not have them. */
  fixesByRule: Record<string, number> | null;
  categories: { id: string; label: string }[];
  /** Competencies of each category by kind (all of them, listed or not): [category][kind]. */
  categoryKinds: number[][];
  /** The listed competencies, the most mentioned first. */
  comps: { id: string[]; kind: number[]; label: string[]; category: number[]; mentions: number[]; docs: number[]; ref: number[]; refScore: (number | null)[] };
  /** Reference concepts, each once: its id as an interned prefix (up to the last '/') and the rest. */
  refs: { prefix: string[]; pre: number[]; rest: string[]; label: string[] };
  /** Per detailed competency: [variants as [text, count][], variants left out, examples]. */
  detail: Record<number, [[string, number][], number, ShownExample[]]>;
  /**
   * One role profile per (document, role): its listed competencies as flat [competency, mentions]
   * pairs, and its mentions of unlisted ones as flat [category, mentions] pairs.
   */
  profiles: { doc: number[]; role: number[]; pairs: number[][]; rest: number[][] };
  roles: { name: string[]; occupation: string[] };
}

/** [document index, the example's line (before + text + after), highlight start, highlight end]. */
type ShownExample = [number, string, number, number];

interface ManifestLike {
  tool?: { name?: string; version?: string };
  pipeline?: { hash?: string };
  reference?: string | null;
  counts?: { fixesByRule?: Record<string, number> };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function readManifest(outDir: string): ManifestLike {
  const file = join(outDir, 'manifest.json');
  let manifest: ManifestLike;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ComptaxError('usage', `not a comptax output folder: ${outDir} (no readable manifest.json)`);
  }
  if (manifest?.tool?.name !== 'comptax') throw new ComptaxError('usage', `not a comptax output folder: ${outDir} (manifest.json was not written by comptax)`);
  return manifest;
}

/** Competency objects anywhere in taxonomy.json (whatever the category nesting): those with variants. */
function* competenciesIn(node: unknown): Generator<{ id: string; variants: { normalized: string; count: number }[]; examples: Example[] }> {
  if (Array.isArray(node)) for (const x of node) yield* competenciesIn(x);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.id === 'string' && Array.isArray(o.variants)) yield o as never;
    else for (const v of Object.values(o)) if (v && typeof v === 'object') yield* competenciesIn(v);
  }
}

/** Interns repeated strings as small numbers. */
function interner(names: string[]) {
  const index = new Map<string, number>(names.map((n, i) => [n, i]));
  return (name: string) => {
    let i = index.get(name);
    if (i === undefined) index.set(name, (i = names.push(name) - 1));
    return i;
  };
}

/** What a run hands its report of the files it has just written, each as reading the file back gives it. */
export interface WrittenOutputs {
  /** roles.csv's rows. */
  roleRows?: readonly RoleRow[];
  /** documents.csv's and taxonomy.csv's rows (parsing the files cost ~0.5 s on 5,000 postings). */
  csvRows?: Partial<Record<'documents' | 'taxonomy', ReadBackRows>>;
  /** taxonomy.json's content (parsing the file made its 8 MB text and a second taxonomy, at the run's peak of memory). */
  taxonomyJson?: unknown;
}

/**
 * Reads a run's output folder back into the data of its report. During a run, `manifest` stands in for
 * manifest.json, and `written` for files the run has just written.
 */
export async function readReportData(outDir: string, manifest?: ManifestLike, limits = REPORT_LIMITS, written: WrittenOutputs = {}): Promise<ReportData> {
  const { roleRows, csvRows } = written;
  manifest ??= readManifest(outDir);
  const missing = REQUIRED.filter((f) => !existsSync(join(outDir, f)));
  if (missing.length) throw new ComptaxError('usage', `not a comptax output folder: ${outDir} (missing ${missing.join(', ')})`);

  const docs: ReportData['docs'] = { id: [], path: [], title: [], company: [], format: [], status: [], language: [], dupOf: [], counts: [], fixes: [] };
  const docIndex = new Map<string, number>();
  const dupIds: string[] = [];
  const eachRow = async (name: 'documents' | 'taxonomy', onRow: (row: ReadBackRow) => void) => {
    const kept = csvRows?.[name];
    if (kept?.exact) kept.rows.forEach((r) => onRow(r));
    else await forEachRow(join(outDir, `${name}.csv`), onRow);
  };
  await eachRow('documents', (r) => {
    docIndex.set(r.doc_id, docs.id.length);
    docs.id.push(r.doc_id);
    docs.path.push(r.path);
    docs.title.push(clip(r.title ?? '', MAX_LABEL));
    docs.company.push(clip(r.company ?? '', MAX_LABEL));
    docs.format.push(r.format ?? '');
    docs.status.push(r.status ?? '');
    docs.language.push(r.language ?? '');
    dupIds.push(r.duplicate_of ?? '');
    docs.counts.push(Number(r.n_duties) || 0, Number(r.n_skills) || 0, Number(r.n_knowledge) || 0, Number(r.n_qualifications) || 0);
    docs.fixes.push(Number(r.n_fixes) || 0);
  });
  docs.dupOf = dupIds.map((id) => (id ? (docIndex.get(id) ?? -1) : -1));

  const errors: ReportData['errors'] = { path: [], stage: [], code: [], message: [] };
  await forEachRow(join(outDir, 'errors.csv'), (r) => {
    errors.path.push(r.path);
    errors.stage.push(r.stage);
    errors.code.push(r.code);
    errors.message.push(clip(r.message ?? '', 500));
  });

  const categories: ReportData['categories'] = [];
  const categoryOf = interner([]);
  const all: { id: string; kind: number; label: string; category: number; mentions: number; docs: number; refId: string; refLabel: string; refScore: number | null }[] = [];
  await eachRow('taxonomy', (r) => {
    const category = categoryOf(r.category);
    if (category === categories.length) categories.push({ id: r.category, label: r.category_label || r.category });
    all.push({
      id: r.competency_id,
      kind: MENTION_KINDS.indexOf(r.kind as MentionKind),
      label: clip(r.label, MAX_LABEL),
      category,
      mentions: Number(r.mention_count) || 0,
      docs: Number(r.document_count) || 0,
      refId: r.reference_id ?? '',
      refLabel: r.reference_label ?? '',
      refScore: r.reference_score ? Number(r.reference_score) : null,
    });
  });
  const categoryKinds = categories.map(() => MENTION_KINDS.map(() => 0));
  for (const c of all) if (c.kind >= 0) categoryKinds[c.category][c.kind]++;
  const categoryById = new Map(all.map((c) => [c.id, c.category]));

  // Listed: the most mentioned first (a stable sort keeps taxonomy.csv's order among equals).
  const listed = [...all].sort((a, b) => b.mentions - a.mentions).slice(0, limits.listed);
  const compIndex = new Map(listed.map((c, i) => [c.id, i]));
  const refs: ReportData['refs'] = { prefix: [], pre: [], rest: [], label: [] };
  const prefixOf = interner(refs.prefix);
  const refIndex = new Map<string, number>();
  const refOf = (id: string, label: string) => {
    if (!id) return -1;
    let i = refIndex.get(id);
    if (i === undefined) {
      const cut = id.lastIndexOf('/') + 1;
      refIndex.set(id, (i = refs.rest.length));
      refs.pre.push(prefixOf(id.slice(0, cut)));
      refs.rest.push(id.slice(cut));
      refs.label.push(clip(label, MAX_LABEL));
    }
    return i;
  };
  const comps: ReportData['comps'] = {
    id: listed.map((c) => c.id),
    kind: listed.map((c) => c.kind),
    label: listed.map((c) => c.label),
    category: listed.map((c) => c.category),
    mentions: listed.map((c) => c.mentions),
    docs: listed.map((c) => c.docs),
    ref: listed.map((c) => refOf(c.refId, c.refLabel)),
    refScore: listed.map((c) => c.refScore),
  };

  const detail: ReportData['detail'] = {};
  const taxonomy = written.taxonomyJson ?? JSON.parse(readFileSync(join(outDir, 'taxonomy.json'), 'utf8'));
  for (const c of competenciesIn(taxonomy)) {
    const ci = compIndex.get(c.id);
    if (ci === undefined || ci >= limits.detailed) continue;
    const variants = c.variants.slice(0, VARIANTS_SHOWN).map((v) => [clip(v.normalized, MAX_LABEL), v.count] as [string, number]);
    const examples: ShownExample[] = [];
    for (const e of (c.examples ?? []).slice(0, EXAMPLES_SHOWN)) {
      const d = docIndex.get(e.docId);
      const before = e.before ?? '';
      if (d !== undefined) examples.push([d, `${before}${e.text}${e.after ?? ''}`, before.length, before.length + e.text.length]);
    }
    detail[ci] = [variants, c.variants.length - variants.length, examples];
  }

  const roles: ReportData['roles'] = { name: [], occupation: [] };
  const roleOf = interner(roles.name);
  const profiles: ReportData['profiles'] = { doc: [], role: [], pairs: [], rest: [] };
  let profileKey = '';
  const addRole = (r: RoleRow) => {
    const d = docIndex.get(r.doc_id);
    const category = categoryById.get(r.competency_id);
    if (d === undefined || category === undefined) return;
    const role = roleOf(r.role || docs.title[d] || docs.path[d]);
    if (role === roles.occupation.length) roles.occupation.push(r.occupation_label);
    const key = `${r.doc_id}\u0000${r.role}`;
    if (key !== profileKey) {
      profileKey = key;
      profiles.doc.push(d);
      profiles.role.push(role);
      profiles.pairs.push([]);
      profiles.rest.push([]);
    }
    const last = profiles.pairs.length - 1;
    const ci = compIndex.get(r.competency_id);
    if (ci !== undefined) profiles.pairs[last].push(ci, r.mentions || 1);
    else profiles.rest[last].push(category, r.mentions || 1);
  };
  if (roleRows) roleRows.forEach(addRole);
  else {
    await forEachRow(join(outDir, 'roles.csv'), (r) =>
      addRole({ doc_id: r.doc_id, role: r.role, competency_id: r.competency_id, mentions: Number(r.mentions), occupation_label: r.occupation_label ?? '' }),
    );
  }

  return {
    meta: { version: manifest.tool?.version ?? '', pipelineHash: manifest.pipeline?.hash ?? '', reference: manifest.reference ?? null, competencies: all.length },
    kinds: MENTION_KINDS,
    docs,
    errors,
    fixesByRule: manifest.counts?.fixesByRule ?? null,
    categories,
    categoryKinds,
    comps,
    refs,
    detail,
    profiles,
    roles,
  };
}
