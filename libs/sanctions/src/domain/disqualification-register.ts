import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';

// The register of disqualified parties, fed by sanctions' own `PartyDisqualified` messages: what the other contexts
// enforce is what the register shows, whatever the publication maps a final case to.

/** A party barred by a final sanction, from and until Peru dates, both days included. */
export type RegisteredDisqualification = {
  readonly caseId: string;
  readonly authority: string;
  /** RUC or identity document number. */
  readonly taxId: string;
  readonly from: string;
  readonly until: string;
  /** When the case became final. */
  readonly at: string;
};

export type DisqualificationRegistered = Event<'DisqualificationRegistered', RegisteredDisqualification>;
export type RegisterDisqualification = Command<'RegisterDisqualification', RegisteredDisqualification>;

/** Registers each case's disqualification once; the sanction is final, so nothing is refused. */
export const disqualificationRegisterDecider: Decider<RegisterDisqualification, DisqualificationRegistered, readonly RegisteredDisqualification[]> = {
  initialState: [],
  decide: ({ data }, registered) => (registered.some((entry) => entry.caseId === data.caseId) ? [] : [{ type: 'DisqualificationRegistered', data }]),
  evolve: (registered, { data }) => [...registered, data],
};

/** One stream per party disqualified: the consumer's inbox. */
export const disqualificationRegisterStream = aggregateStream('sanctions-disqualified', disqualificationRegisterDecider);
