import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReplayOutcome } from '../delivery/consumer-delivery.js';
import { CONSUMERS, type ConsumerRegistry } from '../delivery/consumer-registry.js';
import { consumerNamed } from './consumer-not-found.js';
import { ReplayParkedMessageCommand } from './replay-parked-message.command.js';

@CommandHandler(ReplayParkedMessageCommand)
export class ReplayParkedMessageHandler implements ICommandHandler<ReplayParkedMessageCommand> {
  constructor(@Inject(CONSUMERS) private readonly consumers: ConsumerRegistry) {}

  execute({ name, messageId, actor }: ReplayParkedMessageCommand): Promise<ReplayOutcome> {
    return consumerNamed(this.consumers, name).replay(messageId, actor);
  }
}
