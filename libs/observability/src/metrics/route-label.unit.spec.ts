import { describe, expect, it } from '@jest/globals';
import { routeLabel } from './route-label.js';

describe('the route label of a request', () => {
  it('is the template the router matched, with its parameters unfilled', () => {
    expect(routeLabel('/permits/:permitId/plans')).toBe('/permits/:permitId/plans');
  });

  it('is `unmatched` when no route answered, so unknown URLs make one series', () => {
    expect(routeLabel(undefined)).toBe('unmatched');
  });
});
