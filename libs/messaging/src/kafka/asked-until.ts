import type { KafkaJSProtocolError } from 'kafkajs';

/** The broker's answers that mean its partition metadata is not settled yet, as kafkajs itself names them. */
const STALE_METADATA = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE', 'NOT_LEADER_FOR_PARTITION']);

/**
 * Asked again while the broker's partition metadata is not settled and time remains: just after a topic is created, a
 * broker can name a partition's leader before it leads it, and kafkajs's offset lookup gives up on the first such
 * answer. Any other failure (a broker down, say) is told at once: a probe waits on nothing else.
 */
export async function askedUntil<T>(ask: () => Promise<T>, deadline: number, pauseMs = 100): Promise<T> {
  for (;;) {
    try {
      return await ask();
    } catch (error) {
      if (!STALE_METADATA.has(String((error as Partial<KafkaJSProtocolError>).type)) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
