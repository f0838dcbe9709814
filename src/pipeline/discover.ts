import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import type { DocumentError, SourceFile } from '../types.js';

export type Discovered = { file: SourceFile } | { error: DocumentError };

export interface DiscoverOptions {
  /** Real paths of folders never to enter (the output folder) and of files never to take (the cache). */
  skip?: string[];
  /** File-name patterns to pass over; `*` matches any run of characters. */
  exclude?: string[];
}

function namePattern(globs: string[]): RegExp | null {
  if (!globs.length) return null;
  const alternatives = globs.map((g) => g.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** The path shown in outputs: as the user gave the root, joined with the part below it. */
function displayPath(root: string, below: string): string {
  return toPosix(below ? join(root, below) : root);
}

function errorFor(path: string, e: unknown): DocumentError {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  const messages: Record<string, string> = {
    ELOOP: 'symlink loop',
    ENOENT: 'file not found (or a broken symlink)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
  };
  return {
    path,
    stage: 'discover',
    code: code === 'ELOOP' ? 'symlink-loop' : 'unreadable',
    message: messages[code] ?? `cannot read: ${code}`,
  };
}

/**
 * Walks files and folders recursively, in a deterministic order (roots sorted, then entries by
 * name), yielding files as they are found so that a huge archive is never listed in memory at once.
 * Hidden entries and the skipped folders are passed over; symlink loops and unreadable entries are
 * yielded as errors, and the walk goes on.
 */
export async function* discover(roots: string[], options: DiscoverOptions = {}): AsyncGenerator<Discovered> {
  const skip = new Set(options.skip ?? []);
  const excluded = namePattern(options.exclude ?? []);
  const seenFiles = new Set<string>();

  // `known` is what readdir already told of an entry inside a real folder: a plain file or folder
  // then needs no stat or realpath of its own; only roots and symlinks are resolved.
  async function* visit(root: string, below: string, ancestors: Set<string>, known?: { dirent: Dirent; real: string }): AsyncGenerator<Discovered> {
    const shown = displayPath(root, below);
    const abs = resolve(root, below);
    let isDirectory: boolean;
    let isFile: boolean;
    let real: string;
    if (known && (known.dirent.isFile() || known.dirent.isDirectory())) {
      [isDirectory, isFile, real] = [known.dirent.isDirectory(), known.dirent.isFile(), known.real];
    } else {
      try {
        const info = await stat(abs);
        [isDirectory, isFile, real] = [info.isDirectory(), info.isFile(), await realpath(abs)];
      } catch (e) {
        yield { error: errorFor(shown, e) };
        return;
      }
    }
    if (isDirectory) {
      if (skip.has(real)) return;
      if (ancestors.has(real)) {
        yield { error: { path: shown, stage: 'discover', code: 'symlink-loop', message: 'symlink loop: folder contains itself' } };
        return;
      }
      let entries: Dirent[];
      try {
        entries = (await readdir(abs, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
      } catch (e) {
        yield { error: errorFor(shown, e) };
        return;
      }
      const inside = new Set(ancestors).add(real);
      for (const dirent of entries) {
        if (dirent.name.startsWith('.')) continue;
        yield* visit(root, below ? join(below, dirent.name) : dirent.name, inside, { dirent, real: join(real, dirent.name) });
      }
      return;
    }
    if (!isFile) {
      yield { error: { path: shown, stage: 'discover', code: 'unreadable', message: 'not a regular file' } };
      return;
    }
    // A file named explicitly is always taken; the exclusions apply to what is found in folders.
    if (below && (excluded?.test(basename(abs)) || skip.has(real))) return;
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    yield { file: { path: abs, relPath: shown } };
  }

  // A root the user names explicitly is processed even when hidden; only what is found below is filtered.
  for (const root of [...roots].sort(byName)) yield* visit(root, '', new Set());
}
