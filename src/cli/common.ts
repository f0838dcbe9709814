import { InvalidArgumentError } from 'commander';
import { ComptaxError, isComptaxError } from '../errors.js';
import { StageFailure } from '../pipeline/stage-failure.js';

/** Exit codes of the contract. */
export const EXIT = { ok: 0, failed: 1, usage: 2, partial: 3 } as const;

// Errors the user can fix by changing a flag, a path or the config: usage errors (exit 2).
const USAGE_CODES = new Set(['config', 'usage', 'reference', 'previous', 'input']);

/** One line on stderr, never a stack trace for a user mistake; the exit code says what kind. */
export function reportError(e: unknown): number {
  if (isComptaxError(e)) {
    process.stderr.write(`comptax: ${e.message}\n`);
    return USAGE_CODES.has(e.code) ? EXIT.usage : EXIT.failed;
  }
  const err = e as Error;
  process.stderr.write(`comptax: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.COMPTAX_DEBUG) process.stderr.write(`${err?.stack}\n`);
  return EXIT.failed;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1.');
  return n;
}

/** A document that cannot be processed is the user's file, not our crash: one line, exit 1. */
export function rethrowAsUserError(e: unknown): never {
  if (e instanceof StageFailure) throw new ComptaxError(e.error.code, `${e.error.path}: ${e.error.stage}: ${e.error.message}`);
  throw e;
}
