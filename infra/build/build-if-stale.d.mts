// Types of build-if-stale.mjs, for its spec: the script itself is JavaScript so that it runs before any build.
export interface BuildInput {
  readonly path: string;
  readonly mtimeMs: number;
}

export declare const STAMP: string;
export declare function buildDecision(inputs: readonly BuildInput[], stampMtimeMs: number | undefined): { build: boolean; reason: string };
export declare function buildInputs(root?: string): BuildInput[];
export declare function buildIfStale(options?: { root?: string; always?: boolean }): number;
