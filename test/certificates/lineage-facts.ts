import { randomInt, randomUUID } from 'node:crypto';
import type { GuideDeliveredV1, GuideIssuedV1, LineageEdgeV1, LotConfiscatedV1, LotImmobilisedV1, LotLineageChangedV1, LotReleasedV1, SeizedLotV1, ShipmentFlaggedV1 } from '#custody/integration';
import type { HarvestPlanApprovedV1, LotExtractedV1, PermitStandingChangedV1 } from '#harvest/integration';
import type { IntegrationEvent, IntegrationMessage } from '#messaging';
import type { LotShareV1, ProcessorStandingChangedV1, TransformationFlaggedV1, TransformationRecordedV1 } from '#processing/integration';
import type { CaseClosedV1, CaseOpenedV1 } from '#sanctions/integration';
import { type Actor, loadCaseId } from '#shared-kernel';
import { AUTHORITY, dateFromToday, DRIVER, fresh, freshPlate, HOLDER, hoursAgo, m3, minutesAfter, PLOT, type Position, SAWMILL_HOLDER, TORNILLO } from '../journeys/road-to-pucallpa.js';

// Facts as harvest, custody, processing and sanctions publish them, put on the bus directly: a lineage in
// milliseconds, and a single fact at a time to see which certificates it reaches.

export const freshRuc = () => `20${randomInt(100_000_000, 1_000_000_000)}`;

const REGIONAL_DIRECTOR: Actor = { id: 'director-arffs-ucayali', role: 'regulator', organisation: AUTHORITY };
const HOLDER_ACTOR: Actor = { id: `permit_holder-of-${HOLDER}`, role: 'permit_holder', organisation: HOLDER };
const processorActor = (facilityId: string): Actor => ({ id: `processor-of-${facilityId}`, role: 'processor', organisation: facilityId });
const operatorActor = (code: string): Actor => ({ id: `checkpoint_operator-of-${code}`, role: 'checkpoint_operator', organisation: code });

/** One chain of facts: a correlation id of its own, each fact caused by the one made before it. */
export class Facts {
  readonly correlationId = randomUUID();
  private last = this.correlationId;

  fact<E extends IntegrationEvent>(streamId: string, event: E, actor: Actor, occurredAt: string): IntegrationMessage<E> {
    const id = randomUUID();
    const message = { ...event, id, streamId, metadata: { correlationId: this.correlationId, causationId: this.last, actor, occurredAt } } as IntegrationMessage<E>;
    this.last = id;
    return message;
  }

  permitRegistered(permitId: string): IntegrationMessage<PermitStandingChangedV1> {
    const at = dateFromToday(-365);
    return this.fact(`permit-${permitId}`, { type: 'PermitStandingChanged', version: 1, data: { permitId, status: 'active', reason: 'registered', authority: AUTHORITY, at } }, REGIONAL_DIRECTOR, at);
  }

  permitStanding(permitId: string, status: 'suspended' | 'cancelled', reason: string): IntegrationMessage<PermitStandingChangedV1> {
    const at = new Date().toISOString();
    return this.fact(`permit-${permitId}`, { type: 'PermitStandingChanged', version: 1, data: { permitId, status, reason, authority: 'OSINFOR', at } }, { id: 'osinfor-supervisor', role: 'regulator', organisation: 'OSINFOR' }, at);
  }

  planApproved(permitId: string, planId: string, authorisedM3: number): IntegrationMessage<HarvestPlanApprovedV1> {
    const data = { permitId, planId, validity: { from: dateFromToday(-200), to: dateFromToday(160) }, species: [{ species: TORNILLO, authorised: m3(authorisedM3) }] };
    return this.fact(`permit-${permitId}`, { type: 'HarvestPlanApproved', version: 1, data }, REGIONAL_DIRECTOR, hoursAgo(200 * 24));
  }

