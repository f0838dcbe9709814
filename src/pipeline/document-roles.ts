import type { RoleDocument } from '../export/mention-files.js';
import type { MentionKind } from '../types.js';

/**
 * What roles.csv needs of each document kept, gathered as the map goes: its id, company and role, and
 * its mentions as variant numbers (the collector's), in text order. roles.csv is then written from
 * this instead of reading the spool back (which cost the reduce's thread 0.4 s on 5,000 postings,
 * parsing every mention whole). Compact: 4 bytes a mention, three strings a document.
 */
export class DocumentRoles {
  private readonly docIds: string[] = [];
  private readonly companies: string[] = [];
  private readonly roles: string[] = [];
  /** Document d's mentions are variants[starts[d] … starts[d + 1]). */
  private starts = new Int32Array(1024);
  private variants = new Int32Array(16384);
  private size = 0;
  /** The few mentions with a role of their own (a comparison table's column), by their place in `variants`. */
  private readonly ownRoles = new Map<number, string>();

  /** Adds a document: its mentions' variant numbers in text order, and those of its mentions with a role of their own. */
  add(docId: string, company: string, role: string, variants: readonly number[], ownRoles: readonly [number, string][]): void {
    const d = this.docIds.length;
    this.docIds.push(docId);
    this.companies.push(company);
    this.roles.push(role);
    if (d + 2 > this.starts.length) this.starts = grown(this.starts, d + 2);
    if (this.size + variants.length > this.variants.length) this.variants = grown(this.variants, this.size + variants.length);
    this.variants.set(variants, this.size);
    for (const [i, r] of ownRoles) this.ownRoles.set(this.size + i, r);
    this.size += variants.length;
    this.starts[d + 1] = this.size;
  }

  /** The documents in the order added, each mention with its variant's competency id and kind. */
  *documents(idOf: readonly string[], kindOf: readonly MentionKind[]): Generator<RoleDocument> {
    for (let d = 0; d < this.docIds.length; d++) {
      const mentions: RoleDocument['mentions'] = [];
      for (let j = this.starts[d]; j < this.starts[d + 1]; j++) {
        const v = this.variants[j];
        const role = this.ownRoles.get(j);
        mentions.push(role === undefined ? { id: idOf[v], kind: kindOf[v] } : { id: idOf[v], kind: kindOf[v], role });
      }
      yield { docId: this.docIds[d], company: this.companies[d], role: this.roles[d], mentions };
    }
  }
}

function grown(a: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(atLeast, 2 * a.length));
  b.set(a);
  return b;
}
