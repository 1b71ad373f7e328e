import type { FieldViolation } from './request-validation-failed.js';

/**
 * Properties named like those every object inherits (`__proto__`, `constructor`, `toString`, …) or `prototype`,
 * at any depth. class-validator looks unknown properties up in a plain object, where these names are always
 * found, and Nest strips `__proto__` silently: without this they passed as known, or vanished unremarked.
 */
export function prototypeKeys(value: unknown): FieldViolation[] {
  const found: FieldViolation[] = [];
  const pending: [unknown, string][] = [[value, '']];
  // Without recursion, like the depth check: this runs on whatever reaches the pipe.
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, path] = next;
    if (node === null || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      const here = path === '' ? key : `${path}.${key}`;
      if (isPrototypeName(key)) found.push({ path: here, messages: [`property ${key} should not exist`] });
      else pending.push([child, here]);
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

function isPrototypeName(key: string): boolean {
  return key === 'prototype' || key in Object.prototype;
}
