import { inBaseUnit, pointInPolygon, polygonWithin, positiveAmount, requireMeasure, roundVolume } from '#shared-kernel';
import { geolocationFinding, MIN_POINT_DECIMALS, pointDecimals } from './geolocation.js';
import { speciesBalance } from './permit.balance.js';
import type { RecordExtraction } from './permit.commands.js';
import {
  AuthorisedVolumeExceeded,
  CoordinatesTooCoarse,
  GeolocationOutsideHarvestArea,
  HarvestDateOutsidePlan,
  InvalidGeometry,
  InvalidPieceCount,
  LotAlreadyRecorded,
} from './permit.errors.js';
import type { ExtractionRecorded } from './permit.events.js';
import { requireActive, requireCalendarDate, requirePermit, requireText } from './permit.guards.js';
import type { Geolocation } from './permit.js';
import { requirePlan, requireQuota } from './permit.plans.js';
import type { HarvestPlan, PermitState } from './permit.state.js';
import { covers } from './validity.js';

export function recordExtraction({ data }: RecordExtraction, state: PermitState): ExtractionRecorded[] {
  const permit = requirePermit(state, data.permitId);
  const lotId = requireText('lotId', data.lotId);
  const amount = positiveAmount(data.volume, 'volume');
  if (!Number.isInteger(data.pieces) || data.pieces < 1) throw new InvalidPieceCount(data.pieces);
  requireCalendarDate('harvestDate', data.harvestDate);
  requirePlotGeolocation(data.geolocation, data.pointDecimals);
  requireActive(permit);
  if (permit.lotIds.has(lotId)) throw new LotAlreadyRecorded(permit.permitId, lotId);
  const plan = requirePlan(permit, data.planId);
  if (!covers(plan.validity, data.harvestDate)) throw new HarvestDateOutsidePlan(plan.planId, data.harvestDate, plan.validity);
  const quota = requireQuota(plan, data.species);
  requireMeasure(data.volume, quota.measure, 'volume');
  if (!insideHarvestArea(plan, data.geolocation)) throw new GeolocationOutsideHarvestArea(plan.planId, lotId);
  const extracted = roundVolume(quota.extracted + amount);
  if (extracted > quota.authorised) throw new AuthorisedVolumeExceeded(speciesBalance(plan.planId, quota), amount);
  return [
    {
      type: 'ExtractionRecorded',
      data: {
        permitId: permit.permitId,
        planId: plan.planId,
        lotId,
        holderTaxId: permit.holderTaxId,
        species: quota.species,
        volume: inBaseUnit(amount, quota.measure),
        pieces: data.pieces,
        harvestDate: data.harvestDate,
        geolocation: data.geolocation,
        balance: speciesBalance(plan.planId, { ...quota, extracted }),
      },
    },
  ];
}

function requirePlotGeolocation(geolocation: Geolocation, written: readonly [number, number] | undefined): void {
  const finding = geolocationFinding(geolocation);
  if (finding) throw new InvalidGeometry('geolocation', finding);
  if (geolocation.type !== 'Point') return;
  const decimals = written ?? pointDecimals(geolocation.coordinates);
  if (decimals.some((digits) => digits < MIN_POINT_DECIMALS)) throw new CoordinatesTooCoarse(decimals, MIN_POINT_DECIMALS);
}

/** A point inside one of the plan's areas; a polygon wholly inside one of them. */
function insideHarvestArea(plan: HarvestPlan, geolocation: Geolocation): boolean {
  return plan.harvestAreas.some((area) =>
    geolocation.type === 'Point' ? pointInPolygon(geolocation.coordinates, area) : polygonWithin(geolocation, area),
  );
}
