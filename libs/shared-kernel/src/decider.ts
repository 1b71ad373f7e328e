import type { Command, Event } from './messages.js';

/**
 * A pure aggregate: `decide` answers a command with new events (or throws a DomainError),
 * `evolve` folds one event into the state. Neither reads the clock nor makes ids.
 */
export interface Decider<C extends Command, E extends Event, S> {
  readonly initialState: S;
  decide(command: C, state: S): readonly E[];
  evolve(state: S, event: E): S;
}

export function fold<E extends Event, S>(decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>, events: readonly E[]): S {
  return events.reduce(decider.evolve, decider.initialState);
}
