import { cubicMetres, type Quantity, rectangle } from '#shared-kernel';
import { type SpeciesBalance, speciesBalance } from './permit.balance.js';
import type { ApproveHarvestPlan, RecordExtraction, RecordVolumeMoved, RegisterPermit } from './permit.commands.js';
import type { ExtractionRecorded, HarvestPlanApproved, PermitEvent, PermitRegistered, VolumeMoved } from './permit.events.js';

// Shared by the permit specs: a concession in Ucayali with one approved plan (cedro and tornillo).

export const PERMIT = '25-UCA/C-J-001-02';
export const HOLDER = '20123456789';
export const PLAN = 'POA-6';
export const CEDRO = 'Cedrela odorata';
export const TORNILLO = 'Cedrelinga cateniformis';
export const AT = '2026-05-02T08:00:00-05:00';
export const GUIDE = 'GTF-2026-000123';
/** Inside the plan's harvest area. */
export const PLOT = { type: 'Point', coordinates: [-74.553889, -8.379167] } as const;

export const PERMIT_AREA = rectangle(-74.7, -8.5, -74.4, -8.3);
export const HARVEST_AREA = rectangle(-74.58, -8.42, -74.52, -8.36);

export const register = (changes: Partial<RegisterPermit['data']> = {}): RegisterPermit => ({
  type: 'RegisterPermit',
  data: {
    permitId: PERMIT,
    kind: 'concession',
    holderTaxId: HOLDER,
    authority: 'GERFOR Ucayali',
    resolutionNumber: 'RD-0123-2022-GRU-GGR-GERFOR',
    area: PERMIT_AREA,
    validity: { from: '2022-03-01', to: '2062-02-28' },
    ...changes,
  },
});

export const registered: PermitRegistered = { type: 'PermitRegistered', data: register().data };

export const approve = (changes: Partial<ApproveHarvestPlan['data']> = {}): ApproveHarvestPlan => ({
  type: 'ApproveHarvestPlan',
  data: {
    permitId: PERMIT,
    planId: PLAN,
    validity: { from: '2026-01-01', to: '2026-12-31' },
    harvestAreas: [HARVEST_AREA],
    species: [
      { species: CEDRO, authorised: cubicMetres(100), minimumCuttingDiameterCm: 65 },
      { species: TORNILLO, authorised: cubicMetres(400) },
    ],
    ...changes,
  },
});

export const planApproved: HarvestPlanApproved = { type: 'HarvestPlanApproved', data: approve().data };

export const extract = (changes: Partial<RecordExtraction['data']> = {}): RecordExtraction => ({
  type: 'RecordExtraction',
  data: {
    permitId: PERMIT,
    planId: PLAN,
    lotId: 'LOT-0001',
    species: CEDRO,
    volume: cubicMetres(12.5),
    pieces: 8,
    harvestDate: '2026-04-20',
    geolocation: PLOT,
    ...changes,
  },
});

const AUTHORISED_M3: Readonly<Record<string, number>> = { [CEDRO]: 100, [TORNILLO]: 400 };

/** A species' balance in the plan after an event, as the decider records it: m³ extracted and moved by then. */
export const after = (species: string, extractedM3: number, movedM3 = 0): SpeciesBalance =>
  speciesBalance(PLAN, { species, measure: 'volume', authorised: AUTHORISED_M3[species]!, extracted: extractedM3, moved: movedM3 });

/** The plan's first extraction of the species unless `balance` says otherwise. */
export const extracted = (lotId: string, volume: number, species = CEDRO, balance = after(species, volume)): ExtractionRecorded => ({
  type: 'ExtractionRecorded',
  data: { ...extract({ lotId, species, volume: cubicMetres(volume) }).data, holderTaxId: HOLDER, balance },
});

export const move = (lines: readonly { species: string; volume: Quantity }[], guideNumber = GUIDE, planId = PLAN): RecordVolumeMoved => ({
  type: 'RecordVolumeMoved',
  data: { permitId: PERMIT, planId, guideNumber, lines },
});

export const moved = (lines: readonly { species: string; m3: number }[], balances: readonly SpeciesBalance[], guideNumber = GUIDE): VolumeMoved => ({
  type: 'VolumeMoved',
  data: { permitId: PERMIT, planId: PLAN, guideNumber, lines: lines.map(({ species, m3 }) => ({ species, volume: cubicMetres(m3) })), balances },
});

export const measure = (reason = 'PAU en curso', authority = 'OSINFOR') => ({ permitId: PERMIT, authority, reason, at: AT });

export const suspended: PermitEvent = { type: 'PermitSuspended', data: measure() };
export const cancelled: PermitEvent = { type: 'PermitCancelled', data: measure('caducidad') };

/** A permit with its plan approved and 90 m³ of cedro extracted in two lots. */
export const working: readonly PermitEvent[] = [registered, planApproved, extracted('LOT-A', 50), extracted('LOT-B', 40, CEDRO, after(CEDRO, 90))];

/** Tara pods, a product traded by weight: its quota, extractions and guides are in kg. */
export const TARA = 'Caesalpinia spinosa';
export const kg = (value: number): Quantity => ({ value, unit: 'kg' });

/** The plan authorising 100 m³ of cedro beside 5,000 kg of tara. */
export const mixedPlanApproved: HarvestPlanApproved = {
  type: 'HarvestPlanApproved',
  data: approve({ species: [{ species: CEDRO, authorised: cubicMetres(100) }, { species: TARA, authorised: kg(5000) }] }).data,
};

/** Tara's balance in the mixed plan after an event: kg extracted and moved by then. */
export const taraAfter = (extractedKg: number, movedKg = 0): SpeciesBalance =>
  speciesBalance(PLAN, { species: TARA, measure: 'weight', authorised: 5000, extracted: extractedKg, moved: movedKg });

export const taraExtracted = (lotId: string, value: number, balance = taraAfter(value)): ExtractionRecorded => ({
  type: 'ExtractionRecorded',
  data: { ...extract({ lotId, species: TARA, volume: kg(value) }).data, holderTaxId: HOLDER, balance },
});

/** The mixed plan with 1,200 kg of tara extracted. */
export const harvestingTara: readonly PermitEvent[] = [registered, mixedPlanApproved, taraExtracted('LOT-T1', 1200)];
