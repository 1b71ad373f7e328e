import type { Publication } from '#messaging';
import type { Recorded } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { GuideDelivered, GuideIssued } from '../domain/guide.events.js';
import { speciesTotals, totalQuantity } from '../domain/guide.species-totals.js';
import type { LotLineage } from '../domain/lot.js';
import type { LotEvent } from '../domain/lot.events.js';
import type { CustodyIntegrationEvent, GuideIssuedV1, LotLineageChangedV1 } from '../integration/index.js';

type PublishedEvent = Extract<
  LotEvent | GuideIssued | GuideDelivered,
  { type: 'LotDelivered' | 'LotImmobilised' | 'LotReleased' | 'LotConfiscated' | 'ConfiscatedLotDisposed' | 'ProductLotCreated' | 'ChildLotCreated' | 'LotsMerged' | 'LotSplit' | 'LotMergedInto' | 'GuideIssued' | 'GuideDelivered' }
>;

const PUBLISHED: readonly PublishedEvent['type'][] = [
  'LotDelivered',
  'LotImmobilised',
  'LotReleased',
  'LotConfiscated',
  'ConfiscatedLotDisposed',
  'ProductLotCreated',
  'ChildLotCreated',
  'LotsMerged',
  'LotSplit',
  'LotMergedInto',
  'GuideIssued',
  'GuideDelivered',
];

/** What custody tells other contexts about lots and guides; scans are published on their own (`scanPublication`). */
export const custodyPublication = {
  name: 'custody',
  publishes: ['LotDelivered', 'LotImmobilised', 'LotReleased', 'LotConfiscated', 'ConfiscatedLotDisposed', 'LotLineageChanged', 'GuideIssued', 'GuideDelivered'],
  eventTypes: PUBLISHED,
  streamPrefixes: ['lot-', 'guide-'],
  publish: (event: Recorded<PublishedEvent>) => integrationEvents(event),
} satisfies Publication<PublishedEvent>;

function integrationEvents(event: PublishedEvent): readonly CustodyIntegrationEvent[] {
  switch (event.type) {
    case 'LotDelivered': {
      const { lotId, guideNumber, facilityId, species, productType, volume, at } = event.data;
      return [{ type: 'LotDelivered', version: 1, data: { lotId, guideNumber, facilityId, species, productType, volume, at } }];
    }
    case 'LotImmobilised': {
      const { lotId, caseRef, reason, authority, checkpoint, volume, at } = event.data;
      return [{ type: 'LotImmobilised', version: 1, data: { lotId, caseRef, reason, authority, ...(checkpoint === undefined ? {} : { checkpoint }), volume, at } }];
    }
    case 'LotReleased': {
      const { lotId, caseRef, authority, at } = event.data;
      return [{ type: 'LotReleased', version: 1, data: { lotId, caseRef, authority, at } }];
    }
    case 'LotConfiscated': {
      const { lotId, caseRef, authority, species, volume, at } = event.data;
      return [{ type: 'LotConfiscated', version: 1, data: { lotId, caseRef, authority, species, volume, at } }];
    }
    case 'ConfiscatedLotDisposed': {
      const { lotId, caseRef, authority, method, recipient, at } = event.data;
      return [{ type: 'ConfiscatedLotDisposed', version: 1, data: { lotId, caseRef, authority, method, recipientTaxId: recipient.taxId, at } }];
    }
    case 'ProductLotCreated':
      return [lineageChanged(event.data.lotId, { parents: event.data.parents, children: [] }, event.data.at, event.data.transformationId)];
    case 'ChildLotCreated':
      return [lineageChanged(event.data.lotId, { parents: event.data.parents, children: [] }, event.data.at)];
    case 'LotsMerged':
    case 'LotSplit':
    case 'LotMergedInto':
      return [lineageChanged(event.data.lotId, event.data.lineage, event.data.at)];
    case 'GuideIssued':
      return [guideIssued(event.data)];
    case 'GuideDelivered': {
      const { number, facilityId, lots, at } = event.data;
      return [{ type: 'GuideDelivered', version: 1, data: { guideNumber: number, facilityId, lots, at } }];
    }
    default:
      return unreachable(event);
  }
}

function lineageChanged(lotId: string, { parents, children }: LotLineage, at: string, transformationId?: string): LotLineageChangedV1 {
  return { type: 'LotLineageChanged', version: 1, data: { lotId, parents, children, ...(transformationId === undefined ? {} : { transformationId }), at } };
}

/** Lines of one species and measure summed in its base unit (m³ or kg), so harvest counts what moved per species: the lots', also where a line names only the genus. */
function guideIssued(guide: IssuedGuide): GuideIssuedV1 {
  const { origin, consignee, trajectory } = guide;
  return {
    type: 'GuideIssued',
    version: 1,
    data: {
      guideNumber: guide.number,
      registrationNumber: guide.registrationNumber,
      authority: guide.authority,
      issuerTaxId: guide.issuerTaxId,
      holderTaxId: guide.holderTaxId,
      origin: origin.kind === 'permit' ? { kind: 'permit', permitId: origin.permitId, planId: origin.planId } : { kind: 'processor', processorId: origin.processorId },
      species: speciesTotals(guide.lines).map((total) => ({ species: total.species, volume: totalQuantity(total) })),
      lots: guide.lines.map((line) => line.lotId),
      destination: { facilityId: guide.destination.facilityId, consigneeTaxId: consignee.taxId, consigneeKind: consignee.kind },
      trajectory: {
        checkpoints: trajectory.checkpoints.map(({ code, position, mandatory, earliestArrivalMinutes, latestArrivalMinutes }) => ({
          code,
          position,
          mandatory,
          earliestArrivalMinutes,
          latestArrivalMinutes,
        })),
        ...(trajectory.corridorWidthKm === undefined ? {} : { corridorWidthKm: trajectory.corridorWidthKm }),
      },
      issuedAt: guide.issuedAt,
      expiresAt: guide.expiresAt,
    },
  };
}

function unreachable(event: never): never {
  throw new Error(`Unknown custody event ${JSON.stringify(event)}`);
}
