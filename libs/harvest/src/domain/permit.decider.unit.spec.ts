import { describe, expect, it } from '@jest/globals';
import type { PermitCommand } from './permit.commands.js';
import { permitDecider } from './permit.decider.js';
import type { PermitEvent } from './permit.events.js';
import { registered } from './permit.fixtures.spec.js';

describe('the permit decider', () => {
  it('refuses a command it does not know', () => {
    expect(() => permitDecider.decide({ type: 'RenamePermit', data: {} } as unknown as PermitCommand, undefined)).toThrow('Unknown permit command');
  });

  it('refuses to fold an event it does not know', () => {
    const state = permitDecider.evolve(undefined, registered);
    expect(() => permitDecider.evolve(state, { type: 'PermitRenamed', data: {} } as unknown as PermitEvent)).toThrow('Unknown permit event');
  });

  it('leaves an unregistered permit unregistered whatever else is folded', () => {
    expect(permitDecider.evolve(undefined, { type: 'PermitSuspended', data: registered.data } as unknown as PermitEvent)).toBeUndefined();
  });
});
