import type { ConfiscateLot, ImmobiliseLot, ReleaseLot } from './lot.commands.js';
import { ImmobilisationCaseMismatch, LotAlreadyImmobilised, LotNotImmobilised } from './lot.errors.js';
import type { LotConfiscated, LotImmobilised, LotReleased } from './lot.events.js';
import { existing, open } from './lot.guards.js';
import type { InheritedHold } from './lot.js';
import type { LotState } from './lot.state.js';
import { inMeasure, lotMeasure } from './lot.volume.js';

/** A precautionary measure, wherever the lot is; the same case immobilising again records nothing. */
export function immobiliseLot({ data }: ImmobiliseLot, state: LotState): LotImmobilised[] {
  const lot = open(state);
  if (lot.hold.kind === 'immobilised') {
    if (lot.hold.caseRef === data.caseRef) return [];
    throw new LotAlreadyImmobilised(lot.lotId, lot.hold.caseRef);
  }
  return [{ type: 'LotImmobilised', data: { lotId: lot.lotId, ...data, volume: inMeasure(lot.remaining, lotMeasure(lot)) } }];
}

/** After review, by the case that holds the lot. */
export function releaseLot({ data }: ReleaseLot, state: LotState): LotReleased[] {
  const lot = open(state);
  if (lot.hold.kind !== 'immobilised') throw new LotNotImmobilised(lot.lotId);
  if (lot.hold.caseRef !== data.caseRef) throw new ImmobilisationCaseMismatch(lot.lotId, data.caseRef, lot.hold.caseRef);
  return [{ type: 'LotReleased', data: { lotId: lot.lotId, ...data } }];
}

/** Final, whether or not the lot was immobilised first; the same case confiscating again records nothing. */
export function confiscateLot({ data }: ConfiscateLot, state: LotState): LotConfiscated[] {
  const held = existing(state).hold;
  if (held.kind === 'confiscated' && held.caseRef === data.caseRef) return [];
  const lot = open(state);
  return [{ type: 'LotConfiscated', data: { lotId: lot.lotId, ...data, species: lot.species, volume: inMeasure(lot.remaining, lotMeasure(lot)) } }];
}

/** The hold a lot made from this one takes: a confiscation or an immobilisation, under the same case. */
export function inheritedHold(state: LotState): InheritedHold | undefined {
  if (!state || state.hold.kind === 'none') return undefined;
  return { kind: state.hold.kind, caseRef: state.hold.caseRef, authority: state.hold.authority, fromLotId: state.lotId };
}
