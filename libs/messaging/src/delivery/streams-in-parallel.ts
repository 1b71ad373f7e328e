import type { Delivery } from '../integration-message.js';

/** A batch as one list per stream, each in the batch's order: what must stay in order. */
export function inStreams<M extends Delivery>(messages: readonly M[]): M[][] {
  const streams = new Map<string, M[]>();
  for (const message of messages) {
    const stream = streams.get(message.streamId);
    if (stream) stream.push(message);
    else streams.set(message.streamId, [message]);
  }
  return [...streams.values()];
}

/** Runs `work` on every item, at most `limit` at once; rejects with the first failure once all have settled. */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item).catch((error: unknown) => void failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}
