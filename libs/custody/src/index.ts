export * from './integration/index.js';
