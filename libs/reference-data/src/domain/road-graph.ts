import { placeKey, placeName, type RoadEntry, type RoadMode } from './road-entry.js';

/** One place of a path: how it is named, and the leg that reached it (none for the start). */
export interface PathStep {
  readonly place: string;
  readonly checkpoint: boolean;
  /** km from the start of the path. */
  readonly km: number;
  readonly leg?: { readonly road: string; readonly mode: RoadMode; readonly km: number };
}

interface Edge {
  readonly to: string;
  readonly road: string;
  readonly mode: RoadMode;
  readonly km: number;
}

interface Node {
  readonly name: string;
  readonly checkpoint: boolean;
  readonly edges: Edge[];
}

/** The key of the place named `name` on some road, if any names it. */
export function placeOnRoads(roads: readonly RoadEntry[], name: string): string | undefined {
  const key = placeKey(name);
  return graphOf(roads).has(key) ? key : undefined;
}

/**
 * The shortest way by km from one place to another over the roads, both given by key; undefined when no road
 * joins them. Roads are travelled either way: a guide may run a road from either end.
 */
export function shortestPath(roads: readonly RoadEntry[], from: string, to: string): PathStep[] | undefined {
  const graph = graphOf(roads);
  const reached = new Map<string, Reached>([[from, { km: 0 }]]);
  const settled = new Set<string>();
  for (let current = from; current !== to; ) {
    settled.add(current);
    const { km } = reached.get(current)!;
    for (const edge of graph.get(current)?.edges ?? []) {
      const known = reached.get(edge.to);
      if (!settled.has(edge.to) && (known === undefined || km + edge.km < known.km)) reached.set(edge.to, { km: km + edge.km, via: { from: current, edge } });
    }
    const next = nearestUnsettled(reached, settled);
    if (next === undefined) return undefined;
    current = next;
  }
  return stepsTo(to, reached, graph);
}

function graphOf(roads: readonly RoadEntry[]): Map<string, Node> {
  const graph = new Map<string, Node>();
  const node = (name: string, checkpoint: boolean) => {
    const key = placeKey(name);
    if (!graph.has(key)) graph.set(key, { name, checkpoint, edges: [] });
    return graph.get(key)!;
  };
  for (const road of roads) {
    road.places.forEach((place, index) => {
      const here = node(placeName(place), place.checkpoint !== undefined);
      const previous = road.places[index - 1];
      if (previous === undefined) return;
      const before = node(placeName(previous), previous.checkpoint !== undefined);
      const leg = { road: road.code, mode: road.mode, km: place.kmFromPrevious };
      before.edges.push({ ...leg, to: placeKey(here.name) });
      here.edges.push({ ...leg, to: placeKey(before.name) });
    });
  }
  return graph;
}

function nearestUnsettled(reached: ReadonlyMap<string, Reached>, settled: ReadonlySet<string>): string | undefined {
  let nearest: { key: string; km: number } | undefined;
  for (const [key, { km }] of reached) {
    if (!settled.has(key) && (nearest === undefined || km < nearest.km)) nearest = { key, km };
  }
  return nearest?.key;
}

interface Reached {
  readonly km: number;
  readonly via?: { readonly from: string; readonly edge: Edge };
}

function stepsTo(to: string, reached: ReadonlyMap<string, Reached>, graph: ReadonlyMap<string, Node>): PathStep[] {
  const steps: PathStep[] = [];
  for (let key: string | undefined = to; key !== undefined; ) {
    const { km, via }: Reached = reached.get(key)!;
    const { name, checkpoint } = graph.get(key)!;
    steps.unshift(via ? { place: name, checkpoint, km, leg: { road: via.edge.road, mode: via.edge.mode, km: via.edge.km } } : { place: name, checkpoint, km });
    key = via?.from;
  }
  return steps;
}
