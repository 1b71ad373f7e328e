import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { DeliverLot, RecordLotScanned, ReleaseFromGuide } from './lot.commands.js';
import { lotDecider } from './lot.decider.js';
import { LotIsClosed, LotIsConfiscated, LotIsImmobilised, LotNotFound, LotNotOnGuide, LotOnOpenGuide } from './lot.errors.js';
import { AT, AT_SAWMILL, atSawmill, confiscated, consumed, delivered, dispatch, dispatched, extracted, GUIDE, immobilised, LOT, mergedInto, SAWMILL, split, YARD } from './lot.fixtures.spec.js';

const spec = deciderSpec(lotDecider);

const release = (guideNumber = GUIDE): ReleaseFromGuide => ({ type: 'ReleaseFromGuide', data: { guideNumber, reason: 'guide_expired', at: AT } });
const scan = (guideNumber = GUIDE, verdict: RecordLotScanned['data']['verdict'] = 'pass'): RecordLotScanned => ({
  type: 'RecordLotScanned',
  data: { guideNumber, checkpoint: 'UC-CFB-K086', verdict, at: AT },
});
const deliver = (guideNumber = GUIDE, facilityId = SAWMILL): DeliverLot => ({ type: 'DeliverLot', data: { guideNumber, facilityId, at: AT } });

describe('dispatching a lot under a guide', () => {
  it('loads all that remains of the lot, from where it rests', () => {
    spec.given([extracted]).when(dispatch()).then([dispatched()]);
  });

  it('ships what is left after a partial split', () => {
    spec.given([extracted, split([['LOT-0001-A', 4.5]], 8)]).when(dispatch()).then([dispatched(GUIDE, 8)]);
  });

  it('ships a lot onward from the facility it was delivered to', () => {
    spec.given(atSawmill).when(dispatch('GTF-2026-000200')).then([
      {
        type: 'LotDispatched',
        data: { lotId: LOT, guideNumber: 'GTF-2026-000200', species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(12.5), from: AT_SAWMILL, at: AT },
      },
    ]);
  });

  it('records nothing when the lot is already on that guide', () => {
    spec.given([extracted, dispatched()]).when(dispatch()).then([]);
  });

  it('refuses a lot on another open guide', () => {
    spec.given([extracted, dispatched()]).when(dispatch('GTF-2026-000999')).then(new LotOnOpenGuide(LOT, GUIDE));
  });

  it('refuses a lot that does not exist', () => {
    spec.given([]).when(dispatch()).then(new LotNotFound());
  });

  it('refuses an immobilised or confiscated lot', () => {
    spec.given([extracted, immobilised()]).when(dispatch()).then(new LotIsImmobilised(LOT, 'INF-2026-0042'));
    spec.given([extracted, confiscated()]).when(dispatch()).then(new LotIsConfiscated(LOT, 'INF-2026-0042'));
  });

  it('refuses a lot with no volume left: consumed, split or merged away', () => {
    spec.given([...atSawmill, consumed(12.5, 0)]).when(dispatch('GTF-2026-000200')).then(new LotIsClosed(LOT, 'consumed'));
    spec.given([extracted, split([['LOT-0001-A', 12.5]], 0)]).when(dispatch()).then(new LotIsClosed(LOT, 'split'));
    spec.given([extracted, mergedInto('LOT-0009', 12.5, 0)]).when(dispatch()).then(new LotIsClosed(LOT, 'merged'));
  });
});

describe('releasing a lot from a guide it was never delivered under', () => {
  it('returns it to where it was dispatched from, free to go under another guide', () => {
    spec.given([extracted, dispatched()]).when(release()).then([
      { type: 'LotReleasedFromGuide', data: { lotId: LOT, guideNumber: GUIDE, reason: 'guide_expired', returnedTo: YARD, at: AT } },
    ]);
    spec
      .given([extracted, dispatched(), { type: 'LotReleasedFromGuide', data: { lotId: LOT, guideNumber: GUIDE, reason: 'issuance_refused', returnedTo: YARD, at: AT } }])
      .when(dispatch('GTF-2026-000124'))
      .then([dispatched('GTF-2026-000124')]);
  });

  it('refuses when the lot is not on that guide', () => {
    spec.given([extracted]).when(release()).then(new LotNotOnGuide(LOT, GUIDE, { kind: 'resting', place: YARD }));
    spec.given(atSawmill).when(release()).then(new LotNotOnGuide(LOT, GUIDE, { kind: 'resting', place: AT_SAWMILL, deliveredUnder: GUIDE }));
    spec.given([extracted, dispatched()]).when(release('GTF-2026-000999')).then(new LotNotOnGuide(LOT, 'GTF-2026-000999', { kind: 'on_guide', guideNumber: GUIDE, from: YARD }));
  });

  it('refuses while the lot is immobilised: it stays where it was stopped', () => {
    spec.given([extracted, dispatched(), immobilised()]).when(release()).then(new LotIsImmobilised(LOT, 'INF-2026-0042'));
  });

  it('undoes the dispatch of a refused issuance even for a lot held since: it never left, and its hold stays', () => {
    const refused: ReleaseFromGuide = { type: 'ReleaseFromGuide', data: { guideNumber: GUIDE, reason: 'issuance_refused', at: AT } };
    spec.given([extracted, dispatched(), immobilised()]).when(refused).then([
      { type: 'LotReleasedFromGuide', data: { lotId: LOT, guideNumber: GUIDE, reason: 'issuance_refused', returnedTo: YARD, at: AT } },
    ]);
  });

  it('records nothing when released from that guide already: the release is carried again after a crash', () => {
    spec.given([extracted, dispatched(), { type: 'LotReleasedFromGuide', data: { lotId: LOT, guideNumber: GUIDE, reason: 'guide_expired', returnedTo: YARD, at: AT } }]).when(release()).then([]);
  });
});

