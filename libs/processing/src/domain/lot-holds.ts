import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';

// What custody holds a lot for, as its integration events tell processing: noted per lot, whether or not the
// lot has reached a processor yet, so a hold that arrives before the delivery still holds the lot.

/** An immobilisation lasts until its case releases it; a confiscation is final. */
export type HoldKind = 'immobilised' | 'confiscated';

export interface LotHold {
  readonly lotId: string;
  /** The infraction case that holds the lot. */
  readonly caseRef: string;
  readonly kind: HoldKind;
  readonly authority: string;
  readonly at: string;
}

export type LotHeld = Event<'LotHeld', LotHold>;
export type LotReleasedFromHold = Event<'LotReleasedFromHold', { readonly lotId: string; readonly caseRef: string; readonly authority: string; readonly at: string }>;
export type LotHoldsEvent = LotHeld | LotReleasedFromHold;

export type NoteLotHold = Command<'NoteLotHold', LotHeld['data']>;
export type NoteLotRelease = Command<'NoteLotRelease', LotReleasedFromHold['data']>;
export type LotHoldsCommand = NoteLotHold | NoteLotRelease;

/** The holds in force on one lot, one per case. */
export type LotHolds = readonly LotHold[];

/** Notes custody's facts as they come and refuses none: custody decided them already. */
export const lotHoldsDecider: Decider<LotHoldsCommand, LotHoldsEvent, LotHolds> = {
  initialState: [],
  decide(command, holds): readonly LotHoldsEvent[] {
    switch (command.type) {
      case 'NoteLotHold':
        return noteHold(command, holds);
      case 'NoteLotRelease':
        return noteRelease(command, holds);
      default:
        return unknown(command);
    }
  },
  evolve(holds, event): LotHolds {
    switch (event.type) {
      case 'LotHeld':
        return [...holds.filter((hold) => hold.caseRef !== event.data.caseRef), event.data];
      case 'LotReleasedFromHold':
        return holds.filter((hold) => hold.caseRef !== event.data.caseRef || hold.kind === 'confiscated');
      default:
        return unknown(event);
    }
  },
};

/** The same hold again records nothing, and nothing turns a confiscation back into an immobilisation. */
function noteHold({ data }: NoteLotHold, holds: LotHolds): LotHeld[] {
  const noted = holds.some((hold) => hold.caseRef === data.caseRef && (hold.kind === data.kind || hold.kind === 'confiscated'));
  return noted ? [] : [{ type: 'LotHeld', data }];
}

/** Only the case that immobilised the lot lifts its hold; a confiscation stays. */
function noteRelease({ data }: NoteLotRelease, holds: LotHolds): LotReleasedFromHold[] {
  const lifted = holds.some((hold) => hold.caseRef === data.caseRef && hold.kind === 'immobilised');
  return lifted ? [{ type: 'LotReleasedFromHold', data }] : [];
}

function unknown(message: never): never {
  throw new Error(`Unknown lot holds message ${JSON.stringify(message)}`);
}

/** One stream per lot custody ever held, fed by custody's integration events: the inbox is the stream (ADR 5). */
export const lotHoldsStream = aggregateStream('processing-holds', lotHoldsDecider);
