import { describe, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import type { AnnulGuide, DeliverGuide, ExpireGuide } from './guide.commands.js';
import { guideDecider } from './guide.decider.js';
import { DeliveryAfterExpiry, DeliveryBeforeLastScan, GuideClosed, GuideNotFound, GuideNotYetExpired, InvalidGuideCommand, WrongDeliveryFacility } from './guide.errors.js';
import { annulled, delivered, EXPIRES_AT, expired, issued, NUMBER, recorded, SAWMILL, scan } from './guide.fixtures.spec.js';

const spec = deciderSpec(guideDecider);

const annul = (reason = 'issued for the wrong lots', at = '2026-05-02T09:00:00-05:00'): AnnulGuide => ({ type: 'AnnulGuide', data: { reason, at } });
const expire = (at = EXPIRES_AT): ExpireGuide => ({ type: 'ExpireGuide', data: { at } });
const deliver = (facilityId = SAWMILL, at = '2026-05-02T12:00:00-05:00', recordedAt = '2026-05-02T12:05:00-05:00'): DeliverGuide => ({ type: 'DeliverGuide', data: { facilityId, at, recordedAt } });

describe('annulling a guide', () => {
  it('records the annulment and why', () => {
    spec.given([issued()]).when(annul()).then([annulled()]);
  });

  it('annuls a guide already scanned on the road', () => {
    spec.given([issued(), recorded(scan())]).when(annul()).then([annulled()]);
  });

  it('refuses without a reason, or at a time before the issue', () => {
    spec.given([issued()]).when(annul(' ', '2026-05-02T05:00:00-05:00')).then(
      new InvalidGuideCommand(NUMBER, [
        { path: 'reason', code: 'blank' },
        { path: 'at', code: 'before_issue' },
      ]),
    );
  });

  it('refuses a guide never issued, even one whose number was scanned', () => {
    spec.given([]).when(annul()).then(new GuideNotFound());
    spec.given([recorded(scan())]).when(annul()).then(new GuideNotFound());
  });

  it('refuses a guide already annulled, delivered or expired', () => {
    spec.given([issued(), annulled()]).when(annul()).then(new GuideClosed(NUMBER, { status: 'annulled', at: '2026-05-02T09:00:00-05:00' }));
    spec.given([issued(), delivered()]).when(annul()).then(new GuideClosed(NUMBER, { status: 'delivered', at: '2026-05-02T12:00:00-05:00', facilityId: SAWMILL }));
    spec.given([issued(), expired()]).when(annul()).then(new GuideClosed(NUMBER, { status: 'expired', at: EXPIRES_AT }));
  });
});

describe('expiring a guide', () => {
  it('records the expiry at or after the time the guide expires', () => {
    spec.given([issued()]).when(expire()).then([expired()]);
    spec.given([issued()]).when(expire('2026-05-05T00:00:00-05:00')).then([expired('2026-05-05T00:00:00-05:00')]);
  });

  it('refuses while the guide is still valid', () => {
    spec.given([issued()]).when(expire('2026-05-04T05:59:00-05:00')).then(new GuideNotYetExpired(NUMBER, EXPIRES_AT, '2026-05-04T05:59:00-05:00'));
  });

  it('refuses a time that is not an instant', () => {
    spec.given([issued()]).when(expire('tomorrow')).then(new InvalidGuideCommand(NUMBER, [{ path: 'at', code: 'not_an_instant' }]));
  });

  it('refuses a guide delivered or already expired', () => {
    spec.given([issued(), delivered()]).when(expire()).then(new GuideClosed(NUMBER, { status: 'delivered', at: '2026-05-02T12:00:00-05:00', facilityId: SAWMILL }));
    spec.given([issued(), expired()]).when(expire()).then(new GuideClosed(NUMBER, { status: 'expired', at: EXPIRES_AT }));
  });

  it('refuses a guide never issued', () => {
    spec.given([]).when(expire()).then(new GuideNotFound());
  });
});

describe('delivering a guide', () => {
  it('records the arrival at the destination facility, with the lots the guide carried', () => {
    spec.given([issued(), recorded(scan())]).when(deliver()).then([
      { type: 'GuideDelivered', data: { number: NUMBER, facilityId: SAWMILL, lots: ['LOT-0001', 'LOT-0002'], at: '2026-05-02T12:00:00-05:00' } },
    ]);
  });

  it('refuses another facility', () => {
    spec.given([issued()]).when(deliver('CTP-LIM-001')).then(new WrongDeliveryFacility(NUMBER, SAWMILL, 'CTP-LIM-001'));
  });

  it('refuses an arrival once the guide expired: the load arrived without a valid guide', () => {
    spec.given([issued()]).when(deliver(SAWMILL, EXPIRES_AT, EXPIRES_AT)).then(new DeliveryAfterExpiry(NUMBER, EXPIRES_AT, EXPIRES_AT));
  });

  it('refuses a blank facility or an arrival before the issue', () => {
    spec.given([issued()]).when(deliver('', '2026-05-01T12:00:00-05:00')).then(
      new InvalidGuideCommand(NUMBER, [
        { path: 'facilityId', code: 'blank' },
        { path: 'deliveredAt', code: 'before_issue' },
      ]),
    );
  });

  it('records the time the facility gives, which may be earlier than when it says so', () => {
    spec.given([issued()]).when(deliver(SAWMILL, '2026-05-02T10:00:00-05:00', '2026-05-03T08:00:00-05:00')).then([
      { type: 'GuideDelivered', data: { number: NUMBER, facilityId: SAWMILL, lots: ['LOT-0001', 'LOT-0002'], at: '2026-05-02T10:00:00-05:00' } },
    ]);
  });

  it('refuses an arrival in the future', () => {
    spec.given([issued()]).when(deliver(SAWMILL, '2026-05-02T12:00:01-05:00', '2026-05-02T12:00:00-05:00')).then(new InvalidGuideCommand(NUMBER, [{ path: 'deliveredAt', code: 'in_the_future' }]));
  });

  it('refuses an arrival before a checkpoint saw the load on the road', () => {
    const seenAt = '2026-05-02T11:00:00-05:00';
    spec.given([issued(), recorded(scan({ observedAt: seenAt })), recorded(scan({ scanId: 'SCAN-0002' }))]).when(deliver(SAWMILL, '2026-05-02T10:30:00-05:00')).then(new DeliveryBeforeLastScan(NUMBER, seenAt, '2026-05-02T10:30:00-05:00'));
  });

  it('refuses a guide annulled, expired or already delivered', () => {
    spec.given([issued(), annulled()]).when(deliver()).then(new GuideClosed(NUMBER, { status: 'annulled', at: '2026-05-02T09:00:00-05:00' }));
    spec.given([issued(), expired()]).when(deliver()).then(new GuideClosed(NUMBER, { status: 'expired', at: EXPIRES_AT }));
    spec.given([issued(), delivered()]).when(deliver()).then(new GuideClosed(NUMBER, { status: 'delivered', at: '2026-05-02T12:00:00-05:00', facilityId: SAWMILL }));
  });

  it('refuses a guide never issued', () => {
    spec.given([]).when(deliver()).then(new GuideNotFound());
  });
});
