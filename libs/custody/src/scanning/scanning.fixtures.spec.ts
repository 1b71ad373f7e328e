import { cubicMetres, LOG_START, type RecordedEvent } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { GuideEvent, ShipmentScanned } from '../domain/guide.events.js';
import { result, type ShipmentVerdict } from '../domain/scan-checks/check-result.js';

// Shared by the scanning specs: a guide for tornillo and capirona from a concession near Pucallpa, and its scans.

export const NUMBER = 'GTF-2026-000123';

export const guide: IssuedGuide = {
  number: NUMBER,
  registrationNumber: 'REG-ATFFS-UCA-2026-004512',
  authority: 'ATFFS-UCAYALI',
  issuerTaxId: '20123456789',
  holderTaxId: '20123456789',
  ownerTaxId: '20123456789',
  origin: { kind: 'permit', permitId: '25-UCA/C-J-001-02', planId: 'POA-6', position: [-74.553889, -8.379167] },
  consignee: { taxId: '20600000014', kind: 'processor', facilityId: 'CTP-UCA-014' },
  destination: { facilityId: 'CTP-UCA-014', position: [-75.04, -8.81] },
  vehiclePlates: ['ABC-123'],
  driver: { id: '44556677', licence: 'Q44556677' },
  lines: [
    { lotId: 'LOT-0001', scientificName: 'Cedrelinga cateniformis', commonName: 'tornillo', productType: 'roundwood', volume: cubicMetres(20), pieces: 12 },
    { lotId: 'LOT-0002', scientificName: 'Calycophyllum spruceanum', commonName: 'capirona', productType: 'roundwood', volume: cubicMetres(8), pieces: 5 },
    { lotId: 'LOT-0003', scientificName: 'cedrelinga  cateniformis', commonName: 'tornillo', productType: 'roundwood', volume: { value: 2119.04, unit: 'board_feet' }, pieces: 3 },
  ],
  issuedAt: '2026-05-02T06:00:00-05:00',
  expiresAt: '2026-05-04T06:00:00-05:00',
  trajectory: { checkpoints: [{ code: 'UC-CFB-K010', position: [-74.611826, -8.393874], mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 120 }] },
};

export const CLEARED: ShipmentVerdict = { decision: 'cleared', failed: [], warnings: [] };

export const SPECIES_FAILED: ShipmentVerdict = { decision: 'immobilise', failed: ['SPECIES_MATCH', 'CITES_PERMIT'], warnings: ['PIECES_MATCH'] };

/** A scan as the guide records it; only the species check is spelled out, the others are not needed here. */
export const scannedData = (changes: Partial<ShipmentScanned['data']> = {}): ShipmentScanned['data'] => ({
  guideNumber: NUMBER,
  scanId: 'SCAN-0001',
  checkpoint: 'UC-CFB-K010',
  authority: 'ARFFS-UCAYALI',
  checkpointPosition: [-74.611826, -8.393874],
  plate: 'ABC-123',
  driverId: '44556677',
  observedLines: [{ scientificName: 'Cedrela odorata', pieces: 12, volume: cubicMetres(20) }],
  observedAt: '2026-05-02T07:00:00-05:00',
  recordedAt: '2026-05-02T07:00:02-05:00',
  position: [-74.6118, -8.3939],
  results: [
    result('SPECIES_MATCH', 'failure', ['Cedrelinga cateniformis'], { carried: ['Cedrela odorata'] }, 'Carried but not declared on the guide: Cedrela odorata'),
    result('PIECES_MATCH', 'warning', { species: 'Cedrelinga cateniformis', pieces: 12, tolerance: 2 }, { pieces: 0 }, 'Cedrelinga cateniformis: 0 pieces on the truck, 12 declared'),
    result('CITES_PERMIT', 'failure', { species: 'Cedrela odorata', appendix: 'II', m3: 20 }, { permits: [], permittedM3: 0 }, 'Cedrela odorata (CITES appendix II): 20 m³ on the truck, 0 m³ covered by valid CITES permits'),
  ],
  verdict: SPECIES_FAILED,
  ...changes,
});

/** A guide event as the store hands it to a subscription or projection. */
export function recorded<E extends GuideEvent>(event: E, id = 'event-1', streamId = `guide-${NUMBER}`): RecordedEvent & E {
  return {
    ...event,
    id,
    streamId,
    streamPosition: 1,
    position: LOG_START,
    recordedAt: new Date('2026-05-02T12:00:00Z'),
    metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'op', role: 'checkpoint_operator', organisation: 'UC-CFB-K010' }, occurredAt: '2026-05-02T07:00:00-05:00' },
  } as RecordedEvent & E;
}
