import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup: every temporary file of a test run (the tests', the CLIs' they spawn, Redis's and
 * Chromium's) goes under one directory, removed when the run ends, so that running the suite
 * leaves the machine's temporary directory as it found it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'comptax-test-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
