import { cubicMetres, loadCaseId, type Position } from '#shared-kernel';
import type { IssuedGuide } from './guide.js';
import type { RequestGuideIssuance, ScanShipment } from './guide.commands.js';
import type { GuideEvent, GuideReleased, ScanVerdictRevised, ShipmentScanned } from './guide.events.js';
import { type CheckResult, result, type RuleCode, RULES, type ShipmentVerdict } from './scan-checks/check-result.js';
import type { ScanObservation } from './scan-checks/scan-context.js';
import type { PermitOriginFacts, ScanFacts, SpeciesFacts } from './scan-checks/scan-facts.js';

// Shared by the guide specs: a guide for tornillo and capirona from a concession near Pucallpa to a
// sawmill down the Federico Basadre road, past three checkpoints, and the scans along it.

export const NUMBER = 'GTF-2026-000123';
export const ISSUED_AT = '2026-05-02T06:00:00-05:00';
export const EXPIRES_AT = '2026-05-04T06:00:00-05:00';
export const PERMIT = '25-UCA/C-J-001-02';
export const SAWMILL = 'CTP-UCA-014';
export const CONSIGNEE = '20600000014';
export const HOLDER = '20123456789';

export const ORIGIN: Position = [-74.553889, -8.379167];
export const DESTINATION: Position = [-75.04, -8.81];
export const K010: Position = [-74.611826, -8.393874];
export const K034: Position = [-74.804721, -8.476138];
export const K060: Position = [-74.963917, -8.637452];
/** On the same road past the sawmill, not on the trajectory. */
export const K086: Position = [-75.051436, -8.826391];
/** On the Interoceánica in Madre de Dios, far from this guide's road. */
export const MD_K060: Position = [-69.489217, -11.410583];

export const guide: IssuedGuide = {
  number: NUMBER,
  registrationNumber: 'REG-ATFFS-UCA-2026-004512',
  authority: 'ATFFS-UCAYALI',
  issuerTaxId: HOLDER,
  holderTaxId: HOLDER,
  ownerTaxId: HOLDER,
  origin: { kind: 'permit', permitId: PERMIT, planId: 'POA-6', position: ORIGIN },
  consignee: { taxId: CONSIGNEE, kind: 'processor', facilityId: SAWMILL },
  destination: { facilityId: SAWMILL, position: DESTINATION },
  vehiclePlates: ['ABC-123'],
  driver: { id: '44556677', licence: 'Q44556677' },
  lines: [
    { lotId: 'LOT-0001', scientificName: 'Cedrelinga cateniformis', commonName: 'tornillo', productType: 'roundwood', volume: cubicMetres(20), pieces: 12 },
    { lotId: 'LOT-0002', scientificName: 'Calycophyllum spruceanum', commonName: 'capirona', productType: 'roundwood', volume: cubicMetres(8), pieces: 5 },
  ],
  issuedAt: ISSUED_AT,
  expiresAt: EXPIRES_AT,
  trajectory: {
    checkpoints: [
      { code: 'UC-CFB-K010', position: K010, mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 120 },
      { code: 'UC-CFB-K034', position: K034, mandatory: false, earliestArrivalMinutes: 30, latestArrivalMinutes: 240 },
      { code: 'UC-CFB-K060', position: K060, mandatory: true, earliestArrivalMinutes: 60, latestArrivalMinutes: 360 },
    ],
    corridorWidthKm: 3,
  },
};

export const issue = (overrides: Partial<IssuedGuide> = {}): RequestGuideIssuance => ({ type: 'RequestGuideIssuance', data: { ...guide, ...overrides } });

export const requested = (overrides: Partial<IssuedGuide> = {}): GuideEvent => ({ type: 'GuideIssuanceRequested', data: { ...guide, ...overrides } });

export const issued = (overrides: Partial<IssuedGuide> = {}): GuideEvent => ({ type: 'GuideIssued', data: { ...guide, ...overrides } });

export const annulled = (at = '2026-05-02T09:00:00-05:00'): GuideEvent => ({ type: 'GuideAnnulled', data: { number: NUMBER, reason: 'issued for the wrong lots', at } });