describe('recording a scan of the guide the lot travels under', () => {
  it('records the checkpoint and the verdict', () => {
    spec.given([extracted, dispatched()]).when(scan(GUIDE, 'warning')).then([
      { type: 'LotScanned', data: { lotId: LOT, guideNumber: GUIDE, checkpoint: 'UC-CFB-K086', verdict: 'warning', at: AT } },
    ]);
  });

  it('records it even while the lot is immobilised: a scan moves nothing', () => {
    spec.given([extracted, dispatched(), immobilised()]).when(scan(GUIDE, 'failure')).then([
      { type: 'LotScanned', data: { lotId: LOT, guideNumber: GUIDE, checkpoint: 'UC-CFB-K086', verdict: 'failure', at: AT } },
    ]);
  });

  it('refuses a scan under another guide, or arriving after the lot left the guide some other way', () => {
    spec.given([extracted, dispatched()]).when(scan('GTF-2026-000999')).then(new LotNotOnGuide(LOT, 'GTF-2026-000999', { kind: 'on_guide', guideNumber: GUIDE, from: YARD }));
    spec.given(atSawmill).when(scan('GTF-2026-000999')).then(new LotNotOnGuide(LOT, 'GTF-2026-000999', { kind: 'resting', place: AT_SAWMILL, deliveredUnder: GUIDE }));
  });

  it('records a scan of the trip uploaded after the lot arrived under that guide, or was sent back from it', () => {
    const lotScanned = { type: 'LotScanned', data: { lotId: LOT, guideNumber: GUIDE, checkpoint: 'UC-CFB-K086', verdict: 'pass', at: AT } } as const;
    spec.given(atSawmill).when(scan()).then([lotScanned]);
    spec.given([extracted, dispatched(), { type: 'LotReleasedFromGuide', data: { lotId: LOT, guideNumber: GUIDE, reason: 'guide_annulled', returnedTo: YARD, at: AT } }]).when(scan()).then([lotScanned]);
  });

  it('refuses a confiscated lot', () => {
    spec.given([extracted, dispatched(), confiscated()]).when(scan()).then(new LotIsConfiscated(LOT, 'INF-2026-0042'));
  });
});

describe('delivering a lot at its consignee', () => {
  it('rests the lot at the facility, with all it holds', () => {
    spec.given([extracted, dispatched()]).when(deliver()).then([delivered()]);
  });

  it('records nothing when delivered again under the same guide to the same facility', () => {
    spec.given(atSawmill).when(deliver()).then([]);
  });

  it('refuses a lot that is not on that guide', () => {
    spec.given([extracted]).when(deliver()).then(new LotNotOnGuide(LOT, GUIDE, { kind: 'resting', place: YARD }));
    spec.given(atSawmill).when(deliver(GUIDE, 'CTP-LIM-001')).then(new LotNotOnGuide(LOT, GUIDE, { kind: 'resting', place: AT_SAWMILL, deliveredUnder: GUIDE }));
  });

  it('refuses an immobilised or confiscated lot', () => {
    spec.given([extracted, dispatched(), immobilised()]).when(deliver()).then(new LotIsImmobilised(LOT, 'INF-2026-0042'));
    spec.given([extracted, dispatched(), confiscated()]).when(deliver()).then(new LotIsConfiscated(LOT, 'INF-2026-0042'));
  });

  it('refuses a lot that does not exist', () => {
    spec.given([]).when(deliver()).then(new LotNotFound());
  });
});
