import { type Command, type CommandEnvelope, uuidFromName } from '#shared-kernel';
import type { IntegrationMessage } from './integration-message.js';

/**
 * The command a consumer derives from a message: its id is derived from the consumer and the message,
 * so a redelivered message is recognised by the command handler and has one effect; actor and time are the original's.
 */
export function inboundEnvelope<C extends Command>(consumer: string, message: IntegrationMessage, command: C, part = 0): CommandEnvelope<C> {
  return {
    id: uuidFromName(`${consumer}/${message.id}/${part}`),
    command,
    actor: message.metadata.actor,
    occurredAt: message.metadata.occurredAt,
    correlationId: message.metadata.correlationId,
  };
}
