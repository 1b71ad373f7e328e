import { aggregateStream, type Command, type Decider, DomainError, type Event } from '#shared-kernel';

// Sanctions' final disqualifications, noted per party as its integration events tell processing. A stream per tax id,
// not a table: the inbox is the stream, and registering a processor reads its holder's one stream, so it decides on
// exactly what was noted, with no table to keep in step.

/** A party barred from forestry titles by a final sanction, from and until Peru dates, both days included. */
export interface Disqualification {
  readonly caseId: string;
  readonly authority: string;
  /** RUC or identity document number. */
  readonly taxId: string;
  readonly from: string;
  readonly until: string;
}

export type PartyDisqualificationNoted = Event<'PartyDisqualificationNoted', Disqualification>;
export type NoteDisqualification = Command<'NoteDisqualification', Disqualification>;

/** Notes sanctions' decision and refuses none: the sanction is final. The same case again notes nothing. */
export const partyDisqualificationDecider: Decider<NoteDisqualification, PartyDisqualificationNoted, readonly Disqualification[]> = {
  initialState: [],
  decide: ({ data }, noted) => (noted.some((disqualification) => disqualification.caseId === data.caseId) ? [] : [{ type: 'PartyDisqualificationNoted', data }]),
  evolve: (noted, { data }) => [...noted, data],
};

export const partyDisqualificationStream = aggregateStream('processing-disqualified', partyDisqualificationDecider);

/** The disqualification running on a Peru date (`YYYY-MM-DD`), if any: dates order as text. */
export function disqualificationOn(disqualifications: readonly Disqualification[], date: string): Disqualification | undefined {
  return disqualifications.find(({ from, until }) => from <= date && date <= until);
}

/** Peru keeps UTC−5 all year. */
export function peruDateOf(instant: string): string {
  return new Date(Date.parse(instant) - 5 * 3_600_000).toISOString().slice(0, 10);
}

/** Refuses to register a processor whose holder a final sanction disqualifies on the day. */
export function assertNotDisqualified(disqualifications: readonly Disqualification[], date: string): void {
  const running = disqualificationOn(disqualifications, date);
  if (running) throw new PartyDisqualified(running);
}

export class PartyDisqualified extends DomainError {
  constructor({ caseId, authority, taxId, from, until }: Disqualification) {
    super('conflict', 'party_disqualified', `${taxId} is disqualified by case ${caseId} of ${authority} until ${until} inclusive`, { taxId, caseId, authority, from, until });
  }
}
