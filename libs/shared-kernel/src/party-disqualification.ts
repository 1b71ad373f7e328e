import { aggregateStream } from './aggregate-stream.js';
import type { Decider } from './decider.js';
import { DomainError } from './errors.js';
import type { Command, Event } from './messages.js';

// Sanctions' final disqualifications, as harvest, custody and processing each note them per party: a stream per tax id,
// not a table, so the stream is the consumer's inbox and a command reads the one stream of the party it would serve.

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

/** A context's streams of the parties it was told are disqualified, `<prefix>-<taxId>`. */
export const partyDisqualificationStreams = (prefix: string) => aggregateStream(prefix, partyDisqualificationDecider);

/** The disqualification running on a Peru date (`YYYY-MM-DD`), if any: dates order as text. */
export function disqualificationOn(disqualifications: readonly Disqualification[], date: string): Disqualification | undefined {
  return disqualifications.find(({ from, until }) => from <= date && date <= until);
}

/** Peru keeps UTC−5 all year. */
export function peruDateOf(instant: string): string {
  return new Date(Date.parse(instant) - 5 * 3_600_000).toISOString().slice(0, 10);
}

/** Refuses what a final sanction bars the party from on the day. */
export function assertNotDisqualified(disqualifications: readonly Disqualification[], date: string): void {
  const running = disqualificationOn(disqualifications, date);
  if (running) throw new PartyDisqualified(running);
}

export class PartyDisqualified extends DomainError {
  constructor({ caseId, authority, taxId, from, until }: Disqualification) {
    super('conflict', 'party_disqualified', `${taxId} is disqualified by case ${caseId} of ${authority} until ${until} inclusive`, { taxId, caseId, authority, from, until });
  }
}
