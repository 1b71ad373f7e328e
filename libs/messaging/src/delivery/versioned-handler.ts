import type { IntegrationMessage } from '../integration-message.js';
import type { Consumer } from '../message-bus.js';
import { UnsupportedVersion } from './delivery-failure.js';

/** The consumer's handler, refusing (to be parked, not dropped) a message of a version it was not written for. */
export function versionedHandler(consumer: Consumer): (message: IntegrationMessage) => Promise<void> {
  return (message) => {
    if (consumer.version !== undefined && message.version !== consumer.version) throw new UnsupportedVersion(consumer.name, message.type, message.version, consumer.version);
    return consumer.handle(message);
  };
}
