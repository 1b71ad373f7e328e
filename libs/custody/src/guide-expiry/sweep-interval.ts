/** Injection token of the expiry sweep's interval in milliseconds. */
export const GUIDE_EXPIRY_SWEEP_INTERVAL = Symbol('GuideExpirySweepInterval');

export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/** `GUIDE_EXPIRY_SWEEP_MS` (a whole number of milliseconds, at least 1000); a bad value stops the start. */
export function sweepIntervalMs(env: NodeJS.ProcessEnv): number {
  const text = env.GUIDE_EXPIRY_SWEEP_MS;
  if (text === undefined || text === '') return DEFAULT_SWEEP_INTERVAL_MS;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1000) throw new Error(`GUIDE_EXPIRY_SWEEP_MS must be a whole number of milliseconds, at least 1000, got "${text}"`);
  return value;
}
