import { instantOf } from './reference-instant.js';

/**
 * The version in force at an instant (ms since the epoch): the last published whose effective date is
 * not after it. Versions come in publication order, and effective dates never go back, so it is unique.
 */
export function versionInForce<V extends { readonly effectiveFrom: string }>(versions: readonly V[], at: number): V | undefined {
  return versions.findLast((version) => instantOf(version.effectiveFrom)! <= at);
}
