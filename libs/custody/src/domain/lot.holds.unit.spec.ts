import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { ConfiscateLot, ImmobiliseLot, ReleaseLot } from './lot.commands.js';
import { lotDecider } from './lot.decider.js';
import { ImmobilisationCaseMismatch, LotAlreadyImmobilised, LotIsClosed, LotIsConfiscated, LotNotFound, LotNotImmobilised } from './lot.errors.js';
import { AT, atSawmill, confiscated, consume, consumed, dispatch, dispatched, extracted, immobilised, LOT } from './lot.fixtures.spec.js';

const spec = deciderSpec(lotDecider);
const CASE = 'INF-2026-0042';

const immobilise = (caseRef = CASE): ImmobiliseLot => ({
  type: 'ImmobiliseLot',
  data: { caseRef, reason: 'species on the truck differs from the guide', authority: 'ATFFS-UCAYALI', checkpoint: 'UC-CFB-K086', at: AT },
});
const releaseLot = (caseRef = CASE): ReleaseLot => ({ type: 'ReleaseLot', data: { caseRef, authority: 'ATFFS-UCAYALI', at: AT } });
const confiscate = (caseRef = CASE): ConfiscateLot => ({ type: 'ConfiscateLot', data: { caseRef, authority: 'ATFFS-UCAYALI', at: AT } });
const released = { type: 'LotReleased', data: { lotId: LOT, caseRef: CASE, authority: 'ATFFS-UCAYALI', at: AT } } as const;

describe('immobilising a lot', () => {
  it('holds the lot where it is, with the volume it holds', () => {
    spec.given([extracted, dispatched()]).when(immobilise()).then([immobilised()]);
  });

  it('may be ordered away from a checkpoint', () => {
    spec.given(atSawmill).when({ type: 'ImmobiliseLot', data: { caseRef: CASE, reason: 'no licensed inflow', authority: 'OSINFOR', at: AT } }).then([
      { type: 'LotImmobilised', data: { lotId: LOT, caseRef: CASE, reason: 'no licensed inflow', authority: 'OSINFOR', volume: cubicMetres(12.5), at: AT } },
    ]);
  });

  it('records nothing when the same case immobilises it again', () => {
    spec.given([extracted, immobilised()]).when(immobilise()).then([]);
  });

  it('refuses a second case while the first holds the lot', () => {
    spec.given([extracted, immobilised()]).when(immobilise('INF-2026-0099')).then(new LotAlreadyImmobilised(LOT, CASE));
  });

  it('refuses a confiscated lot, a closed lot or no lot', () => {
    spec.given([extracted, confiscated()]).when(immobilise()).then(new LotIsConfiscated(LOT, CASE));
    spec.given([...atSawmill, consumed(12.5, 0)]).when(immobilise()).then(new LotIsClosed(LOT, 'consumed'));
    spec.given([]).when(immobilise()).then(new LotNotFound());
  });
});

describe('releasing an immobilised lot after review', () => {
  it('frees the lot, which may move again', () => {
    spec.given([extracted, immobilised()]).when(releaseLot()).then([released]);
    spec.given([extracted, immobilised(), released]).when(dispatch()).then([dispatched()]);
  });

  it('refuses a lot that is not immobilised', () => {
    spec.given([extracted]).when(releaseLot()).then(new LotNotImmobilised(LOT));
  });

  it('refuses a case other than the one holding the lot', () => {
    spec.given([extracted, immobilised()]).when(releaseLot('INF-2026-0099')).then(new ImmobilisationCaseMismatch(LOT, 'INF-2026-0099', CASE));
  });

  it('refuses a confiscated lot: confiscation is final', () => {
    spec.given([extracted, immobilised(), confiscated()]).when(releaseLot()).then(new LotIsConfiscated(LOT, CASE));
  });
});

describe('confiscating a lot', () => {
  it('takes an immobilised lot for good', () => {
    spec.given([extracted, immobilised()]).when(confiscate()).then([confiscated()]);
  });

  it('takes a lot that was never immobilised', () => {
    spec.given([extracted]).when(confiscate()).then([confiscated()]);
  });

  it('records nothing when the same case confiscates it again', () => {
    spec.given([extracted, confiscated()]).when(confiscate()).then([]);
  });

  it('refuses another case: the lot is already gone', () => {
    spec.given([extracted, confiscated()]).when(confiscate('INF-2026-0099')).then(new LotIsConfiscated(LOT, CASE));
  });

  it('refuses a closed lot or no lot', () => {
    spec.given([...atSawmill, consumed(12.5, 0)]).when(confiscate()).then(new LotIsClosed(LOT, 'consumed'));
    spec.given([]).when(confiscate()).then(new LotNotFound());
  });

  it('leaves nothing to move or transform afterwards', () => {
    spec.given([...atSawmill, confiscated()]).when(consume(1)).then(new LotIsConfiscated(LOT, CASE));
    spec.given([...atSawmill, confiscated()]).when(dispatch('GTF-2026-000200')).then(new LotIsConfiscated(LOT, CASE));
  });
});
