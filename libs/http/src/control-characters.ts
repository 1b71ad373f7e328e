import type { FieldViolation } from './request-validation-failed.js';

const [TAB, LINE_FEED, CARRIAGE_RETURN, SPACE, DELETE] = [0x09, 0x0a, 0x0d, 0x20, 0x7f];

/**
 * C0 controls but tab, line feed and carriage return (free text may hold lines), DEL, and half a surrogate pair
 * alone: no field of this API means them, a NUL in a query reached SQL and answered 500, and stored they poison reads.
 */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < SPACE && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) || code === DELETE) return true;
    if (isLowSurrogate(code)) return true;
    if (isHighSurrogate(code)) {
      if (!isLowSurrogate(text.charCodeAt(index + 1))) return true;
      index++;
    }
  }
  return false;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The strings of a plain body or query holding a control character or broken UTF-16, by path, at any depth. */
export function controlCharacters(value: unknown): FieldViolation[] {
  const found: FieldViolation[] = [];
  const pending: [unknown, string][] = [[value, '']];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, path] = next;
    if (typeof node === 'string' && hasControlCharacter(node)) {
      const name = path.split('.').pop() || 'the value';
      found.push({ path, messages: [`${name} must not contain control characters`] });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) pending.push([child, path === '' ? key : `${path}.${key}`]);
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
