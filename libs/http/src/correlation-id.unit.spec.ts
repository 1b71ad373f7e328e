import { describe, expect, it } from '@jest/globals';
import { sanitisedCorrelationId } from './correlation-id.js';

describe('a client’s correlation id', () => {
  it('is taken as given when it is up to 100 of letters, digits and . _ : -', () => {
    for (const id of ['abc-123', 'a', 'trace:4bf92f35.00f0_67aa', 'x'.repeat(100)]) expect(sanitisedCorrelationId(id)).toBe(id);
  });

  it('is dropped when empty, too long, repeated or holding anything else', () => {
    for (const id of ['', 'x'.repeat(101), 'abc 123', 'a\nb', 'ñandú', '{"$gt":""}', 'a/b', '<script>']) expect(sanitisedCorrelationId(id)).toBeUndefined();
    expect(sanitisedCorrelationId(undefined)).toBeUndefined();
    expect(sanitisedCorrelationId(['abc', 'def'])).toBeUndefined();
  });
});
