import { DomainError } from '#shared-kernel';

/** An input no fine can be computed from: names the field, what is wrong and the value given. */
export class InvalidFineInput extends DomainError {
  constructor(field: string, problem: string, value: unknown) {
    super('invalid', 'invalid_fine_input', `Fine: ${field} ${problem}, got ${JSON.stringify(value)}`, { field, problem, value });
  }
}
