// How the tests compile the TypeScript sources, wherever they run them (Jest, a child process, a child app's bundle):
// swc strips types and keeps Nest's decorator metadata.
export const SWC_OPTIONS = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'es6' },
};
