import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComptaxError } from '../../errors.js';
import { MENTION_KINDS, type MentionKind } from '../../types.js';
import { forEachRow } from './read-csv.js';

// The page stays small and fast at 10,000 postings: detail (variants, examples) only for the most
// mentioned competencies, a few of each, and every table column-oriented with numbers for repeats.
const DETAILED_COMPETENCIES = 5000;
const VARIANTS_SHOWN = 12;
const EXAMPLES_SHOWN = 3;
const MAX_LABEL = 200;
const CONTEXT_CHARS = 160;

/** The files a run writes that the report reads; manifest.json comes last, so it may be passed instead. */
const REQUIRED = ['documents.csv', 'mentions.csv', 'taxonomy.csv', 'taxonomy.json', 'roles.csv', 'errors.csv'];

/** What report.html embeds as JSON: column-oriented arrays, strings referenced by index where they repeat. */
export interface ReportData {
  meta: { version: string; pipelineHash: string; inputs: number; reference: string | null };
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
  comps: {
    id: string[]; kind: number[]; label: string[]; category: number[]; mentions: number[]; docs: number[];
    refId: string[]; refLabel: string[]; refScore: (number | null)[];
  };
  /** Per detailed competency index: [variants as [text, count][], variants left out, examples]. */
  detail: Record<number, [[string, number][], number, Example[]]>;
  /** One role profile per (document, role): its competencies as flat [competency index, mentions] pairs. */
  profiles: { doc: number[]; role: number[]; pairs: number[][] };
  roles: { name: string[]; occupation: string[]; occupationUri: string[] };
  mentionsByKind: number[];
  mentionsBySection: Record<string, number>;
}

/**
 * [document index, section, context, highlight start, highlight end]: the context is the longest
 * mention of the same document that contains the example (its item, for a skill inside a duty), or
 * the example itself.
 */
type Example = [number, string, string, number, number];

