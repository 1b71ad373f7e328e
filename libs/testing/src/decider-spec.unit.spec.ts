import { describe, expect, it } from '@jest/globals';
import { type Decider, DomainError } from '#shared-kernel';
import { deciderSpec } from './decider-spec.js';

type Opened = { type: 'Opened'; data: { limit: number } };
type Added = { type: 'Added'; data: { amount: number } };
type Add = { type: 'Add'; data: { amount: number } };

class OverLimit extends DomainError {
  constructor(remaining: number) {
    super('conflict', 'over_limit', 'Over the limit', { remaining });
  }
}

const quota: Decider<Add, Opened | Added, { remaining: number }> = {
  initialState: { remaining: 0 },
  decide: (command, state) => {
    if (command.data.amount > state.remaining) throw new OverLimit(state.remaining);
    return [{ type: 'Added', data: { amount: command.data.amount } }];
  },
  evolve: (state, event) => ({ remaining: event.type === 'Opened' ? event.data.limit : state.remaining - event.data.amount }),
};

const spec = deciderSpec(quota);
const add = (amount: number): Add => ({ type: 'Add', data: { amount } });

describe('deciderSpec', () => {
  it('passes when the decider answers the expected events', () => {
    spec.given([{ type: 'Opened', data: { limit: 10 } }]).when(add(4)).then([{ type: 'Added', data: { amount: 4 } }]);
  });

  it('passes when the decider refuses with the expected error', () => {
    spec.given([{ type: 'Opened', data: { limit: 10 } }, { type: 'Added', data: { amount: 8 } }]).when(add(4)).then(new OverLimit(2));
  });

  it('fails when the events differ', () => {
    expect(() => spec.given([{ type: 'Opened', data: { limit: 10 } }]).when(add(4)).then([{ type: 'Added', data: { amount: 5 } }])).toThrow();
  });

  it('fails when an error was expected but events came, or the error differs', () => {
    expect(() => spec.given([{ type: 'Opened', data: { limit: 10 } }]).when(add(4)).then(new OverLimit(10))).toThrow(/Expected OverLimit/);
    expect(() => spec.given([{ type: 'Opened', data: { limit: 1 } }]).when(add(4)).then(new OverLimit(3))).toThrow();
  });
});