export const delivered = (at = '2026-05-02T12:00:00-05:00'): GuideEvent => ({
  type: 'GuideDelivered',
  data: { number: NUMBER, facilityId: SAWMILL, lots: guide.lines.map((line) => line.lotId), at },
});

export const expired = (at = EXPIRES_AT): GuideEvent => ({ type: 'GuideExpired', data: { number: NUMBER, expiresAt: EXPIRES_AT, at } });

const CHECKPOINTS: Record<string, Position> = { 'UC-CFB-K010': K010, 'UC-CFB-K034': K034, 'UC-CFB-K060': K060, 'UC-CFB-K086': K086, 'MD-IOS-K060': MD_K060 };

export const speciesFacts: readonly SpeciesFacts[] = [
  { name: 'Cedrelinga cateniformis', genusLevelAllowed: false, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: 850 },
  { name: 'Calycophyllum spruceanum', genusLevelAllowed: false, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: 1100 },
  { name: 'Cedrela odorata', genusLevelAllowed: false, threatCategory: 'VU', citesAppendix: 'II', greenDensityKgPerM3: 800 },
  { name: 'Dipteryx', genusLevelAllowed: true, threatCategory: null, citesAppendix: 'confirm', greenDensityKgPerM3: 1200 },
  { name: 'Dipteryx micrantha', genusLevelAllowed: true, threatCategory: null, citesAppendix: 'confirm', greenDensityKgPerM3: 1200 },
  { name: 'Hymenaea', genusLevelAllowed: false, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: 1150 },
  { name: 'Hymenaea courbaril', genusLevelAllowed: false, threatCategory: null, citesAppendix: null, greenDensityKgPerM3: 1150 },
];

/** The permit and plan of origin in good standing, with room left for tornillo and capirona. */
export const permitOrigin = (overrides: Partial<PermitOriginFacts> = {}): PermitOriginFacts => ({
  kind: 'permit',
  permitActive: true,
  planValid: true,
  quotas: [
    { species: 'Cedrelinga cateniformis', authorised: cubicMetres(500), movedByOtherGuides: cubicMetres(100) },
    { species: 'Calycophyllum spruceanum', authorised: cubicMetres(200), movedByOtherGuides: cubicMetres(50) },
  ],
  ...overrides,
});

/** What the handler gathers for a scan at a checkpoint of the Federico Basadre road. */
export const factsAt = (checkpoint: string, overrides: Partial<ScanFacts> = {}): ScanFacts => ({
  checkpoint: { code: checkpoint, position: CHECKPOINTS[checkpoint]!, authority: checkpoint.startsWith('MD') ? 'ARFFS-MADRE-DE-DIOS' : 'ARFFS-UCAYALI' },
  thresholds: { volumeTolerancePercent: 5, pieceTolerance: 0, weightTolerancePercent: 15, maximumSpeedKmPerHour: 80, maximumDwellHours: 12, corridorWidthKm: 5, failingAsWarning: ['DRIVER_MATCH', 'ARRIVAL_WINDOW'] },
  rulesVersion: 1,
  species: speciesFacts,
  origin: permitOrigin(),
  citesPermits: [],
  destination: { facilityId: SAWMILL, holderTaxId: CONSIGNEE, kind: 'processor', authorised: true },
  sightings: [],
  ...overrides,
});

export const declaredLoad: ScanObservation['observedLines'] = [
  { scientificName: 'Cedrelinga cateniformis', pieces: 12, volume: cubicMetres(20) },
  { scientificName: 'Calycophyllum spruceanum', pieces: 5, volume: cubicMetres(8) },
];

/** A scan recorded as it was observed, carrying exactly what the guide declares. */
export const scan = (overrides: Partial<ScanObservation> = {}, facts: Partial<ScanFacts> = {}): ScanShipment => {
  const checkpoint = overrides.checkpoint ?? 'UC-CFB-K010';
  const observedAt = overrides.observedAt ?? '2026-05-02T07:00:00-05:00';
  return {
    type: 'ScanShipment',
    data: {
      scanId: 'SCAN-0001',
      checkpoint,
      guideNumber: NUMBER,
      plate: 'ABC-123',
      driverId: '44556677',
      observedLines: declaredLoad,
      observedAt,
      recordedAt: observedAt,
      position: CHECKPOINTS[checkpoint]!,
      ...overrides,
      facts: factsAt(checkpoint, facts),
    },
  };
};

