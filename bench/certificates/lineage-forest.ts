import { randomUUID } from 'node:crypto';
import type { GuideDeliveredV1, GuideIssuedV1, LotLineageChangedV1 } from '#custody/integration';
import type { HarvestPlanApprovedV1, LotExtractedV1, PermitStandingChangedV1 } from '#harvest/integration';
import type { IntegrationEvent, IntegrationMessage } from '#messaging';
import type { LotShareV1, ProcessorStandingChangedV1, TransformationRecordedV1 } from '#processing/integration';
import { type Actor, cubicMetres, roundVolume } from '#shared-kernel';

// One product's lineage: 438 logs sawn into boards in 32 batches, then re-sawn two lots at a time over five more
// levels down to the product: 438 + 32 + 16 + 8 + 4 + 2 = 500 ancestors over 6 transformations.

export const ANCESTORS = 500;
export const EXTRACTED = 438;
const FIRST_SAWINGS = 32;

export const EXPORTER = '20512345678';
const AUTHORITY = 'ARFFS-UCAYALI';
const HOLDER = '20393857413';
const PERMIT = '25-UCA/C-J-001-BENCH';
const PLAN = 'POA-2026-BENCH';
const TORNILLO = 'Cedrelinga cateniformis';
const SAWMILL = { facilityId: 'PLANTA-PUCALLPA-BENCH', holderTaxId: '20604518378' };
const YARD = 'EXP-CALLAO-BENCH';
// Within the catalogue's 0.35 cap for roundwood to sawn wood; re-sawing trims a tenth.
const SAWN_YIELD = 0.3;
const RESAWN_YIELD = 0.9;
const LARGEST_LOG_M3 = 4;

const REGULATOR: Actor = { id: 'director-arffs-ucayali', role: 'regulator', organisation: AUTHORITY };
const HOLDER_ACTOR: Actor = { id: `permit_holder-of-${HOLDER}`, role: 'permit_holder', organisation: HOLDER };
const processorActor = (facilityId: string): Actor => ({ id: `processor-of-${facilityId}`, role: 'processor', organisation: facilityId });

type Message = IntegrationMessage;

/** One chain of facts: a correlation id of its own, each fact caused by the one before it. */
class FactChain {
  private readonly correlationId = randomUUID();
  private last = this.correlationId;

