import { randomUUID } from 'node:crypto';
import { rectangle } from '#shared-kernel';

// The journeys' world: concessions near Aguaytía whose logs travel the Federico Basadre road (PE-18C) to a
// sawmill in Pucallpa, past the checkpoints of the shipped catalogue in travel order.

export type Position = readonly [longitude: number, latitude: number];
/** Who calls: a role for an organisation, and which person (one per role and organisation unless named). */
export type Who = readonly [role: string, organisation: string, subject?: string];

export const AUTHORITY = 'ARFFS-UCAYALI';
export const HOLDER = '20393857413';
export const SAWMILL_HOLDER = '20604518378';

export const TORNILLO = 'Cedrelinga cateniformis';
export const CAPIRONA = 'Calycophyllum spruceanum';
export const CEDRO = 'Cedrela odorata';
export const COMMON_NAMES: Readonly<Record<string, string>> = { [TORNILLO]: 'tornillo', [CAPIRONA]: 'capirona', [CEDRO]: 'cedro' };

export const REGULATOR: Who = ['regulator', AUTHORITY];
export const HOLDS: Who = ['permit_holder', HOLDER];
export const processorAt = (facilityId: string): Who => ['processor', facilityId];
export const operatorAt = (code: string): Who => ['checkpoint_operator', code];

/** A checkpoint of the road: its catalogue position, and when a load leaving the yard may pass it (minutes after departure). */
export interface RoadCheckpoint {
  readonly code: string;
  readonly position: Position;
  readonly earliest: number;
  readonly latest: number;
  /** When the journeys' trucks pass it, minutes after departure: inside the window, and never faster than 80 km/h. */
  readonly passedAfter: number;
}

/** From Aguaytía toward Pucallpa; positions as the checkpoints catalogue gives them. */
export const ROAD: readonly RoadCheckpoint[] = [
  { code: 'UC-CFB-K160', position: [-75.508056, -9.036944], earliest: 10, latest: 120, passedAfter: 30 },
  { code: 'UC-CFB-K086', position: [-75.051436, -8.826391], earliest: 60, latest: 240, passedAfter: 105 },
  { code: 'UC-CFB-K060', position: [-74.963917, -8.637452], earliest: 90, latest: 330, passedAfter: 165 },
  { code: 'UC-CFB-K034', position: [-74.804721, -8.476138], earliest: 120, latest: 420, passedAfter: 225 },
  { code: 'UC-CFB-K010', position: [-74.611826, -8.393874], earliest: 150, latest: 480, passedAfter: 285 },
];

export const checkpoint = (code: string): RoadCheckpoint => {
  const found = ROAD.find((entry) => entry.code === code);
  if (!found) throw new Error(`${code} is not on the road to Pucallpa`);
  return found;
};

/** The log yard by the road near Aguaytía where loads depart. */
export const YARD: Position = [-75.512634, -9.048157];
/** A plot inside the harvest area, with the six decimals EUDR asks for. */
export const PLOT: Position = [-75.531247, -9.062318];
export const SAWMILL_POSITION: Position = [-74.572315, -8.385241];

export const fresh = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
/** A plate of its own per truck: the same plate at two distant checkpoints would be a clone sighting. */
export const freshPlate = () => `J${randomUUID().replaceAll('-', '').slice(0, 6).toUpperCase()}`;

const DAY_MS = 86_400_000;
export const dateFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
export const minutesAfter = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString();
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
export const m3 = (value: number) => ({ value, unit: 'm3' as const });

export const permitBody = (permitId: string) => ({
  permitId,
  kind: 'concession',
  holderTaxId: HOLDER,
  authority: AUTHORITY,
  resolutionNumber: 'RD-0312-2022-GRU-GGR-GERFFS',
  area: rectangle(-75.62, -9.14, -75.4, -8.98),
  validity: { from: '2022-03-01', to: '2062-02-28' },
});

/** A plan valid around today, authorising each species its m³. */
export const planBody = (planId: string, species: readonly (readonly [name: string, authorisedM3: number])[]) => ({
  planId,
  validity: { from: dateFromToday(-200), to: dateFromToday(160) },
  harvestAreas: [rectangle(-75.56, -9.1, -75.5, -9.04)],
  species: species.map(([name, authorised]) => ({ species: name, authorised: m3(authorised) })),
});

export const extractionBody = (planId: string, lotId: string, species: string, volumeM3: number, pieces: number) => ({
  lotId,
  planId,
  species,
  volume: m3(volumeM3),
  pieces,
  harvestDate: dateFromToday(-10),
  geolocation: { type: 'Point', coordinates: PLOT },
});

export const sawmillBody = (facilityId: string) => ({
  facilityId,
  holderTaxId: SAWMILL_HOLDER,
  kind: 'sawmill',
  resolution: 'RD-0143-2025-GRU-GGR-GERFFS',
  validity: { from: dateFromToday(-365), until: dateFromToday(5 * 365) },
  position: { type: 'Point', coordinates: SAWMILL_POSITION },
});

/** One lot on a guide, as the guide declares it. */
export interface Load {
  readonly lotId: string;
  readonly species: string;
  readonly volumeM3: number;
  readonly pieces: number;
}

export interface GuideTerms {
  readonly number: string;
  readonly permitId: string;
  readonly planId: string;
  readonly facilityId: string;
  readonly loads: readonly Load[];
  readonly plate: string;
  readonly issuedAt: string;
  /** Hours the guide stays valid after `issuedAt`; two days when absent. */
  readonly validHours?: number;
}

export const DRIVER = { id: '43817265', licence: 'Q43817265' };

/** A guide from the yard to the sawmill past every checkpoint of the road, valid two days unless it says otherwise. */
export const guideBody = ({ number, permitId, planId, facilityId, loads, plate, issuedAt, validHours = 48 }: GuideTerms) => ({
  number,
  registrationNumber: `REG-${number}`,
  authority: AUTHORITY,
  issuerTaxId: HOLDER,
  holderTaxId: HOLDER,
  ownerTaxId: HOLDER,
  origin: { kind: 'permit', permitId, planId, position: YARD },
  consignee: { taxId: SAWMILL_HOLDER, kind: 'processor', facilityId },
  destination: { facilityId, position: SAWMILL_POSITION },
  vehiclePlates: [plate],
  driver: DRIVER,
  lines: loads.map(({ lotId, species, volumeM3, pieces }) => ({ lotId, scientificName: species, commonName: COMMON_NAMES[species] ?? species, productType: 'roundwood', volume: m3(volumeM3), pieces })),
  issuedAt,
  expiresAt: minutesAfter(issuedAt, validHours * 60),
  trajectory: { checkpoints: ROAD.map(({ code, earliest, latest }) => ({ code, earliestArrivalMinutes: earliest, latestArrivalMinutes: latest })) },
});

/** What a checkpoint finds on the truck, per species. */
export interface Observed {
  readonly species: string;
  readonly volumeM3: number;
  readonly pieces: number;
}

export const declared = (loads: readonly Load[]): Observed[] => loads.map(({ species, volumeM3, pieces }) => ({ species, volumeM3, pieces }));

export const scanBody = (guide: GuideTerms, code: string, observedAt: string, observed: readonly Observed[], changes: Record<string, unknown> = {}) => ({
  scanId: fresh('SCAN'),
  guideNumber: guide.number,
  plate: guide.plate,
  driverId: DRIVER.id,
  observedLines: observed.map(({ species, volumeM3, pieces }) => ({ scientificName: species, pieces, volume: m3(volumeM3) })),
  observedAt,
  position: checkpoint(code).position,
  ...changes,
});
