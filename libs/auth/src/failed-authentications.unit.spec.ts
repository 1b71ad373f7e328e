import { describe, expect, it } from '@jest/globals';
import { FailedAuthentications } from './failed-authentications.js';

describe('FailedAuthentications', () => {
  const settings = { limit: 3, windowSeconds: 60 };

  it('lets a client fail up to the limit in a window, then says how long to wait', () => {
    const failures = new FailedAuthentications(settings);
    expect([1, 2, 3].map((second) => failures.failed('10.0.0.1', second * 1000))).toEqual([undefined, undefined, undefined]);
    // The window opened at 1 s and ends at 61 s.
    expect(failures.failed('10.0.0.1', 4_000)).toBe(57);
    expect(failures.failed('10.0.0.1', 60_500)).toBe(1);
  });

  it('counts each client on its own', () => {
    const failures = new FailedAuthentications(settings);
    for (let i = 0; i < 4; i++) failures.failed('10.0.0.1', 0);
    expect(failures.failed('10.0.0.1', 0)).toBeDefined();
    expect(failures.failed('10.0.0.2', 0)).toBeUndefined();
  });

  it('starts a new window once the last one has passed', () => {
    const failures = new FailedAuthentications(settings);
    for (let i = 0; i < 5; i++) failures.failed('10.0.0.1', 0);
    expect(failures.failed('10.0.0.1', 60_000)).toBeUndefined();
  });

  it('follows a bounded number of clients, forgetting the oldest first', () => {
    const failures = new FailedAuthentications(settings, 100);
    for (let i = 0; i < 4; i++) failures.failed('first', 0);
    for (let client = 0; client < 1_000; client++) failures.failed(`10.0.${client >> 8}.${client & 255}`, 0);
    expect(failures.followed).toBe(100);
    // Forgotten, it starts again from nothing.
    expect(failures.failed('first', 0)).toBeUndefined();
  });
});
