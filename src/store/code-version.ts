import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

// The reduce side and the user interface: their code never changes a document's result.
const NOT_PER_DOCUMENT = new Set(['cli', 'export', 'store', 'taxonomy']);

/**
 * The tool version, made exact: the package version plus a hash of the code that computes a
 * document's result (every module but the reduce side's), so that a build with changed extraction
 * code never takes results an older build cached under the same version number.
 */
export function toolVersion(): string {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const hash = createHash('sha256').update(VERSION);
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && /\.(js|ts)$/.test(d.name) && !d.name.endsWith('.d.ts'))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => !NOT_PER_DOCUMENT.has(relative(root, f).split(sep)[0]))
    .sort();
  for (const file of files) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  return `${VERSION}+${hash.digest('hex').slice(0, 12)}`;
}
