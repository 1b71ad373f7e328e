import { ConfigurationError } from '../../apps/standalone/src/config.js';
import { PROJECTIONS_USAGE, projectionsCommand, ProjectionsUsageError } from './projections-command.js';

// `npm run projections -- list | rebuild NAME`: the operator's read-model endpoints of the running app, from a terminal.

try {
  process.exitCode = await projectionsCommand(process.argv.slice(2), process.env, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof ProjectionsUsageError) process.stderr.write(`\n${PROJECTIONS_USAGE}`);
  if (error instanceof ConfigurationError) process.stderr.write('See the configuration table in README.md.\n');
  process.exitCode = error instanceof ProjectionsUsageError ? 2 : 1;
}
