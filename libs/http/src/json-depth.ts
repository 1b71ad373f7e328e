import { DomainError } from '#shared-kernel';

/** How deep a body may nest: the API's deepest (a harvest area's rings inside a plan) is 5; far deeper input only serves to exhaust the stack. */
export const MOST_JSON_DEPTH = 32;

export class JsonTooDeep extends DomainError {
  constructor(limit: number) {
    super('invalid', 'json_too_deep', `The request body nests more than ${limit} levels deep`, { maxDepth: limit });
  }
}

/** Whether a parsed JSON value nests objects or arrays more than `limit` deep; walked without recursion, so no depth overflows the check itself. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * A hook refusing a parsed body deeper than `MOST_JSON_DEPTH` before anything else reads it: the parser itself does
 * not recurse, but every later step (copying into DTOs, validating, digesting) does, and a stack overflow would be a 500.
 */
export function refuseDeepJson(request: { readonly body?: unknown }, _reply: unknown, done: (error?: Error) => void): void {
  done(nestsDeeperThan(request.body, MOST_JSON_DEPTH) ? new JsonTooDeep(MOST_JSON_DEPTH) : undefined);
}
