// `#auth/cli`: what the token command and the settings that feed it need, without NestJS — `#auth` loads the module,
// guard and decorators (about a second), which a command that prints one token has no use for.
export { type AuthConfig, localKeysDir, type TokenKeySource } from '../auth-config.js';
export { durationSeconds } from '../duration.js';
export { TOKEN_USAGE, tokenCommand, TokenUsageError } from './token-command.js';
