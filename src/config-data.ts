/**
 * How a stage reads a data file its options name (glossary, lexicon, synonyms…). The pipeline
 * loader supplies it: the file is resolved against the pipeline file's folder, parsed as JSON, and
 * any failure is reported with `jsonPath` (e.g. "clean.glossaries[0]") so the user knows which key.
 */
export type ReadData = (jsonPath: string, file: string) => unknown;

/**
 * Where a data file that is not JSON (a compiled vocabulary) lives: resolved and checked like
 * ReadData's files, its bytes counted in the pipeline hash; the stage reads it itself (in a worker).
 */
export type LocateData = (jsonPath: string, file: string) => string;
