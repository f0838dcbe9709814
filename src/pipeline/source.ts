import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ComptaxError } from '../errors.js';
import type { SourceFile } from '../types.js';

/** A single file named on the command line (clean, extract). */
export async function sourceFileOf(path: string): Promise<SourceFile> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ComptaxError('input', code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${code}`);
  }
  if (!info.isFile()) throw new ComptaxError('input', `not a file: ${path}`);
  return { path: resolve(path), relPath: path };
}