type Results = Partial<Record<RuleCode, readonly CheckResult[]>>;

/** What `scan()` records: a clean scan at km 10, an hour after issue. */
export const CLEAN: Record<RuleCode, readonly CheckResult[]> = {
  GUIDE_VALID: [
    result('GUIDE_VALID', 'pass', { status: 'issued', registrationNumber: 'REG-ATFFS-UCA-2026-004512' }, { status: 'issued', registrationNumber: 'REG-ATFFS-UCA-2026-004512' }, 'Guide GTF-2026-000123 is registered and open'),
  ],
  TIME_WINDOW: [
    result('TIME_WINDOW', 'pass', { from: '2026-05-02T06:00:00-05:00', until: '2026-05-04T06:00:00-05:00' }, '2026-05-02T07:00:00-05:00', 'Scanned within the validity of guide GTF-2026-000123'),
  ],
  VEHICLE_MATCH: [
    result('VEHICLE_MATCH', 'pass', ['ABC-123'], 'ABC-123', 'Plate ABC-123 is on the guide'),
  ],
  DRIVER_MATCH: [
    result('DRIVER_MATCH', 'pass', '44556677', '44556677', 'The driver is the one on the guide'),
  ],
  TRAJECTORY_ORDER: [
    result('TRAJECTORY_ORDER', 'pass', { after: '25-UCA/C-J-001-02' }, 'UC-CFB-K010', 'Checkpoint UC-CFB-K010 follows 25-UCA/C-J-001-02 on the registered trajectory'),
  ],
  SKIPPED_CHECKPOINT: [
    result('SKIPPED_CHECKPOINT', 'pass', [], [], 'No mandatory checkpoint was skipped on the way to UC-CFB-K010'),
  ],
  CORRIDOR: [
    result('CORRIDOR', 'pass', { withinKm: 3 }, { distanceKm: 0 }, 'Scanned 0 km from the registered trajectory, inside its corridor'),
  ],
  ARRIVAL_WINDOW: [
    result('ARRIVAL_WINDOW', 'pass', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 60 }, 'Reached UC-CFB-K010 within its registered window'),
  ],
  TRAVEL_TOO_FAST: [
    result('TRAVEL_TOO_FAST', 'pass', { minimumHours: 0.08, maximumSpeedKmPerHour: 80 }, { from: '25-UCA/C-J-001-02', to: 'UC-CFB-K010', distanceKm: 6.6, hours: 1 }, '25-UCA/C-J-001-02 → UC-CFB-K010 (6.6 km) in a feasible time'),
  ],
  TRAVEL_TOO_SLOW: [
    result('TRAVEL_TOO_SLOW', 'pass', { maximumHours: 12.08, maximumDwellHours: 12 }, { from: '25-UCA/C-J-001-02', to: 'UC-CFB-K010', distanceKm: 6.6, hours: 1 }, '25-UCA/C-J-001-02 → UC-CFB-K010 (6.6 km) without an implausible stop'),
  ],
  CLONE_SIGHTING: [
    result('CLONE_SIGHTING', 'pass', { maximumSpeedKmPerHour: 80 }, { sightingsElsewhere: 0 }, 'No sighting elsewhere that the load could not have driven from'),
  ],
  SPECIES_MATCH: [
    result('SPECIES_MATCH', 'pass', ['Cedrelinga cateniformis', 'Calycophyllum spruceanum'], { carried: ['Cedrelinga cateniformis', 'Calycophyllum spruceanum'], undeclared: [], notCarried: [] }, 'The species on the truck are the ones declared'),
  ],
  GENUS_LEVEL: [],
  PIECES_MATCH: [
    result('PIECES_MATCH', 'pass', { species: 'Cedrelinga cateniformis', pieces: 12, tolerance: 0 }, { pieces: 12 }, 'Cedrelinga cateniformis: the pieces match the guide'),
    result('PIECES_MATCH', 'pass', { species: 'Calycophyllum spruceanum', pieces: 5, tolerance: 0 }, { pieces: 5 }, 'Calycophyllum spruceanum: the pieces match the guide'),
  ],
  VOLUME_MATCH: [
    result('VOLUME_MATCH', 'pass', { species: 'Cedrelinga cateniformis', m3: 20, tolerancePercent: 5 }, { m3: 20 }, 'Cedrelinga cateniformis: the volume matches the guide within 5 %'),
    result('VOLUME_MATCH', 'pass', { species: 'Calycophyllum spruceanum', m3: 8, tolerancePercent: 5 }, { m3: 8 }, 'Calycophyllum spruceanum: the volume matches the guide within 5 %'),
  ],
  WEIGHT_MATCH: [],
  ORIGIN_STANDING: [
    result('ORIGIN_STANDING', 'pass', { permitActive: true, planValid: true }, { permitActive: true, planValid: true }, 'The permit of origin is active and its plan valid'),
  ],
  ORIGIN_QUOTA: [
    result('ORIGIN_QUOTA', 'pass', { species: 'Cedrelinga cateniformis', authorisedM3: 500 }, { species: 'Cedrelinga cateniformis', movedByOtherGuidesM3: 100, thisLoadM3: 20, totalM3: 120 }, 'Cedrelinga cateniformis: within the plan, 380 m³ left'),
    result('ORIGIN_QUOTA', 'pass', { species: 'Calycophyllum spruceanum', authorisedM3: 200 }, { species: 'Calycophyllum spruceanum', movedByOtherGuidesM3: 50, thisLoadM3: 8, totalM3: 58 }, 'Calycophyllum spruceanum: within the plan, 142 m³ left'),
  ],
  ORIGIN_YIELD: [],
  CITES_PERMIT: [
    result('CITES_PERMIT', 'pass', [], [], 'No CITES-listed species on the truck'),
  ],
  DESTINATION: [
    result('DESTINATION', 'pass', { facilityId: 'CTP-UCA-014', kind: 'processor', taxId: '20600000014', authorised: true }, { facilityId: 'CTP-UCA-014', kind: 'processor', taxId: '20600000014', authorised: true }, 'Facility CTP-UCA-014 is an authorised processor and the consignee'),
  ],
};