  extracted(permitId: string, planId: string, log: Log): IntegrationMessage<LotExtractedV1> {
    const { lotId, volumeM3, pieces, harvestDate, plot } = log;
    const data = { lotId, permitId, planId, holderTaxId: HOLDER, species: TORNILLO, volume: m3(volumeM3), pieces, harvestDate, geolocation: { type: 'Point' as const, coordinates: plot } };
    return this.fact(`permit-${permitId}`, { type: 'LotExtracted', version: 1, data }, HOLDER_ACTOR, `${harvestDate}T15:00:00.000Z`);
  }

  processorRegistered(facilityId: string): IntegrationMessage<ProcessorStandingChangedV1> {
    const data = { facilityId, holderTaxId: SAWMILL_HOLDER, kind: 'sawmill' as const, standing: 'authorised' as const, validity: { from: dateFromToday(-365), until: dateFromToday(5 * 365) }, authority: AUTHORITY, at: dateFromToday(-365) };
    return this.fact(`processor-${facilityId}`, { type: 'ProcessorStandingChanged', version: 1, data }, REGIONAL_DIRECTOR, hoursAgo(365 * 24));
  }

  /** A guide from a facility (the depot the logs wait at, or the sawmill), so harvest counts it against no plan. */
  guideIssued(guide: GuideTerms): IntegrationMessage<GuideIssuedV1> {
    const { guideNumber, fromFacilityId, destination, loads, issuedAt } = guide;
    const data = {
      guideNumber,
      registrationNumber: `REG-${guideNumber}`,
      authority: AUTHORITY,
      issuerTaxId: guide.holderTaxId,
      holderTaxId: guide.holderTaxId,
      origin: { kind: 'processor' as const, processorId: fromFacilityId },
      species: [{ species: TORNILLO, volume: m3(loads.reduce((sum, load) => sum + load.volumeM3, 0)) }],
      lots: loads.map((load) => load.lotId),
      destination,
      trajectory: { checkpoints: [] },
      issuedAt,
      expiresAt: minutesAfter(issuedAt, 72 * 60),
    };
    return this.fact(`guide-${guideNumber}`, { type: 'GuideIssued', version: 1, data }, processorActor(fromFacilityId), issuedAt);
  }

  guideDelivered(guide: GuideTerms): IntegrationMessage<GuideDeliveredV1> {
    const data = { guideNumber: guide.guideNumber, facilityId: guide.destination.facilityId, lots: guide.loads.map((load) => load.lotId), at: guide.deliveredAt };
    return this.fact(`guide-${guide.guideNumber}`, { type: 'GuideDelivered', version: 1, data }, processorActor(guide.destination.facilityId), guide.deliveredAt);
  }

  /** Sawing into one lot of boards, each input's share of it the volume the transformation took of it. */
  sawn(facilityId: string, transformationId: string, inputs: readonly LotShareV1[], product: string, productM3: number, at: string): IntegrationMessage<TransformationRecordedV1> {
    const inputM3 = inputs.reduce((sum, input) => sum + input.volume.value, 0);
    const data = {
      facilityId,
      transformationId,
      at,
      inputs: inputs.map(({ lotId, volume }) => ({ lotId, species: TORNILLO, productType: 'roundwood' as const, volume })),
      outputs: [{ lotId: product, species: TORNILLO, productType: 'sawn_wood' as const, volume: m3(productM3), parents: inputs }],
      yields: [{ species: TORNILLO, inputM3, inputNeededM3: round(productM3 / SAWN_YIELD), lines: [{ outputProduct: 'sawn_wood' as const, maxYield: SAWN_YIELD, allowedM3: round(inputM3 * SAWN_YIELD), requestedM3: productM3 }] }],
    };
    return this.fact(`processor-${facilityId}`, { type: 'TransformationRecorded', version: 1, data }, processorActor(facilityId), at);
  }

