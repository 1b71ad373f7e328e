export * from './messages.js';
export * from './decider.js';
export * from './errors.js';
export * from './stream-store.js';
export * from './handle-command.js';
export * from './ids.js';
export * from './quantity.js';
export * from './geo.js';
