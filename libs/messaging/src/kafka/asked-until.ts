import type { KafkaJSError } from 'kafkajs';

/**
 * Asked again while the broker's answer is retriable and time remains: just after a topic is created, a broker can name
 * a partition's leader in its metadata before it leads it, and kafkajs's offset lookup gives up on the first such answer.
 */
export async function askedUntil<T>(ask: () => Promise<T>, deadline: number, pauseMs = 100): Promise<T> {
  for (;;) {
    try {
      return await ask();
    } catch (error) {
      if ((error as Partial<KafkaJSError>).retriable !== true || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
