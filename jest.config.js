import { SWC_OPTIONS } from './test/support/swc-options.js';

/** Jest runs in native ESM mode, compiling the sources as every other test process does. */
const swc = ['@swc/jest', SWC_OPTIONS];

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
};

export default {
  // Two workers on two cores: an e2e suite waits on Postgres and its own app's pollers much of the time. A worker
  // that has grown past the limit is replaced between files: vm modules are never freed, and a heap near its ceiling
  // spends its time collecting.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  // A suite driving a whole app or a broker waits on them: Jest's 5 s default failed tests only because the machine was
  // busy. Jest's runner reads the timeout from this global configuration only, not from a project's.
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/libs/testing/run-summary-reporter.js'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/dist/'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/**/*.int.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/dist/'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e.spec.ts'] },
  ],
};
