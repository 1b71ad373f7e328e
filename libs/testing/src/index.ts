export * from './servers.js';
export * from './decider-spec.js';
export * from './eventually.js';
export * from './snapshot-equivalence.js';
