import type { RegisteredDisqualification } from '../domain/disqualification-register.js';

export interface DisqualificationFilter {
  readonly taxId?: string;
  /** Only those whose last day is this Peru date or later; none: past ones too. */
  readonly runningOn?: string;
}

/** The register of disqualified parties: eventually consistent, milliseconds behind. */
export interface DisqualificationRegister {
  find(filter: DisqualificationFilter): Promise<RegisteredDisqualification[]>;
}

/** Injection token: `@Inject(DISQUALIFICATION_REGISTER) register: DisqualificationRegister`. */
export const DISQUALIFICATION_REGISTER = Symbol('DisqualificationRegister');
