import { describe, expect, it } from '@jest/globals';
import { streamCategory } from './stream-category.js';

describe('a stream’s category', () => {
  it('is its id up to the first dash', () => {
    expect(streamCategory('lot-L-2026-001')).toBe('lot');
    expect(streamCategory('snapshot-permit-P-1')).toBe('snapshot');
  });

  it('is the whole id when it has no dash', () => {
    expect(streamCategory('operations')).toBe('operations');
  });
});
