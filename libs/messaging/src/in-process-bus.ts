import { Logger } from '@nestjs/common';
import type { IntegrationEvent, IntegrationMessage } from './integration-message.js';
import type { Consumer, MessageBus } from './message-bus.js';

/** Every context in one process: publish hands each message to its consumers in order and waits for them. */
export class InProcessBus implements MessageBus {
  private readonly consumers: Consumer[] = [];
  private readonly logger = new Logger(InProcessBus.name);

  consume<E extends IntegrationEvent>(consumer: Consumer<E>): void {
    if (this.consumers.some((c) => c.name === consumer.name)) throw new Error(`A consumer named ${consumer.name} is already registered`);
    this.consumers.push(consumer as unknown as Consumer);
  }

  async publish(messages: readonly IntegrationMessage[]): Promise<void> {
    for (const message of messages) {
      for (const consumer of this.consumers) {
        if (!consumer.types.includes(message.type)) continue;
        if (consumer.version === undefined || consumer.version === message.version) await consumer.handle(message);
        else this.logger.warn(`${message.type} v${message.version} ${message.id} is not the version ${consumer.name} reads (v${consumer.version}); skipped`);
      }
    }
  }
}
