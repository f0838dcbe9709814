import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { RUN_V8_FLAGS } from '../../src/cli/relaunch.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
/**
 * Node's arguments before MAIN: the source through tsx, with the V8 flags a run relaunches itself with
 * (a run started so is the process that does the work: test/cli/relaunch.test.ts tests the relaunch).
 */
export const NODE_ARGS = [...RUN_V8_FLAGS, '--import', 'tsx'];

/** Runs the CLI from source, as a user would run the built one; no TTY. */
export function comptax(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [...NODE_ARGS, MAIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    timeout: 240_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
