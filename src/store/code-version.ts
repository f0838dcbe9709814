import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

// The reduce side and the user interface: their code never changes a document's result.
const NOT_PER_DOCUMENT = new Set(['cli', 'export', 'store', 'taxonomy']);

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const memo = new Map<string, string>();

/**
 * The tool version, made exact: the package version, the versions of the installed dependencies and
 * a hash of the code that computes a document's result (every module but the reduce side's), so that
 * a build with changed extraction code never takes results an older build cached under the same
 * version number.
 */
export function toolVersion(): string {
  return codeVersion('document', (top) => !NOT_PER_DOCUMENT.has(top));
}

/** The same over every module: what the reduce (taxonomy, exports, report) of a run depends on. */
export function fullCodeVersion(): string {
  return codeVersion('full', () => true);
}

function codeVersion(name: string, include: (topFolder: string) => boolean): string {
  const known = memo.get(name);
  if (known) return known;
  const hash = createHash('sha256').update(VERSION).update(dependencyVersions());
  const files = (readdirSync(ROOT, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && /\.(js|ts)$/.test(d.name) && !d.name.endsWith('.d.ts'))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => include(relative(ROOT, f).split(sep)[0]))
    .sort();
  for (const file of files) hash.update(`\0${relative(ROOT, file)}\0`).update(readFileSync(file));
  const version = `${VERSION}+${hash.digest('hex').slice(0, 12)}`;
  memo.set(name, version);
  return version;
}

/** name@version of every dependency as installed: an update within the declared ranges changes results too. */
function dependencyVersions(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, '..', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(pkg.dependencies ?? {})
    .sort()
    .map((name) => `${name}@${installedVersion(name)}`)
    .join('\0');
}

function installedVersion(name: string): string {
  for (let dir = join(ROOT, '..'); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return '?';
  }
}
