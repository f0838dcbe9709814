import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerCanonicalize } from './canonicalize.js';
import { registerClean } from './clean.js';
import { EXIT, reportError } from './common.js';
import { registerExtract } from './extract.js';
import { registerReport } from './report.js';
import { registerRun } from './run.js';
import { registerWorker } from './worker.js';

const program = new Command('comptax')
  .description('Turns archives of job postings into a canonical competency taxonomy.')
  .version(VERSION)
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `comptax: ${s}` : s) });

registerRun(program);
registerWorker(program);
registerClean(program);
registerExtract(program);
registerCanonicalize(program);
registerReport(program);
for (const cmd of program.commands) cmd.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // --help and --version end through here with exit code 0; anything else is a usage error.
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    // The run failed: nothing left is worth waiting for (a half-open connection, a timer).
    process.exit(reportError(e));
  }
}
