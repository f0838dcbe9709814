import { constants } from 'node:fs';
import { access, mkdir, readdir, realpath, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ComptaxError } from '../errors.js';

/** comptax's own folder inside the output folder: the default cache and the staging folders. */
export const STATE_DIR = '.comptax';
/** Written last, removed first: its presence says the other files are one run's complete set. */
const MANIFEST = 'manifest.json';

/** Creates the output folder if needed and checks it is writable; returns its real path. */
export async function prepareOutput(out: string): Promise<string> {
  const dir = resolve(out);
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (e) {
    throw new ComptaxError('output', `output folder not writable: ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return realpath(dir);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run writes its outputs into a staging folder of its own, on the same file system, and moves
 * them into the output folder only when all are complete (see publish). Staging folders that a
 * killed run left behind are removed here.
 */
export async function createStaging(outDir: string): Promise<string> {
  const state = join(outDir, STATE_DIR);
  await mkdir(state, { recursive: true });
  for (const name of await readdir(state)) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) await rm(join(state, name), { recursive: true, force: true });
  }
  const staging = join(state, `run-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  return staging;
}

/**
 * Moves every file of the staging folder into the output folder, each by one rename, so that no
 * final name ever holds a partial file. The previous manifest goes first and the new one comes
 * last: a run killed in between leaves no manifest.json, the sign of an incomplete set.
 */
export async function publish(staging: string, outDir: string): Promise<void> {
  const names = (await readdir(staging)).filter((n) => n !== MANIFEST).sort();
  await rm(join(outDir, MANIFEST), { force: true });
  for (const name of names) await rename(join(staging, name), join(outDir, name));
  await rename(join(staging, MANIFEST), join(outDir, MANIFEST));
}

/** Removes the staging folder, and comptax's own folder too when nothing else is left in it. */
export async function removeStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  const state = resolve(staging, '..');
  if ((await readdir(state).catch(() => ['?'])).length === 0) await rm(state, { recursive: true, force: true });
}
