import { list, text } from './setting-kinds.js';
import { setting, type Values } from './setting.js';

/** Test-only: where a test kills the app to show its workflows converge after a restart (libs/messaging). */
export const FAULT_SETTINGS = {
  nodeEnv: setting({ name: 'NODE_ENV', meaning: '`test` arms `FAULT_KILL_AT`; the app reads it for nothing else', ...text }),
  faultKillAt: setting({
    name: 'FAULT_KILL_AT',
    meaning: 'tests only, under `NODE_ENV=test`: workflow steps where the app kills itself (SIGKILL), comma-separated',
    ...list,
  }),
} as const;

/** Armed only under NODE_ENV=test, so a stray variable in production never kills the app. */
export function faultKillAt({ nodeEnv, faultKillAt }: Values<typeof FAULT_SETTINGS>): readonly string[] {
  return nodeEnv === 'test' ? (faultKillAt ?? []) : [];
}
