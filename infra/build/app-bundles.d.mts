// Types of app-bundles.mjs, for the tests' child apps: the script itself is JavaScript so that it runs before any build.
import type { BuildOptions } from 'esbuild';

export declare const APPS: readonly string[];
export declare const BUNDLE_DIR: string;
export declare const BUNDLE_OPTIONS: BuildOptions;
export declare function esbuildAt(root: string): typeof import('esbuild');
export declare function bundleBuiltApps(root: string): void;
