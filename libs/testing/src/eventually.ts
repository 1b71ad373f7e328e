/**
 * Retries `probe` until it resolves, for what other parts do asynchronously (read models, inbound
 * translators); rethrows its last error after `timeoutMs`.
 */
export async function eventually<T>(probe: () => Promise<T>, { timeoutMs = 10_000, intervalMs = 20 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
