import { randomUUID } from 'node:crypto';
import type { EventToAppend, RecordedEvent } from '#shared-kernel';

export function anEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}): EventToAppend {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'contract-suite', role: 'system' },
      occurredAt: '2026-05-01T10:00:00.000Z',
    },
  };
}

export function events(count: number, type?: string): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => anEvent(type, { i }));
}

export function uniqueStream(prefix = 'contract'): string {
  return `${prefix}-${randomUUID()}`;
}

export const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

/** Waits until `received` holds `count` events, failing after a deadline instead of hanging. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * What a read of the global log answers once it holds `count` events. The log shows an event once no transaction
 * older than it is open, and on a server that means any session's, other suites' included.
 */
export async function readOnceFinal(read: () => Promise<readonly RecordedEvent[]>, count: number, timeoutMs = 10_000): Promise<readonly RecordedEvent[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await read();
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export type Received = RecordedEvent[];
