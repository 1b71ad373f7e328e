import type { Publication } from '#messaging';
import { inBaseUnit, type Recorded } from '#shared-kernel';
import { amountsOf, type SpeciesBalance } from '../domain/permit.balance.js';
import type { PermitEvent } from '../domain/permit.events.js';
import type { PermitStatus } from '../domain/permit.js';
import type { HarvestIntegrationEvent } from '../integration/harvest-integration-events.js';
import type { PermitStandingChangedV1 } from '../integration/permit-standing-changed.js';
import type { SpeciesBalanceChangedV1 } from '../integration/species-balance-changed.js';

/** What harvest tells other contexts, mapped from the permit's recorded events. */
export const harvestPublication = {
  name: 'harvest',
  publishes: ['PermitStandingChanged', 'HarvestPlanApproved', 'LotExtracted', 'SpeciesBalanceChanged', 'GuideNotCounted'],
  eventTypes: ['PermitRegistered', 'HarvestPlanApproved', 'PermitSuspended', 'PermitReinstated', 'PermitCancelled', 'ExtractionRecorded', 'VolumeMoved', 'GuideNotCounted'],
  streamPrefixes: ['permit-'],
  publish: (event: Recorded<PermitEvent>) => integrationEvents(event),
} satisfies Publication<PermitEvent>;

function integrationEvents(event: PermitEvent): readonly HarvestIntegrationEvent[] {
  switch (event.type) {
    case 'PermitRegistered': {
      const { permitId, authority, validity } = event.data;
      return [standing(permitId, 'active', { authority, reason: 'registered', at: validity.from })];
    }
    case 'HarvestPlanApproved': {
      const { permitId, planId, validity, species } = event.data;
      return [{ type: 'HarvestPlanApproved', version: 1, data: { permitId, planId, validity, species } }];
    }
    case 'PermitSuspended':
      return [standing(event.data.permitId, 'suspended', event.data)];
    case 'PermitReinstated':
      return [standing(event.data.permitId, 'active', event.data)];
    case 'PermitCancelled':
      return [standing(event.data.permitId, 'cancelled', event.data)];
    case 'ExtractionRecorded': {
      const { permitId, planId, lotId, holderTaxId, species, volume, pieces, harvestDate, geolocation, balance } = event.data;
      const extracted = { type: 'LotExtracted', version: 1, data: { lotId, permitId, planId, holderTaxId, species, volume, pieces, harvestDate, geolocation } } as const;
      return [extracted, balanceChanged(permitId, balance)];
    }
    case 'VolumeMoved':
      return event.data.balances.map((balance) => balanceChanged(event.data.permitId, balance));
    case 'GuideNotCounted':
      return [{ type: 'GuideNotCounted', version: 1, data: event.data }];
    default:
      return unreachable(event);
  }
}

function standing(permitId: string, status: PermitStatus, { authority, reason, at }: { authority: string; reason: string; at: string }): PermitStandingChangedV1 {
  return { type: 'PermitStandingChanged', version: 1, data: { permitId, status, reason, authority, at } };
}

/** In the quota's base unit: m³ for timber, kg for a product traded by weight. */
function balanceChanged(permitId: string, balance: SpeciesBalance): SpeciesBalanceChangedV1 {
  const { measure, authorised, extracted, moved } = amountsOf(balance);
  return {
    type: 'SpeciesBalanceChanged',
    version: 1,
    data: { permitId, planId: balance.planId, species: balance.species, authorised: inBaseUnit(authorised, measure), extracted: inBaseUnit(extracted, measure), moved: inBaseUnit(moved, measure) },
  };
}

function unreachable(event: never): never {
  throw new Error(`Unknown permit event ${JSON.stringify(event)}`);
}
