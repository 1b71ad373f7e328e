import { hash } from 'node:crypto';

/** A name-based (version 5 style) UUID: the same name always gives the same id, so a retried command makes the same event ids. */
export function uuidFromName(name: string): string {
  // One-shot hash: a relay makes one id per message, and a Hash object each cost twice the digest.
  const digest = hash('sha1', name, 'buffer');
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
