import type { IHeaders, Kafka } from 'kafkajs';
import { DEAD_LETTER_TOPIC } from '../topics.js';

export interface DeadLetter {
  readonly value: string;
  /** Its headers as strings: the envelope's, then `dead-letter-*` and `original-key`. */
  readonly headers: Record<string, string>;
}

/** Reads the dead-letter topic from its beginning until `count` letters of `consumer` are found (they are keyed by it). */
export async function deadLettersOf(kafka: Kafka, consumer: string, count: number, timeoutMs: number): Promise<DeadLetter[]> {
  const reader = kafka.consumer({ groupId: `dead-letter-reader.${consumer}`, allowAutoTopicCreation: false });
  const letters: DeadLetter[] = [];
  try {
    await reader.connect();
    await reader.subscribe({ topics: [DEAD_LETTER_TOPIC], fromBeginning: true });
    let found!: () => void;
    const all = new Promise<void>((resolve) => (found = resolve));
    await reader.run({
      eachMessage: async ({ message }) => {
        if (message.key?.toString() !== consumer) return;
        letters.push({ value: message.value?.toString() ?? '', headers: strings(message.headers ?? {}) });
        if (letters.length === count) found();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    return letters;
  } finally {
    await reader.disconnect();
  }
}

function strings(headers: IHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(Array.isArray(value) ? value[0] : value)]));
}
