import { describe, expect, it } from '@jest/globals';
import { observationOrder } from './batch-order.js';

describe('observationOrder', () => {
  it('orders by the instant observed, whatever the offset it was written with', () => {
    const items = [
      { index: 0, observedAt: '2026-05-02T09:00:00-05:00' },
      { index: 1, observedAt: '2026-05-02T12:30:00Z' },
      { index: 2, observedAt: '2026-05-02T07:00:00-05:00' },
    ];
    expect(observationOrder(items)).toEqual([2, 1, 0]);
  });

  it('keeps the order sent for scans observed at the same instant', () => {
    const items = [
      { index: 4, observedAt: '2026-05-02T12:00:00Z' },
      { index: 7, observedAt: '2026-05-02T07:00:00-05:00' },
      { index: 9, observedAt: '2026-05-02T06:00:00-05:00' },
    ];
    expect(observationOrder(items)).toEqual([9, 4, 7]);
  });
});
