import { expect } from '@jest/globals';
import { type Command, type Decider, DomainError, type Event, fold } from '#shared-kernel';

/**
 * Decider tests read as the business would say them:
 * `spec.given(pastEvents).when(command).then(newEvents | expectedError)`.
 */
export function deciderSpec<C extends Command, E extends Event, S>(decider: Decider<C, E, S>) {
  return {
    given: (history: readonly E[]) => ({
      when: (command: C) => ({
        then(expected: readonly E[] | DomainError): void {
          const decide = () => decider.decide(command, fold(decider, history));
          if (!(expected instanceof DomainError)) {
            expect(decide()).toEqual(expected);
            return;
          }
          const thrown = outcome(decide);
          if (Array.isArray(thrown)) throw new Error(`Expected ${expected.name} (${expected.code}) but the decider answered ${JSON.stringify(thrown)}`);
          expect(thrown).toBeInstanceOf(expected.constructor);
          expect(thrown).toMatchObject({ kind: expected.kind, code: expected.code, details: expected.details });
        },
      }),
    }),
  };
}

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return error;
  }
}