  transformationFlagged(facilityId: string, transformationId: string, inputM3: number, requestedM3: number): IntegrationMessage<TransformationFlaggedV1> {
    const at = new Date().toISOString();
    const overYield = [{ species: TORNILLO, inputM3, inputNeededM3: round(requestedM3 / SAWN_YIELD), lines: [{ outputProduct: 'sawn_wood' as const, maxYield: SAWN_YIELD, allowedM3: round(inputM3 * SAWN_YIELD), requestedM3 }] }];
    const data = { facilityId, transformationId, at, reason: 'logs denser than the catalogue assumes', overYield };
    return this.fact(`processor-${facilityId}`, { type: 'TransformationFlagged', version: 1, data }, processorActor(facilityId), at);
  }

  /** A lot's lineage one level up and down as custody publishes it after a split or a merge at `facilityId`. */
  lineageChanged(facilityId: string, lotId: string, parents: readonly LineageEdgeV1[], children: readonly LineageEdgeV1[], transformationId?: string): IntegrationMessage<LotLineageChangedV1> {
    const at = new Date().toISOString();
    const data = { lotId, parents, children, ...(transformationId === undefined ? {} : { transformationId }), at };
    return this.fact(`lot-${lotId}`, { type: 'LotLineageChanged', version: 1, data }, processorActor(facilityId), at);
  }

  caseOpened(caseId: string, lots: readonly string[]): IntegrationMessage<CaseOpenedV1> {
    const at = new Date().toISOString();
    return this.fact(`case-${caseId}`, { type: 'CaseOpened', version: 1, data: { caseId, authority: AUTHORITY, source: 'inspection', lots, holderTaxId: HOLDER, at } }, REGIONAL_DIRECTOR, at);
  }

  caseClosed(caseId: string, outcome: 'sanction' | 'dismissal', lots: readonly string[]): IntegrationMessage<CaseClosedV1> {
    const at = new Date().toISOString();
    const sanction = outcome === 'sanction';
    const data = { caseId, authority: AUTHORITY, outcome, measures: sanction ? ['confiscation'] : [], accusedTaxId: HOLDER, lotsConfiscated: sanction ? lots : [], lotsReleased: sanction ? [] : lots, at };
    return this.fact(`case-${caseId}`, { type: 'CaseClosed', version: 1, data }, REGIONAL_DIRECTOR, at);
  }

  confiscated(lotId: string, caseRef: string, volumeM3: number): IntegrationMessage<LotConfiscatedV1> {
    const at = new Date().toISOString();
    return this.fact(`lot-${lotId}`, { type: 'LotConfiscated', version: 1, data: { lotId, caseRef, authority: AUTHORITY, species: TORNILLO, volume: m3(volumeM3), at } }, REGIONAL_DIRECTOR, at);
  }

  immobilised(lotId: string, caseRef: string, volumeM3: number): IntegrationMessage<LotImmobilisedV1> {
    const at = new Date().toISOString();
    const data = { lotId, caseRef, reason: 'logs of a plot under supervision', authority: AUTHORITY, volume: m3(volumeM3), at };
    return this.fact(`lot-${lotId}`, { type: 'LotImmobilised', version: 1, data }, REGIONAL_DIRECTOR, at);
  }

  released(lotId: string, caseRef: string): IntegrationMessage<LotReleasedV1> {
    const at = new Date().toISOString();
    return this.fact(`lot-${lotId}`, { type: 'LotReleased', version: 1, data: { lotId, caseRef, authority: AUTHORITY, at } }, REGIONAL_DIRECTOR, at);
  }

