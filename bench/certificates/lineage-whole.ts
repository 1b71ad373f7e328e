import type { HttpClient } from '../shared/http-client.js';
import { eventually } from './app-settled.js';
import { ANCESTORS, EXTRACTED } from './lineage-forest.js';

interface AncestorAnswer {
  readonly lotId: string;
  readonly depth: number;
  readonly share?: number;
  readonly origin?: unknown;
  readonly transformationId?: string;
}

// Levels up from the product: the two lots it was re-sawn from, … the 32 first sawings, the logs.
const PER_DEPTH = [2, 4, 8, 16, 32, EXTRACTED];

/** Waits until `GET /lots/{product}/lineage` shows every product's whole lineage as published; fails loudly with what is missing. */
export async function lineagesWhole(http: HttpClient, regulatorToken: string, productLotIds: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const lotId of productLotIds) {
    await eventually(async () => {
      const { ancestors } = (await http.expect(200, 'GET', `/lots/${encodeURIComponent(lotId)}/lineage`, { token: regulatorToken })) as { ancestors: AncestorAnswer[] };
      const problem = lineageProblem(ancestors);
      if (problem) throw new Error(`${lotId}: ${problem}`);
    }, Math.max(0, deadline - Date.now()));
  }
}

function lineageProblem(ancestors: readonly AncestorAnswer[]): string | undefined {
  if (ancestors.length !== ANCESTORS) return `${ancestors.length} ancestors of ${ANCESTORS}`;
  if (new Set(ancestors.map((ancestor) => ancestor.lotId)).size !== ANCESTORS) return 'an ancestor is listed twice';
  for (const [i, expected] of PER_DEPTH.entries()) {
    const found = ancestors.filter((ancestor) => ancestor.depth === i + 1).length;
    if (found !== expected) return `${found} ancestors at depth ${i + 1}, ${expected} expected`;
  }
  const logs = ancestors.filter((ancestor) => ancestor.depth === PER_DEPTH.length);
  if (logs.some((log) => log.origin === undefined)) return 'a log has no extraction noted';
  if (ancestors.some((ancestor) => ancestor.depth < PER_DEPTH.length && ancestor.transformationId === undefined)) return 'a sawn lot has no transformation noted';
  // Every input goes whole into its output: a share other than 1 is an edge or a volume not noted as published.
  const partial = ancestors.find((ancestor) => ancestor.share === undefined || Math.abs(ancestor.share - 1) > 1e-6);
  return partial ? `${partial.lotId}'s share is ${partial.share ?? 'unknown'}, 1 expected` : undefined;
}
