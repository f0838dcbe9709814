import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { discover, type Discovered } from '../../src/pipeline/discover.js';

async function collect(roots: string[], skip: string[] = [], exclude: string[] = []) {
  const out: Discovered[] = [];
  for await (const d of discover(roots, { skip, exclude })) out.push(d);
  return out;
}

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'comptax-discover-'));
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, 'a'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'out'));
  writeFileSync(join(root, 'b', 'deep', 'z.txt'), 'z');
  writeFileSync(join(root, 'b', '1.md'), 'one');
  writeFileSync(join(root, 'a', 'x y é.html'), '<p>x</p>');
  writeFileSync(join(root, '.hidden.txt'), 'secret');
  writeFileSync(join(root, '.git', 'config'), 'git');
  writeFileSync(join(root, 'out', 'documents.csv'), 'old output');
  writeFileSync(join(root, 'top.txt'), 'top');
  writeFileSync(join(root, 'b', 'README.md'), 'about this folder');
  return root;
}

describe('discover', () => {
  it('walks recursively in name order, skipping hidden entries and the output folder', async () => {
    const root = tree();
    const found = await collect([root], [join(root, 'out')], ['READ*.md']);
    const paths = found.map((d) => ('file' in d ? d.file.relPath : `!${d.error.path}`));
    expect(paths).toEqual([`${root}/a/x y é.html`, `${root}/b/1.md`, `${root}/b/deep/z.txt`, `${root}/top.txt`]);
  });

  it('takes an excluded name when it is named explicitly', async () => {
    const root = tree();
    const found = await collect([join(root, 'b', 'README.md')], [], ['README.md']);
    expect(found).toHaveLength(1);
  });

  it('gives the same order whatever order the roots are named in', async () => {
    const root = tree();
    const a = await collect([join(root, 'b'), join(root, 'a')]);
    const b = await collect([join(root, 'a'), join(root, 'b')]);
    expect(a).toEqual(b);
  });

  it('reports symlink loops and broken links as errors and goes on', async () => {
    const root = tree();
    symlinkSync(root, join(root, 'b', 'loop'));
    symlinkSync(join(root, 'self'), join(root, 'self'));
    symlinkSync(join(root, 'missing.txt'), join(root, 'broken.txt'));
    const found = await collect([root], [join(root, 'out')]);
    const errors = found.flatMap((d) => ('error' in d ? [d.error] : []));
    expect(errors.map((e) => [e.path.slice(root.length), e.code])).toEqual([
      ['/b/loop', 'symlink-loop'],
      ['/broken.txt', 'unreadable'],
      ['/self', 'symlink-loop'],
    ]);
    expect(found.filter((d) => 'file' in d)).toHaveLength(5);
  });

  it('reports a FIFO and a missing root as errors', async () => {
    const root = tree();
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const found = await collect([root, join(root, 'nope')], [join(root, 'out')]);
    const errors = found.flatMap((d) => ('error' in d ? [d.error.message] : []));
    expect(errors).toEqual(['not a regular file', 'file not found (or a broken symlink)']);
  });
});