/** The clean results, with the scan's own observation time where the time window quotes it. */
const clean = (command: ScanShipment): Record<RuleCode, readonly CheckResult[]> => ({
  ...CLEAN,
  TIME_WINDOW: [result('TIME_WINDOW', 'pass', { from: ISSUED_AT, until: EXPIRES_AT }, command.data.observedAt, `Scanned within the validity of guide ${NUMBER}`)],
});

/** A failing result as the scan rules of the facts (version 1) record it, where they make its check a warning. */
export const downgraded = (failing: CheckResult): CheckResult => ({ ...failing, outcome: 'warning', downgradedBy: { rulesVersion: 1 } });

/** The event a scan records: the clean results with some rules' results replaced, its verdict, the lots it saw (the guide's, unless said) and, held, the load's case. */
export const scanned = (command: ScanShipment, results: Results, verdict: ShipmentVerdict, lotIds: readonly string[] = guide.lines.map((line) => line.lotId)): ShipmentScanned => {
  const { facts, ...observation } = command.data;
  return {
    type: 'ShipmentScanned',
    data: {
      ...observation,
      authority: facts.checkpoint.authority,
      checkpointPosition: facts.checkpoint.position,
      results: RULES.flatMap((rule) => results[rule] ?? clean(command)[rule]),
      verdict,
      thresholds: facts.thresholds,
      rulesVersion: facts.rulesVersion,
      lotIds,
      ...(verdict.decision === 'immobilise' ? { caseId: loadCaseId(observation.guideNumber) } : {}),
    },
  };
};

