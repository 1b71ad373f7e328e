// Architecture rules, checked by `npm run lint:deps` (and proven by test/architecture/dependency-rules.unit.spec.ts).
//
// Libraries are reached through package.json subpath imports (`#shared-kernel`, `#harvest/integration`)
// resolved under the custom condition "source" to libs/<name>/src/…, so the rules below are written
// against resolved paths, never against the `#…` specifiers.
//
// A *context* is any lib under libs/ that is not one of the infrastructure libs listed here.
/** Libs anyone may import. Every other lib under libs/ is a bounded context. */
const INFRASTRUCTURE_LIBS = ['shared-kernel', 'sql', 'event-store', 'projections', 'messaging', 'auth', 'http', 'observability', 'testing'];

const infrastructureLib = `^libs/(${INFRASTRUCTURE_LIBS.join('|')})/`;
const spec = '\\.spec\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-no-packages-or-builtins',
      severity: 'error',
      comment:
        'A domain folder holds pure deciders: no npm package, no Node built-in. Only its own domain folder, #shared-kernel, and decimal.js (exact arithmetic for money, pure values with no I/O).',
      // Specs beside the deciders may use the test runner and libs/testing; the deciders may not.
      from: { path: '^libs/[^/]+/src/domain/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'], pathNot: '^node_modules/decimal\\.js/' },
    },
    {
      name: 'domain-only-shared-kernel',
      severity: 'error',
      comment:
        'A domain folder may import files of its own domain folder and libs/shared-kernel, nothing else of the repository.',
      from: { path: '^libs/([^/]+)/src/domain/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(apps|libs|test|bench)/', pathNot: ['^libs/$1/src/domain/', '^libs/shared-kernel/src/'] },
    },
    {
      name: 'lib-not-to-app',
      severity: 'error',
      comment: 'Libraries never depend on applications.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'context-only-via-integration',
      severity: 'error',
      comment:
        "A bounded context reaches another context only through that context's src/integration/ (#<context>/integration).",
      from: { path: '^libs/([^/]+)/', pathNot: infrastructureLib },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', infrastructureLib, '^libs/[^/]+/src/integration/'] },
    },
    {
      name: 'no-testing-in-production',
      severity: 'error',
      comment:
        'libs/testing (#testing) is for specs only. Production code = what tsconfig.build.json compiles from apps/ and libs/.',
      from: { path: '^(apps|libs)/', pathNot: [spec, '^libs/testing/', '^libs/event-store/src/contract/'] },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'kafkajs-behind-the-bus-port',
      severity: 'error',
      comment: 'kafkajs is unmaintained: only the Kafka bus adapter (and its tests, the benchmark baseline) may touch it (ADR 12).',
      from: { pathNot: ['^libs/messaging/src/kafka/', '^bench/', spec] },
      to: { path: '^node_modules/kafkajs/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Circular imports (TDZ errors with ESM and decorator metadata, tangled modules).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import must resolve (also proves the #… subpath imports resolve under the "source" condition).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // not node_modules: excluding it would drop the edges into packages that the domain rule looks for.
    exclude: { path: '(^|/)(dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.mts', '.cts', '.json'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