  /** A checkpoint stopped the load of `guideNumber` (one never issued when `lots` is empty), seizing what no guide covers. */
  shipmentFlagged(guideNumber: string, lots: readonly string[], observedAt: string, seized: readonly SeizedLotV1[] = []): IntegrationMessage<ShipmentFlaggedV1> {
    const code = 'UC-CFB-K086';
    const failedChecks =
      lots.length === 0
        ? [{ rule: 'GUIDE_VALID' as const, expected: 'an issued guide', observed: guideNumber, message: `No guide ${guideNumber} was issued` }]
        : [{ rule: 'TIME_WINDOW' as const, expected: { earliest: 60, latest: 240 }, observed: 20, message: 'The truck reached the checkpoint before it could have' }];
    const load = seized.length === 0 ? undefined : { declared: [], observed: seized.map(({ species, pieces, volume }) => ({ species, pieces, volume })), seized };
    const data = {
      guideNumber,
      scanId: randomUUID(),
      lots,
      ...(lots.length === 0 ? {} : { holderTaxId: HOLDER }),
      checkpoint: code,
      authority: AUTHORITY,
      plate: freshPlate(),
      driverId: DRIVER.id,
      observedAt,
      failedChecks,
      caseId: loadCaseId(guideNumber),
      ...(load === undefined ? {} : { load }),
    };
    return this.fact(`guide-${guideNumber}`, { type: 'ShipmentFlagged', version: 1, data }, operatorActor(code), observedAt);
  }
}

const SAWN_YIELD = 0.52;

/** `volume` m³ of `lotId` that went into another lot: custody's lineage edge and processing's lot share alike. */
export const edge = (lotId: string, volume: number): LineageEdgeV1 & LotShareV1 => ({ lotId, volume: m3(volume) });

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** An extracted log: where and when it was felled, and how much it held. */
export interface Log {
  readonly lotId: string;
  readonly volumeM3: number;
  readonly pieces: number;
  readonly harvestDate: string;
  readonly plot: Position;
}

interface GuideTerms {
  readonly guideNumber: string;
  readonly fromFacilityId: string;
  readonly holderTaxId: string;
  readonly destination: GuideIssuedV1['data']['destination'];
  readonly loads: readonly { readonly lotId: string; readonly volumeM3: number }[];
  readonly issuedAt: string;
  readonly deliveredAt: string;
}

export type Product = 'P1' | 'P2' | 'P3';
export const PRODUCTS: readonly Product[] = ['P1', 'P2', 'P3'];

/**
 * A small forest: logs A and B of a first permit, C and D of a second, carried to a sawmill on two guides; A and part of
 * B sawn into P1, C and D into P2, the rest of B split off and sawn into P3; each product delivered to one exporter's
 * yard under a guide of its own. Every id is fresh, so forests of one suite never meet.
 */
export interface Forest {
  readonly exporterTaxId: string;
  readonly sawmill: string;
  readonly permits: { readonly first: string; readonly second: string };
  readonly logs: { readonly A: Log; readonly B: Log; readonly C: Log; readonly D: Log };
  /** What was left of B after P1's sawing, split off at the sawmill. */
  readonly restOfB: string;
  /** The transformation that made each product. */
  readonly sawing: Readonly<Record<Product, string>>;
  /** The guides that carried A and B, and C and D, to the sawmill. */
  readonly logGuides: { readonly AB: string; readonly CD: string };
  readonly products: Readonly<Record<Product, string>>;
  /** Ancestors each product's lineage holds. */
  readonly ancestors: Readonly<Record<Product, readonly string[]>>;
}

