/** The longest pause between two attempts after a version conflict. */
const MAX_PAUSE_MS = 100;

/**
 * A random pause before attempt `attempt + 1` (full jitter, doubling up to MAX_PAUSE_MS): writers that lost the
 * same race spread out instead of colliding again in step.
 */
export function conflictBackoff(attempt: number): Promise<void> {
  const ceiling = Math.min(MAX_PAUSE_MS, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
