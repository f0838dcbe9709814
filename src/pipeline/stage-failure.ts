import type { DocumentError } from '../types.js';

/** A stage failed on this document: becomes its errors.csv row. */
export class StageFailure extends Error {
  constructor(readonly error: DocumentError) {
    super(error.message);
    this.name = 'StageFailure';
  }
}
