import { rectangle } from '#shared-kernel';

// The bench's world: one concession near Aguaytía whose lots travel the Federico Basadre road to a Pucallpa sawmill.

export const AUTHORITY = 'ARFFS-UCAYALI';
export const HOLDER = '20481234567';
/** Lots spread over several concessions, so extractions do not all queue on one permit's stream. */
export const PERMITS = 20;
export const permitId = (p: number) => `25-UCA/C-J-${900 + p}-01`;
/** The permit lot (and guide) `i` comes from. */
export const permitOf = (i: number) => permitId(i % PERMITS);
export const PLAN_ID = 'POA-BENCH';
export const SPECIES = 'Cedrelinga cateniformis';
export const LOT_M3 = 10;
export const LOT_PIECES = 6;
export const SAWMILL = { facilityId: 'ASE-PUCALLPA-01', holderTaxId: '20600000014', position: [-74.553889, -8.379167] as const };
export const PLOT = [-75.512345, -9.051234] as const;
/** In travel order, from Aguaytía toward Pucallpa. */
export const ROAD = ['UC-CFB-K160', 'UC-CFB-K086', 'UC-CFB-K060', 'UC-CFB-K034', 'UC-CFB-K010'] as const;

export const permitBody = (p: number) => ({
  permitId: permitId(p),
  kind: 'concession',
  holderTaxId: HOLDER,
  authority: AUTHORITY,
  resolutionNumber: 'RD-0900-2024-GRU-GGR-GERFOR',
  area: rectangle(-75.7, -9.3, -75.3, -8.9),
  validity: { from: '2024-01-01', to: '2064-12-31' },
});

export const planBody = (guides: number) => ({
  planId: PLAN_ID,
  validity: { from: '2026-01-01', to: '2026-12-31' },
  harvestAreas: [rectangle(-75.55, -9.1, -75.45, -9.0)],
  species: [{ species: SPECIES, authorised: { value: Math.ceil(guides / PERMITS) * LOT_M3 * 2, unit: 'm3' } }],
});

export const processorBody = {
  facilityId: SAWMILL.facilityId,
  holderTaxId: SAWMILL.holderTaxId,
  kind: 'sawmill',
  resolution: 'RD-0450-2024-GRU-GGR-GERFOR',
  validity: { from: '2024-01-01', until: '2030-12-31' },
  position: { type: 'Point', coordinates: SAWMILL.position },
};

export const lotId = (i: number) => `BL-${String(i).padStart(6, '0')}`;
export const guideNumber = (i: number) => `GTF-B-${String(i).padStart(6, '0')}`;
export const plate = (i: number) => `B${String(i).padStart(5, '0')}`;

export const extractionBody = (i: number) => ({
  lotId: lotId(i),
  planId: PLAN_ID,
  species: SPECIES,
  volume: { value: LOT_M3, unit: 'm3' },
  pieces: LOT_PIECES,
  harvestDate: '2026-11-20',
  geolocation: { type: 'Point', coordinates: PLOT },
});

/** A guide that left `issuedAt`, with a generous window at each checkpoint (from k hours to two days plus k hours after departure). */
export const guideBody = (i: number, issuedAt: Date) => ({
  number: guideNumber(i),
  registrationNumber: `RG-${i}`,
  authority: AUTHORITY,
  issuerTaxId: HOLDER,
  holderTaxId: HOLDER,
  ownerTaxId: HOLDER,
  origin: { kind: 'permit', permitId: permitOf(i), planId: PLAN_ID, position: PLOT },
  consignee: { taxId: SAWMILL.holderTaxId, kind: 'processor', facilityId: SAWMILL.facilityId },
  destination: { facilityId: SAWMILL.facilityId, position: SAWMILL.position },
  vehiclePlates: [plate(i)],
  driver: { id: `4${String(i).padStart(7, '0')}`, licence: `Q4${String(i).padStart(7, '0')}` },
  lines: [{ lotId: lotId(i), scientificName: SPECIES, commonName: 'tornillo', productType: 'roundwood', volume: { value: LOT_M3, unit: 'm3' }, pieces: LOT_PIECES }],
  issuedAt: issuedAt.toISOString(),
  expiresAt: new Date(issuedAt.getTime() + 4 * 86_400_000).toISOString(),
  trajectory: { checkpoints: ROAD.map((code, k) => ({ code, earliestArrivalMinutes: k * 60, latestArrivalMinutes: (48 + k) * 60 })) },
});
