/**
 * An immutable map from strings that a fold can extend without copying it: `with` shares every part
 * it does not touch (a hash array mapped trie), so folding a facility's thousands of lots stays
 * linear where copying a Map per event was quadratic. Values come back in the order keys were first set.
 */
export class PersistentMap<V> {
  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>(undefined, 0, 0);
  }

  private constructor(
    private readonly root: Node<V> | undefined,
    readonly size: number,
    /** Stamps each new key, so values keep their order of arrival. */
    private readonly arrivals: number,
  ) {}

  get(key: string): V | undefined {
    return find(this.root, key, hashOf(key), 0)?.value;
  }

  has(key: string): boolean {
    return find(this.root, key, hashOf(key), 0) !== undefined;
  }

  /** A map like this one with `key` set to `value`; this one is left as it was. */
  with(key: string, value: V): PersistentMap<V> {
    const hash = hashOf(key);
    const known = find(this.root, key, hash, 0);
    const entry: Entry<V> = { key, value, arrival: known?.arrival ?? this.arrivals };
    const root = put(this.root, entry, hash, 0);
    return known ? new PersistentMap(root, this.size, this.arrivals) : new PersistentMap(root, this.size + 1, this.arrivals + 1);
  }

  values(): V[] {
    const entries: Entry<V>[] = [];
    collect(this.root, entries);
    return entries.sort((a, b) => a.arrival - b.arrival).map((entry) => entry.value);
  }
}

const BITS = 5;
const WIDTH = 1 << BITS;
/** Six levels use 30 bits of the hash; keys that share them share a bucket, however full. */
const MAX_DEPTH = 6;
const BUCKET_SIZE = 8;

interface Entry<V> {
  readonly key: string;
  readonly value: V;
  readonly arrival: number;
}

type Node<V> = { readonly children: readonly (Node<V> | undefined)[] } | { readonly entries: readonly Entry<V>[] };

function find<V>(node: Node<V> | undefined, key: string, hash: number, depth: number): Entry<V> | undefined {
  if (node === undefined) return undefined;
  if ('entries' in node) return node.entries.find((entry) => entry.key === key);
  return find(node.children[slot(hash, depth)], key, hash, depth + 1);
}

function put<V>(node: Node<V> | undefined, entry: Entry<V>, hash: number, depth: number): Node<V> {
  if (node === undefined) return { entries: [entry] };
  if ('children' in node) {
    const children = [...node.children];
    const index = slot(hash, depth);
    children[index] = put(children[index], entry, hash, depth + 1);
    return { children };
  }
  const index = node.entries.findIndex((known) => known.key === entry.key);
  if (index >= 0) return { entries: node.entries.map((known, i) => (i === index ? entry : known)) };
  if (node.entries.length < BUCKET_SIZE || depth >= MAX_DEPTH) return { entries: [...node.entries, entry] };
  const split = node.entries.reduce<Node<V>>((branch, known) => put(branch, known, hashOf(known.key), depth), { children: new Array(WIDTH).fill(undefined) });
  return put(split, entry, hash, depth);
}

function collect<V>(node: Node<V> | undefined, into: Entry<V>[]): void {
  if (node === undefined) return;
  if ('entries' in node) into.push(...node.entries);
  else for (const child of node.children) collect(child, into);
}

function slot(hash: number, depth: number): number {
  return (hash >>> (depth * BITS)) & (WIDTH - 1);
}

/** FNV-1a, 32 bits. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
