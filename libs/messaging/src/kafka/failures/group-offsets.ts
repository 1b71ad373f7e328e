import type { Admin } from 'kafkajs';
import { askedUntil } from '../asked-until.js';

/** Resolves once the group has committed past every message on the topic now: nothing is left to hand it again. */
export async function committedToEnd(admin: Admin, group: string, topic: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const ends = await askedUntil(() => admin.fetchTopicOffsets(topic), deadline);
  for (;;) {
    const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    const at = new Map(committed!.partitions.map(({ partition, offset }) => [partition, Number(offset)]));
    if (ends.every(({ partition, high, low }) => Number(high) <= Number(low) || (at.get(partition) ?? -1) >= Number(high))) return;
    if (Date.now() > deadline) throw new Error(`Group ${group} did not commit to the end of ${topic} in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
