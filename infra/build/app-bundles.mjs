// Each app's own code joined into a few files by esbuild, packages left to node_modules: a start links ~20 modules of
// ours instead of ~800 (ADR 15). tsc stays the compiler; this only joins what it wrote to dist/.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Every app under apps/, by folder. */
export const APPS = ['standalone', 'harvest', 'custody', 'processing', 'reference-data', 'sanctions', 'certificates'];

/** Where `npm start` and the services find them: `dist/bundle/<app>.js`. */
export const BUNDLE_DIR = 'dist/bundle';

/** What every bundle of an app shares: ESM for Node, packages imported from node_modules, code loaded on demand in chunks of its own. */
export const BUNDLE_OPTIONS = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', splitting: true, logLevel: 'warning' };

/** esbuild as installed in the project at `root`. */
export function esbuildAt(root) {
  return createRequire(join(root, 'package.json'))('esbuild');
}

/** Bundles every app from its compiled `dist/apps/<app>/src/main.js`, with source maps back to the TypeScript. */
export function bundleBuiltApps(root) {
  // Chunks are named by content: last build's would stay beside this one's.
  rmSync(join(root, BUNDLE_DIR), { recursive: true, force: true });
  esbuildAt(root).buildSync({
    ...BUNDLE_OPTIONS,
    absWorkingDir: root,
    entryPoints: Object.fromEntries(APPS.map((app) => [app, `dist/apps/${app}/src/main.js`])),
    outdir: BUNDLE_DIR,
    sourcemap: 'linked',
  });
}
