import { ComptaxError } from '../errors.js';

// Apart from ingest's index, which loads every format's parser: the main thread reads postings too
// (to hash them for the cache) and fails them with these same errors, without loading any parser.

export function tooLarge(size: number, max: number): ComptaxError {
  return new ComptaxError('too-large', `file too large: ${size} bytes (limit ${max})`);
}

export function unreadable(e: unknown): ComptaxError {
  return new ComptaxError('unreadable', `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