/** The forest, and its facts in the order the contexts would publish them. */
export function forestFacts(facts: Facts): { forest: Forest; messages: IntegrationMessage[] } {
  const log = (volumeM3: number, pieces: number, daysAgo: number, plot: Position): Log => ({ lotId: fresh('LOT'), volumeM3, pieces, harvestDate: dateFromToday(-daysAgo), plot });
  const logs = {
    A: log(15, 6, 22, PLOT),
    B: log(10, 4, 21, [-75.532581, -9.063427]),
    C: log(12, 5, 20, [-75.533692, -9.064153]),
    D: log(9, 4, 19, [-75.534813, -9.061279]),
  };
  const permits = { first: fresh('25-UCA/C-J'), second: fresh('25-UCA/C-J') };
  const sawmill = fresh('CTP-PUC');
  const depot = fresh('DEP-AGUAYTIA');
  const yard = fresh('EXP-CALLAO');
  const exporterTaxId = freshRuc();
  const restOfB = fresh('LOT');
  const products = { P1: fresh('LOT'), P2: fresh('LOT'), P3: fresh('LOT') };
  const sawing = { P1: fresh('TR'), P2: fresh('TR'), P3: fresh('TR') };
  const toSawmill = { facilityId: sawmill, consigneeTaxId: SAWMILL_HOLDER, consigneeKind: 'processor' as const };
  const toExporter = { facilityId: yard, consigneeTaxId: exporterTaxId, consigneeKind: 'exporter' as const };
  const logGuide = (loads: readonly Log[]): GuideTerms => ({ guideNumber: fresh('GTF'), fromFacilityId: depot, holderTaxId: HOLDER, destination: toSawmill, loads, issuedAt: hoursAgo(40), deliveredAt: hoursAgo(34) });
  const productM3 = { P1: 8, P2: 9, P3: 2 };
  const productGuide = (product: Product): GuideTerms => ({
    guideNumber: fresh('GTF'),
    fromFacilityId: sawmill,
    holderTaxId: SAWMILL_HOLDER,
    destination: toExporter,
    loads: [{ lotId: products[product], volumeM3: productM3[product] }],
    issuedAt: hoursAgo(12),
    deliveredAt: hoursAgo(3),
  });
  const guides = { AB: logGuide([logs.A, logs.B]), CD: logGuide([logs.C, logs.D]) };
  const shipped = PRODUCTS.map(productGuide);
  const messages: IntegrationMessage[] = [
    facts.processorRegistered(sawmill),
    facts.permitRegistered(permits.first),
    facts.planApproved(permits.first, 'POA-01', 300),
    facts.extracted(permits.first, 'POA-01', logs.A),
    facts.extracted(permits.first, 'POA-01', logs.B),
    facts.permitRegistered(permits.second),
    facts.planApproved(permits.second, 'POA-01', 300),
    facts.extracted(permits.second, 'POA-01', logs.C),
    facts.extracted(permits.second, 'POA-01', logs.D),
    ...[guides.AB, guides.CD].flatMap((guide) => [facts.guideIssued(guide), facts.guideDelivered(guide)]),
    facts.sawn(sawmill, sawing.P1, [edge(logs.A.lotId, 15), edge(logs.B.lotId, 6)], products.P1, productM3.P1, hoursAgo(30)),
    facts.sawn(sawmill, sawing.P2, [edge(logs.C.lotId, 12), edge(logs.D.lotId, 9)], products.P2, productM3.P2, hoursAgo(29)),
    // The split: custody publishes the lineage of the lot that gave and of the lot made.
    facts.lineageChanged(sawmill, logs.B.lotId, [], [edge(products.P1, 6), edge(restOfB, 4)]),
    facts.lineageChanged(sawmill, restOfB, [edge(logs.B.lotId, 4)], []),
    facts.sawn(sawmill, sawing.P3, [edge(restOfB, 4)], products.P3, productM3.P3, hoursAgo(20)),
    ...shipped.flatMap((guide) => [facts.guideIssued(guide), facts.guideDelivered(guide)]),
  ];
  const forest: Forest = {
    exporterTaxId,
    sawmill,
    permits: { first: permits.first, second: permits.second },
    logs,
    restOfB,
    sawing,
    logGuides: { AB: guides.AB.guideNumber, CD: guides.CD.guideNumber },
    products,
    ancestors: { P1: [logs.A.lotId, logs.B.lotId], P2: [logs.C.lotId, logs.D.lotId], P3: [restOfB, logs.B.lotId] },
  };
  return { forest, messages };
}
