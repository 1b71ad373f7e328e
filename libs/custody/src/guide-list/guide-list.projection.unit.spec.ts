import { describe, expect, it } from '@jest/globals';
import { cubicMetres, type RecordedEvent } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { GuideEvent } from '../domain/guide.events.js';
import type { Projection } from '#projections';
import { type GuideListRow, guideListProjection } from './guide-list.projection.js';

const guide: IssuedGuide = {
  number: 'GTF-9',
  registrationNumber: 'REG-9',
  authority: 'ATFFS-UCAYALI',
  issuerTaxId: '20111111111',
  holderTaxId: '20123456789',
  ownerTaxId: '20123456789',
  origin: { kind: 'permit', permitId: '25-UCA/C-J-001-02', planId: 'POA-6', position: [-74.55, -8.38] },
  consignee: { taxId: '20600000014', kind: 'exporter', facilityId: 'DEP-CALLAO-1' },
  destination: { facilityId: 'DEP-CALLAO-1', position: [-77.1, -12.05] },
  vehiclePlates: ['ABC-123'],
  driver: { id: '44556677', licence: 'Q44556677' },
  lines: [{ lotId: 'LOT-1', scientificName: 'Cedrela odorata', commonName: 'cedro', productType: 'sawn_wood', volume: cubicMetres(5), pieces: 40 }],
  issuedAt: '2026-05-02T06:00:00-05:00',
  expiresAt: '2026-05-04T06:00:00-05:00',
  trajectory: { checkpoints: [{ code: 'UC-CFB-K010', position: [-74.61, -8.39], mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 120 }] },
};

const recorded = (event: GuideEvent, streamId = 'guide-GTF-9') => ({ ...event, streamId }) as unknown as RecordedEvent;
// The runner hands it only the types it lists; here every guide event, as the runner's filter is not under test.
const projection = guideListProjection as Projection<GuideListRow>;
const fold = (events: readonly GuideEvent[]) =>
  events.reduce<GuideListRow | undefined>((row, event) => {
    const [key] = projection.keys(recorded(event));
    return key === undefined ? row : (projection.evolve(row, recorded(event)) ?? undefined);
  }, undefined);

describe('the guide list projection', () => {
  it('lists an issued guide as open, with whom it concerns and its expiry in UTC', () => {
    expect(projection.keys(recorded({ type: 'GuideIssued', data: guide }))).toEqual(['GTF-9']);
    expect(fold([{ type: 'GuideIssued', data: guide }])).toEqual({
      number: 'GTF-9',
      status: 'open',
      holderTaxId: '20123456789',
      issuerTaxId: '20111111111',
      origin: { kind: 'permit', permitId: '25-UCA/C-J-001-02', planId: 'POA-6' },
      destinationFacilityId: 'DEP-CALLAO-1',
      consignee: { taxId: '20600000014', kind: 'exporter' },
      checkpoints: ['UC-CFB-K010'],
      lots: ['LOT-1'],
      load: [{ species: 'Cedrela odorata', volume: cubicMetres(5) }],
      issuedAt: '2026-05-02T06:00:00-05:00',
      expiresAt: '2026-05-04T06:00:00-05:00',
      expiresAtUtc: '2026-05-04T11:00:00.000Z',
      parties: ['permit_holder:20123456789', 'permit_holder:20111111111', 'processor:DEP-CALLAO-1', 'checkpoint_operator:UC-CFB-K010', 'exporter:20600000014'],
    });
  });

  it.each([
    ['annulled', { type: 'GuideAnnulled', data: { number: 'GTF-9', reason: 'wrong lots', at: '2026-05-02T09:00:00-05:00' } }],
    ['expired', { type: 'GuideExpired', data: { number: 'GTF-9', expiresAt: guide.expiresAt, at: '2026-05-04T06:01:00-05:00' } }],
    ['delivered', { type: 'GuideDelivered', data: { number: 'GTF-9', facilityId: 'DEP-CALLAO-1', lots: ['LOT-1'], at: '2026-05-03T10:00:00-05:00' } }],
  ] as const)('closes it as %s, with the time', (status, closing) => {
    expect(fold([{ type: 'GuideIssued', data: guide }, closing])).toMatchObject({ status, closedAt: closing.data.at });
  });

  it('keeps no row for a closure of a guide it never listed, nor for another context’s stream', () => {
    expect(fold([{ type: 'GuideAnnulled', data: { number: 'GTF-9', reason: 'x', at: '2026-05-02T09:00:00-05:00' } }])).toBeUndefined();
    expect(projection.keys(recorded({ type: 'GuideIssued', data: guide }, 'permit-1'))).toEqual([]);
  });
});
