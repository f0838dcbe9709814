/**
 * An expected failure caused by the input or the user (bad file, bad config, bad flag). It is
 * reported as a one-line message with its code, never with a stack trace.
 */
export class ComptaxError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ComptaxError';
  }
}

export function isComptaxError(e: unknown): e is ComptaxError {
  return e instanceof ComptaxError;
}
