import { ConfigurationError } from '../settings/setting.js';
import { TOKEN_USAGE, tokenCommand, TokenUsageError } from './token-command.js';

// `npm run token`: prints a token signed with the app's local key pair.
try {
  process.stdout.write(`${await tokenCommand(process.argv.slice(2), process.env)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof TokenUsageError) process.stderr.write(`\n${TOKEN_USAGE}`);
  process.exitCode = error instanceof TokenUsageError ? 2 : 1;
  if (error instanceof ConfigurationError) process.stderr.write('See the configuration table in README.md.\n');
}
