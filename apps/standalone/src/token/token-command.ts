import { tokenCommand as tokenCommandUnder } from '#auth/cli';
import { tokenConfig } from './token-config.js';

export { TOKEN_USAGE, TokenUsageError } from '#auth/cli';

/** `npm run token` with `env` read as the app reads it, so the token is signed with the key pair the app verifies with. */
export function tokenCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return tokenCommandUnder(args, tokenConfig(env));
}
