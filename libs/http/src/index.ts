export * from './apply-http-edge.js';
export * from './error-response.js';
export * from './error-response.filter.js';
export * from './request-validation-failed.js';
export * from './validation-pipe.js';
export * from './idempotency-key.js';
export * from './json-depth.js';
export * from './nested.decorators.js';
