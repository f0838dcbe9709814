import { createHash } from 'node:crypto';

/** A document's id in every output: a hash of its path as given, so it is the same in every run. */
export function docIdOf(relPath: string): string {
  return `d${createHash('sha256').update(relPath).digest('hex').slice(0, 10)}`;
}