interface ManifestLike {
  tool?: { name?: string; version?: string };
  pipeline?: { hash?: string };
  inputs?: { count?: number };
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
function* competenciesIn(node: unknown): Generator<{ id: string; variants: { normalized: string; count: number }[]; examples: { docId: string; text: string }[] }> {
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

/** Reads a run's output folder back into the data of its report. `manifest` stands in for manifest.json during a run. */
export async function readReportData(outDir: string, manifest?: ManifestLike): Promise<ReportData> {
  manifest ??= readManifest(outDir);
  const missing = REQUIRED.filter((f) => !existsSync(join(outDir, f)));
  if (missing.length) throw new ComptaxError('usage', `not a comptax output folder: ${outDir} (missing ${missing.join(', ')})`);

  const docs: ReportData['docs'] = { id: [], path: [], title: [], company: [], format: [], status: [], language: [], dupOf: [], counts: [], fixes: [] };
  const docIndex = new Map<string, number>();
  const dupIds: string[] = [];
  await forEachRow(join(outDir, 'documents.csv'), (r) => {
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
  const comps: ReportData['comps'] = { id: [], kind: [], label: [], category: [], mentions: [], docs: [], refId: [], refLabel: [], refScore: [] };
  const compIndex = new Map<string, number>();
  await forEachRow(join(outDir, 'taxonomy.csv'), (r) => {
    const cat = categoryOf(r.category);
    if (cat === categories.length) categories.push({ id: r.category, label: r.category_label || r.category });
    compIndex.set(r.competency_id, comps.id.length);
    comps.id.push(r.competency_id);
    comps.kind.push(MENTION_KINDS.indexOf(r.kind as MentionKind));
    comps.label.push(clip(r.label, MAX_LABEL));
    comps.category.push(cat);
    comps.mentions.push(Number(r.mention_count) || 0);
    comps.docs.push(Number(r.document_count) || 0);
    comps.refId.push(r.reference_id ?? '');
    comps.refLabel.push(r.reference_label ?? '');
    comps.refScore.push(r.reference_score ? Number(r.reference_score) : null);
  });

  // Detail for the most mentioned competencies; their examples are found in mentions.csv below.
  const detailed = new Set(
    comps.id.map((_, i) => i).sort((a, b) => comps.mentions[b] - comps.mentions[a] || a - b).slice(0, DETAILED_COMPETENCIES),
  );
  const detail: ReportData['detail'] = {};
  const wanted = new Map<string, { ci: number; text: string }[]>();
  const taxonomy = JSON.parse(readFileSync(join(outDir, 'taxonomy.json'), 'utf8'));
  for (const c of competenciesIn(taxonomy)) {
    const ci = compIndex.get(c.id);
    if (ci === undefined || !detailed.has(ci)) continue;
    const variants = c.variants.slice(0, VARIANTS_SHOWN).map((v) => [clip(v.normalized, MAX_LABEL), v.count] as [string, number]);
    detail[ci] = [variants, c.variants.length - variants.length, []];
    for (const e of (c.examples ?? []).slice(0, EXAMPLES_SHOWN)) {
      const list = wanted.get(e.docId) ?? [];
      list.push({ ci, text: e.text });
      wanted.set(e.docId, list);
    }
  }

  const mentionsByKind = MENTION_KINDS.map(() => 0);
  const mentionsBySection: Record<string, number> = {};
  // mentions.csv holds one document's mentions together: examples are resolved a document at a time.
  let current = '';
  let spans: { start: number; end: number; text: string; section: string }[] = [];
  const resolve = () => {
    const list = wanted.get(current);
    const d = docIndex.get(current);
    if (!list || d === undefined) return;
    wanted.delete(current);
    for (const { ci, text } of list) {
      const m = spans.find((s) => s.text === text);
      if (!m) continue;
      const around = spans.reduce((best, s) => (s.start <= m.start && s.end >= m.end && s.end - s.start > best.end - best.start ? s : best), m);
      let context = around.text;
      let at = m.start - around.start;
      // A long item is cut around the example, so that it stays readable and the page small.
      if (context.length > CONTEXT_CHARS * 2 + text.length) {
        const from = Math.max(0, at - CONTEXT_CHARS);
        const to = Math.min(context.length, at + text.length + CONTEXT_CHARS);
        context = `${from > 0 ? '…' : ''}${context.slice(from, to)}${to < around.text.length ? '…' : ''}`;
        at = at - from + (from > 0 ? 1 : 0);
      }
      detail[ci][2].push([d, m.section, context, at, at + text.length]);
    }
  };
  await forEachRow(join(outDir, 'mentions.csv'), (r) => {
    const k = MENTION_KINDS.indexOf(r.kind as MentionKind);
    if (k >= 0) mentionsByKind[k]++;
    mentionsBySection[r.section] = (mentionsBySection[r.section] ?? 0) + 1;
    if (r.doc_id !== current) {
      resolve();
      current = r.doc_id;
      spans = [];
    }
    if (wanted.has(current)) spans.push({ start: Number(r.start), end: Number(r.end), text: r.text, section: r.section });
  });
  resolve();

  const roles: ReportData['roles'] = { name: [], occupation: [], occupationUri: [] };
  const roleOf = interner(roles.name);
  const profiles: ReportData['profiles'] = { doc: [], role: [], pairs: [] };
  let profileKey = '';
  await forEachRow(join(outDir, 'roles.csv'), (r) => {
    const ci = compIndex.get(r.competency_id);
    const d = docIndex.get(r.doc_id);
    if (ci === undefined || d === undefined) return;
    const role = roleOf(r.role || docs.title[d] || docs.path[d]);
    if (role === roles.occupation.length) {
      roles.occupation.push(r.occupation_label ?? '');
      roles.occupationUri.push(r.occupation_uri ?? '');
    }
    const key = `${r.doc_id}\u0000${r.role}`;
    if (key !== profileKey) {
      profileKey = key;
      profiles.doc.push(d);
      profiles.role.push(role);
      profiles.pairs.push([]);
    }
    profiles.pairs[profiles.pairs.length - 1].push(ci, Number(r.mentions) || 1);
  });

  return {
    meta: {
      version: manifest.tool?.version ?? '',
      pipelineHash: manifest.pipeline?.hash ?? '',
      inputs: manifest.inputs?.count ?? docs.id.length,
      reference: manifest.reference ?? null,
    },
    kinds: MENTION_KINDS,
    docs,
    errors,
    fixesByRule: manifest.counts?.fixesByRule ?? null,
    categories,
    comps,
    detail,
    profiles,
    roles,
    mentionsByKind,
    mentionsBySection,
  };
}
