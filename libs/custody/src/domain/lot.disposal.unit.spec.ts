import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { DisposeConfiscatedLot, StoreConfiscatedLot } from './lot.commands.js';
import { lotDecider } from './lot.decider.js';
import { ConfiscatedLotAlreadyDisposed, LotIsClosed, LotNotConfiscated, LotNotFound } from './lot.errors.js';
import type { LotEvent } from './lot.events.js';
import { AT, atSawmill, confiscated, consumed, dispatch, dispatched, extracted, immobilised, LOT, split } from './lot.fixtures.spec.js';

const spec = deciderSpec(lotDecider);
const CASE = 'INF-2026-0042';
const WAREHOUSE = 'ALM-PUCALLPA-01';
const BUYER = '20601234567';
const BUYER_SAWMILL = 'CTP-PUC-031';

const store = (warehouse = WAREHOUSE): StoreConfiscatedLot => ({ type: 'StoreConfiscatedLot', data: { authority: 'ATFFS-UCAYALI', warehouse, at: AT } });
const stored = (warehouse = WAREHOUSE): LotEvent => ({ type: 'ConfiscatedLotStored', data: { lotId: LOT, caseRef: CASE, authority: 'ATFFS-UCAYALI', warehouse, at: AT } });
const auction = (facilityId?: string): DisposeConfiscatedLot => ({
  type: 'DisposeConfiscatedLot',
  data: { authority: 'ATFFS-UCAYALI', method: 'auction', recipient: { taxId: BUYER, ...(facilityId ? { facilityId } : {}) }, reference: 'ACTA-SUBASTA-2026-007', at: AT },
});
const auctioned = (facilityId?: string): LotEvent => ({ type: 'ConfiscatedLotDisposed', data: { lotId: LOT, caseRef: CASE, ...auction(facilityId).data } });
const lotAfter = (history: readonly LotEvent[]) => fold(lotDecider, history)!;

describe('storing a confiscated lot', () => {
  it('takes it into the authority’s warehouse, still confiscated', () => {
    spec.given([extracted, confiscated()]).when(store()).then([stored()]);
    const lot = lotAfter([extracted, confiscated(), stored()]);
    expect(lot.whereabouts).toEqual({ kind: 'resting', place: { kind: 'authority', authority: 'ATFFS-UCAYALI', warehouse: WAREHOUSE } });
    expect(lot.hold).toEqual({ kind: 'confiscated', caseRef: CASE, authority: 'ATFFS-UCAYALI' });
  });

  it('takes it off the truck it was confiscated on', () => {
    spec.given([extracted, dispatched(), confiscated()]).when(store()).then([stored()]);
  });

  it('records nothing when stored again in the same warehouse, and a move to another one', () => {
    spec.given([extracted, confiscated(), stored()]).when(store()).then([]);
    spec.given([extracted, confiscated(), stored()]).when(store('ALM-PUCALLPA-02')).then([stored('ALM-PUCALLPA-02')]);
  });

  it('refuses a lot that is not confiscated, already disposed of, closed, or unknown', () => {
    spec.given([extracted]).when(store()).then(new LotNotConfiscated(LOT));
    spec.given([extracted, immobilised()]).when(store()).then(new LotNotConfiscated(LOT));
    spec.given([extracted, confiscated(), auctioned()]).when(store()).then(new ConfiscatedLotAlreadyDisposed(LOT, CASE, 'ACTA-SUBASTA-2026-007'));
    spec.given([...atSawmill, consumed(12.5, 0), confiscated()]).when(store()).then(new LotIsClosed(LOT, 'consumed'));
    spec.given([]).when(store()).then(new LotNotFound());
  });
});

describe('auctioning or donating a confiscated lot', () => {
  it('gives it to the recipient’s facility, free, marked as confiscated timber', () => {
    spec.given([extracted, confiscated(), stored()]).when(auction(BUYER_SAWMILL)).then([auctioned(BUYER_SAWMILL)]);
    const lot = lotAfter([extracted, confiscated(), stored(), auctioned(BUYER_SAWMILL)]);
    expect(lot.whereabouts).toEqual({ kind: 'resting', place: { kind: 'facility', facilityId: BUYER_SAWMILL } });
    expect(lot.hold).toEqual({ kind: 'none' });
    expect(lot.confiscatedOrigin).toEqual({ caseRef: CASE, method: 'auction', reference: 'ACTA-SUBASTA-2026-007' });
  });

  it('gives it to the recipient’s yard when no facility is named', () => {
    const donate: DisposeConfiscatedLot = {
      type: 'DisposeConfiscatedLot',
      data: { authority: 'SERFOR', method: 'donation', recipient: { taxId: '20131370645' }, reference: 'RD-0123-2026-SERFOR', at: AT },
    };
    spec.given([extracted, confiscated()]).when(donate).then([{ type: 'ConfiscatedLotDisposed', data: { lotId: LOT, caseRef: CASE, ...donate.data } }]);
    const lot = lotAfter([extracted, confiscated(), { type: 'ConfiscatedLotDisposed', data: { lotId: LOT, caseRef: CASE, ...donate.data } }]);
    expect(lot.whereabouts).toEqual({ kind: 'resting', place: { kind: 'holder', holderTaxId: '20131370645' } });
  });

  it('leaves the lot free to move and be split by its new keeper, the mark kept', () => {
    const disposed = [extracted, confiscated(), stored(), auctioned()];
    spec.given(disposed).when(dispatch()).then([
      { type: 'LotDispatched', data: { lotId: LOT, guideNumber: 'GTF-2026-000123', species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(12.5), from: { kind: 'holder', holderTaxId: BUYER }, at: AT } },
    ]);
    const after = lotAfter([...disposed, split([['LOT-0001-A', 5]], 7.5, { kind: 'holder', holderTaxId: BUYER })]);
    expect(after.confiscatedOrigin).toEqual({ caseRef: CASE, method: 'auction', reference: 'ACTA-SUBASTA-2026-007' });
  });

  it('refuses a second disposal', () => {
    spec.given([extracted, confiscated(), auctioned()]).when(auction()).then(new ConfiscatedLotAlreadyDisposed(LOT, CASE, 'ACTA-SUBASTA-2026-007'));
  });

  it('refuses a lot that is not confiscated, closed, or unknown', () => {
    spec.given([extracted]).when(auction()).then(new LotNotConfiscated(LOT));
    spec.given([extracted, immobilised()]).when(auction()).then(new LotNotConfiscated(LOT));
    spec.given([...atSawmill, consumed(12.5, 0), confiscated()]).when(auction()).then(new LotIsClosed(LOT, 'consumed'));
    spec.given([]).when(auction()).then(new LotNotFound());
  });
});
