import type { SanctionsSettings } from '#sanctions';
import { integer } from './setting-kinds.js';
import { setting, type Values } from './setting.js';

/** How often the infraction cases are checked for a deadline that passed. */
export const SANCTIONS_SETTINGS = {
  // setInterval runs a longer interval at once, and then every millisecond.
  deadlineCheckMs: setting({ name: 'CASE_DEADLINE_CHECK_MS', fallback: '60000', meaning: 'ms between two checks of the infraction cases for a deadline that passed', ...integer(1000, 2_147_483_647, 'milliseconds') }),
} as const;

export function sanctionsSettings(values: Values<typeof SANCTIONS_SETTINGS>): SanctionsSettings {
  return { deadlineCheckMs: values.deadlineCheckMs };
}
