export * from './integration-message.js';
export * from './message-bus.js';
export * from './in-process-bus.js';
export * from './relay.js';
export * from './inbound-envelope.js';
export * from './messaging.module.js';
