#!/usr/bin/env node
// natural loads dotenv, which prints to stdout and reads .env: quiet it before any module that may
// load it is evaluated (static imports would be evaluated before this line, hence the dynamic one).
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { followParent, relaunched } = await import('./relaunch.js');
if (!relaunched(process.argv, process.execArgv)) {
  followParent();
  await import('./program.js');
}