  fact<E extends IntegrationEvent>(streamId: string, event: E, actor: Actor, occurredAt: string): Message {
    const id = randomUUID();
    const message = { ...event, id, streamId, metadata: { correlationId: this.correlationId, causationId: this.last, actor, occurredAt } } as Message;
    this.last = id;
    return message;
  }
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
// At a tenth of a litre, as every context rounds volumes, so custody's own lineage of a product names the same edges.
const m3 = (value: number) => cubicMetres(roundVolume(value));

/** The permit with its plan, the sawmill and the exporter's yard, as harvest and processing publish them once for every product. */
export function registrationFacts(products: number): Message[] {
  const chain = new FactChain();
  const since = daysFromNow(-365);
  const permit = `permit-${PERMIT}`;
  const plan: HarvestPlanApprovedV1['data'] = { permitId: PERMIT, planId: PLAN, validity: { from: daysFromNow(-200), to: daysFromNow(160) }, species: [{ species: TORNILLO, authorised: m3(products * EXTRACTED * LARGEST_LOG_M3) }] };
  const facility = (facilityId: string, holderTaxId: string, kind: ProcessorStandingChangedV1['data']['kind']) =>
    chain.fact<ProcessorStandingChangedV1>(`processor-${facilityId}`, { type: 'ProcessorStandingChanged', version: 1, data: { facilityId, holderTaxId, kind, standing: 'authorised', validity: { from: since, until: daysFromNow(5 * 365) }, authority: AUTHORITY, at: since } }, REGULATOR, hoursAgo(365 * 24));
  return [
    chain.fact<PermitStandingChangedV1>(permit, { type: 'PermitStandingChanged', version: 1, data: { permitId: PERMIT, status: 'active', reason: 'registered', authority: AUTHORITY, at: since } }, REGULATOR, hoursAgo(365 * 24)),
    chain.fact<HarvestPlanApprovedV1>(permit, { type: 'HarvestPlanApproved', version: 1, data: plan }, REGULATOR, hoursAgo(200 * 24)),
    facility(SAWMILL.facilityId, SAWMILL.holderTaxId, 'sawmill'),
    facility(YARD, EXPORTER, 'export_yard'),
  ];
}

/**
 * Every fact of product `p`'s lineage in the order the contexts publish them: the extractions, each level's
 * transformations then the lineage custody publishes for their outputs, and the guide that delivers the product to
 * the exporter. Consecutive facts of one stream go into one append.
 */
export function productFacts(p: number): { readonly productLotId: string; readonly messages: Message[] } {
  const chain = new FactChain();
  const volumes = new Map<string, number>();
  const messages: Message[] = [];
  const logs = Array.from({ length: EXTRACTED }, (_, i) => `P${p}-LOG-${i}`);
  for (const [i, lotId] of logs.entries()) {
    const volume = m3(1.5 + (i % 11) * 0.25);
    volumes.set(lotId, volume.value);
    const harvestDate = daysFromNow(-30 + (i % 20));
    const data: LotExtractedV1['data'] = { lotId, permitId: PERMIT, planId: PLAN, holderTaxId: HOLDER, species: TORNILLO, volume, pieces: 1, harvestDate, geolocation: { type: 'Point', coordinates: [-74.512345 - i * 1e-6, -8.712345 - p * 1e-4] } };
    messages.push(chain.fact<LotExtractedV1>(`permit-${PERMIT}`, { type: 'LotExtracted', version: 1, data }, HOLDER_ACTOR, `${harvestDate}T15:00:00.000Z`));
  }
  let batches = Array.from({ length: FIRST_SAWINGS }, (_, batch) => logs.filter((_, i) => i % FIRST_SAWINGS === batch));
  for (let level = 1; ; level++) {
    const at = hoursAgo(30 - level);
    const made = batches.map((inputs, batch) => transformation(`P${p}-TR${level}-${batch}`, inputs, level === 1, volumes, at));
    messages.push(...made.map(({ recorded }) => chain.fact<TransformationRecordedV1>(`processor-${SAWMILL.facilityId}`, recorded, processorActor(SAWMILL.facilityId), at)));
    messages.push(...made.map(({ lineage }) => chain.fact<LotLineageChangedV1>(`lot-${lineage.data.lotId}`, lineage, processorActor(SAWMILL.facilityId), at)));
    const outputs = made.map(({ lineage }) => lineage.data.lotId);
    if (outputs.length === 1) {
      const productLotId = outputs[0]!;
      messages.push(...shipment(chain, `GTF-P${p}`, productLotId, volumes.get(productLotId)!));
      return { productLotId, messages };
    }
    batches = Array.from({ length: outputs.length / 2 }, (_, pair) => outputs.slice(pair * 2, pair * 2 + 2));
  }
}

/** One sawing at the sawmill: every input taken whole into one output lot, so each input's share of it is 1. */
function transformation(transformationId: string, inputs: readonly string[], fromLogs: boolean, volumes: Map<string, number>, at: string) {
  const lotId = `${transformationId}-OUT`;
  const parents: LotShareV1[] = inputs.map((input) => ({ lotId: input, volume: m3(volumes.get(input)!) }));
  const inputM3 = parents.reduce((sum, parent) => sum + parent.volume.value, 0);
  const volume = m3(inputM3 * (fromLogs ? SAWN_YIELD : RESAWN_YIELD));
  volumes.set(lotId, volume.value);
  const productType = fromLogs ? 'roundwood' : 'sawn_wood';
  // The catalogue caps roundwood to sawn wood only, so re-sawing is judged against no yield.
  const yields: TransformationRecordedV1['data']['yields'] = fromLogs
    ? [{ species: TORNILLO, inputM3: m3(inputM3).value, inputNeededM3: m3(volume.value / 0.35).value, lines: [{ outputProduct: 'sawn_wood', maxYield: 0.35, allowedM3: m3(inputM3 * 0.35).value, requestedM3: volume.value }] }]
    : [];
  const recorded: TransformationRecordedV1 = {
    type: 'TransformationRecorded',
    version: 1,
    data: {
      facilityId: SAWMILL.facilityId,
      transformationId,
      at,
      inputs: parents.map((parent) => ({ lotId: parent.lotId, species: TORNILLO, productType, volume: parent.volume })),
      outputs: [{ lotId, species: TORNILLO, productType: 'sawn_wood', volume, parents }],
      yields,
    },
  };
  const lineage: LotLineageChangedV1 = { type: 'LotLineageChanged', version: 1, data: { lotId, parents, children: [], transformationId, at } };
  return { recorded, lineage };
}

/** The product on the sawmill's guide to the exporter's yard, delivered: from then on the exporter's lot. */
function shipment(chain: FactChain, guideNumber: string, lotId: string, volumeM3: number): Message[] {
  const issuedAt = hoursAgo(20);
  const deliveredAt = hoursAgo(4);
  const issued: GuideIssuedV1['data'] = {
    guideNumber,
    registrationNumber: `REG-${guideNumber}`,
    authority: AUTHORITY,
    issuerTaxId: SAWMILL.holderTaxId,
    holderTaxId: SAWMILL.holderTaxId,
    origin: { kind: 'processor', processorId: SAWMILL.facilityId },
    species: [{ species: TORNILLO, volume: m3(volumeM3) }],
    lots: [lotId],
    destination: { facilityId: YARD, consigneeTaxId: EXPORTER, consigneeKind: 'exporter' },
    trajectory: { checkpoints: [] },
    issuedAt,
    expiresAt: new Date(Date.parse(issuedAt) + 72 * 3_600_000).toISOString(),
  };
  const delivered: GuideDeliveredV1['data'] = { guideNumber, facilityId: YARD, lots: [lotId], at: deliveredAt };
  return [
    chain.fact<GuideIssuedV1>(`guide-${guideNumber}`, { type: 'GuideIssued', version: 1, data: issued }, processorActor(SAWMILL.facilityId), issuedAt),
    chain.fact<GuideDeliveredV1>(`guide-${guideNumber}`, { type: 'GuideDelivered', version: 1, data: delivered }, processorActor(YARD), deliveredAt),
  ];
}
