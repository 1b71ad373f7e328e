const SECONDS_PER_UNIT: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A whole number of s, m, h or d (`30m`, `12h`) in seconds; undefined for anything else, zero included. */
export function durationSeconds(text: string): number | undefined {
  const match = /^([1-9]\d*)([smhd])$/.exec(text);
  const perUnit = SECONDS_PER_UNIT[match?.[2] ?? ''];
  return match?.[1] === undefined || perUnit === undefined ? undefined : Number(match[1]) * perUnit;
}