/** The revision a late scan records of a scan observed after it: the scan's results with some rules' results replaced, and both verdicts. */
export const revised = (command: ScanShipment, results: Results, previous: ShipmentVerdict, verdict: ShipmentVerdict, late: ScanShipment): ScanVerdictRevised => {
  const { scanId, checkpoint, observedAt, facts } = command.data;
  return {
    type: 'ScanVerdictRevised',
    data: {
      guideNumber: NUMBER,
      scanId,
      checkpoint,
      authority: facts.checkpoint.authority,
      observedAt,
      previous,
      verdict,
      results: scanned(command, results, verdict).data.results,
      reason: { scanId: late.data.scanId, checkpoint: late.data.checkpoint, observedAt: late.data.observedAt },
      lotIds: guide.lines.map((line) => line.lotId),
      ...(verdict.decision === 'immobilise' ? { caseId: loadCaseId(NUMBER) } : {}),
      at: late.data.recordedAt,
    },
  };
};

/** The load's case lifted because the late scan's revisions left no verdict holding the load. */
export const liftedBy = (late: ScanShipment): GuideReleased => ({
  type: 'GuideReleased',
  data: { number: NUMBER, caseRef: loadCaseId(NUMBER), authority: 'ARFFS-UCAYALI', lots: guide.lines.map((line) => line.lotId), at: late.data.recordedAt, revisedBy: late.data.scanId },
});

/** What a scan saw of a number never issued, or of a guide closed before the observation: none of its lots. */
export const NO_LOTS_SEEN: readonly string[] = [];

export const CLEARED: ShipmentVerdict = { decision: 'cleared', failed: [], warnings: [] };

export const observations = (...warnings: RuleCode[]): ShipmentVerdict => ({ decision: 'observations', failed: [], warnings });

export const immobilise = (failed: RuleCode[], warnings: RuleCode[] = []): ShipmentVerdict => ({ decision: 'immobilise', failed, warnings });

/** A scan already in the history: only where and when it was observed matter to later scans. */
export const recorded = (command: ScanShipment): ShipmentScanned => scanned(command, {}, CLEARED);

/** The whole load moved onto XYZ-999 with another driver, at km 5. */
export const transshipped = (at: string): GuideEvent => ({
  type: 'GuideTransshipped',
  data: { number: NUMBER, lots: ['LOT-0001', 'LOT-0002'], plate: 'XYZ-999', driver: { id: '11223344', licence: 'Q11223344' }, position: [-74.58, -8.385], at },
});

/** Results of a scan judged on the load alone (no guide): every rule not named records nothing. */
export const onlyResults = (results: Results): Results => Object.fromEntries(RULES.map((rule) => [rule, results[rule] ?? []]));

/** Sightings elsewhere, each one the load could have driven from: a late scan of the guide is one for the scans observed after it. */
export const reachableSightings = (sightingsElsewhere: number): Results => ({
  CLONE_SIGHTING: [result('CLONE_SIGHTING', 'pass', { maximumSpeedKmPerHour: 80 }, { sightingsElsewhere }, 'No sighting elsewhere that the load could not have driven from')],
});

/** The legs from and to a scan, both feasible: [from, to, km, hours, minimum hours at 80 km/h]. */
export const feasibleLegs = (...legs: readonly (readonly [string, string, number, number, number])[]): Results => ({
  TRAVEL_TOO_FAST: legs.map(([from, to, distanceKm, hours, minimumHours]) =>
    result('TRAVEL_TOO_FAST', 'pass', { minimumHours, maximumSpeedKmPerHour: 80 }, { from, to, distanceKm, hours }, `${from} → ${to} (${distanceKm} km) in a feasible time`),
  ),
  TRAVEL_TOO_SLOW: legs.map(([from, to, distanceKm, hours, minimumHours]) =>
    result(
      'TRAVEL_TOO_SLOW',
      'pass',
      { maximumHours: Math.round((minimumHours + 12) * 100) / 100, maximumDwellHours: 12 },
      { from, to, distanceKm, hours },
      `${from} → ${to} (${distanceKm} km) without an implausible stop`,
    ),
  ),
});
