import { join } from 'node:path';
import type { OccupationMatch } from '../taxonomy/occupations.js';
import type { Mention, MentionKind } from '../types.js';
import { MENTION_COLUMNS, ROLE_COLUMNS } from './columns.js';
import { openCsv } from './csv.js';

/** What the map step keeps of a document, on disk, until competency ids are known. */
export interface SpooledDocument {
  docId: string;
  company: string;
  /** The document's role, for mentions that name none (a comparison table's mentions do). */
  role: string;
  mentions: Mention[];
}

/** A row of roles.csv as the report reads it. */
export interface RoleRow {
  doc_id: string;
  role: string;
  competency_id: string;
  mentions: number;
  occupation_label: string;
}

/** A (kind, normalized wording) as one string: the collector's variants are kept by it, and a mention's id is looked up by it. */
export function variantKey(kind: string, normalized: string): string {
  return `${kind}\u0000${normalized}`;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What roles.csv reads of a document: its company and role, its mentions' competencies (a comparison table's with a role of their own). */
export interface RoleDocument {
  docId: string;
  company: string;
  role: string;
  mentions: { id: string; kind: MentionKind; role?: string }[];
}

/** A document's mentions counted by (role, competency), in roles.csv's order. */
function roleCounts(doc: RoleDocument): { role: string; id: string; kind: MentionKind; count: number }[] {
  const perRole = new Map<string, { role: string; id: string; kind: MentionKind; count: number }>();
  for (const m of doc.mentions) {
    const role = m.role ?? doc.role;
    const key = `${role}\u0000${m.id}`;
    const entry = perRole.get(key);
    if (entry) entry.count++;
    else perRole.set(key, { role, id: m.id, kind: m.kind, count: 1 });
  }
  return [...perRole.values()].sort((a, b) => byText(a.role, b.role) || byText(a.id, b.id));
}

/**
 * mentions.csv, streamed from the spooled documents now that every mention has its competency id.
 * Needs nothing of the reference, so that a run may write it on another thread while its own
 * writes roles.csv.
 */
export async function writeMentionsCsv(
  outDir: string,
  documents: AsyncIterable<SpooledDocument>,
  idOf: (kind: MentionKind, normalized: string) => string,
): Promise<void> {
  const mentionsCsv = openCsv(join(outDir, 'mentions.csv'), MENTION_COLUMNS);
  for await (const doc of documents) {
    for (const [i, m] of doc.mentions.entries()) {
      const id = idOf(m.kind, m.normalized);
      const q = m.qualification;
      await mentionsCsv.write({
        doc_id: doc.docId,
        mention_id: `${doc.docId}-${String(i + 1).padStart(3, '0')}`,
        kind: m.kind,
        section: m.section,
        text: m.text,
        normalized: m.normalized,
        competency_id: id,
        confidence: Math.round(m.confidence * 1000) / 1000,
        start: m.start,
        end: m.end,
        role: m.role ?? doc.role,
        level: m.level,
        degree_level: q?.degreeLevel,
        field: q?.field,
        min_years: q?.minYears,
        certification: q?.certification,
      });
    }
  }
  await mentionsCsv.end();
}

/**
 * roles.csv: each document's competencies by role, with the role's occupation. Returns how many
 * documents mention each competency. `roleRows` receives its rows as well, for the report of the
 * same run (parsing the file back cost it half a second on 5,000 postings).
 */
export async function writeRolesCsv(
  outDir: string,
  documents: Iterable<RoleDocument>,
  occupationOf?: (role: string, competencies?: { id: string; count: number }[]) => OccupationMatch | undefined,
  roleRows?: RoleRow[],
): Promise<Map<string, number>> {
  const rolesCsv = openCsv(join(outDir, 'roles.csv'), ROLE_COLUMNS);
  const documentCounts = new Map<string, number>();
  for (const doc of documents) {
    const rows = roleCounts(doc);
    for (const id of new Set(rows.map((r) => r.id))) documentCounts.set(id, (documentCounts.get(id) ?? 0) + 1);
    const occupations = new Map<string, OccupationMatch | undefined>();
    for (const r of rows) {
      if (!occupations.has(r.role)) occupations.set(r.role, occupationOf?.(r.role, rows.filter((x) => x.role === r.role).map(({ id, count }) => ({ id, count }))));
      const o = occupations.get(r.role);
      await rolesCsv.write({
        doc_id: doc.docId,
        role: r.role,
        company: doc.company,
        competency_id: r.id,
        kind: r.kind,
        mentions: r.count,
        occupation_uri: o?.uri,
        occupation_label: o?.label,
        isco_group: o?.isco,
      });
      roleRows?.push({ doc_id: doc.docId, role: r.role, competency_id: r.id, mentions: r.count, occupation_label: o?.label ?? '' });
    }
  }
  await rolesCsv.end();
  return documentCounts;
}
