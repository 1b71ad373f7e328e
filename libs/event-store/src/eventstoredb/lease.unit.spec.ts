import { describe, expect, it } from '@jest/globals';
import { leaseHolder } from './lease.js';

const now = Date.parse('2026-05-01T10:00:00.000Z');

describe('who holds a subscription lease', () => {
  it('is nobody before the first claim', () => {
    expect(leaseHolder(undefined, now)).toBeUndefined();
  });

  it('is the last claimant until its claim expires', () => {
    const claim = { type: 'LeaseClaimed', data: { owner: 'instance-a', until: now + 1 } };
    expect(leaseHolder(claim, now)).toBe('instance-a');
    expect(leaseHolder(claim, now + 1)).toBeUndefined();
  });

  it('is nobody once the lease is released', () => {
    expect(leaseHolder({ type: 'LeaseReleased', data: { owner: 'instance-a' } }, now)).toBeUndefined();
  });

  it('is nobody when the claim is malformed', () => {
    expect(leaseHolder({ type: 'LeaseClaimed', data: { owner: 'instance-a', until: 'tomorrow' } }, now)).toBeUndefined();
    expect(leaseHolder({ type: 'LeaseClaimed', data: { until: now + 1000 } }, now)).toBeUndefined();
  });
});
