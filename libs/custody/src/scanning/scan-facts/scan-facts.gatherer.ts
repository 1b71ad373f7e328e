import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, RecentReads } from '#event-store';
import { NoVersionInForce, REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import type { StreamStore } from '#shared-kernel';
import { citesPermitStream } from '../../domain/cites-permit.decider.js';
import type { IssuedGuide } from '../../domain/guide.js';
import { isBefore } from '../../domain/guide.time.js';
import type { ObservedLine } from '../../domain/scan-checks/scan-context.js';
import type { CheckpointFacts, CitesPermit, OriginFacts, ScanFacts } from '../../domain/scan-checks/scan-facts.js';
import { RegisterReads } from '../origin-register/register-reads.js';
import { PLAN_GUIDES, type PlanGuides } from '../plan-guides/plan-guides.port.js';
import { movedByOtherGuides, type PlanGuideMoves, planGuideMoves } from '../plan-guides/plan-guides.projection.js';
import { type SightedScan, Sightings } from '../scan-log/sightings.js';
import { SCAN_SETTINGS, type ScanSettings } from '../settings/scan-settings.js';
import { CheckpointNotFound } from './checkpoint-not-found.js';
import { destinationFacts, permitOriginFacts, processorOriginFacts, yieldCapOf, yieldPairKey, yieldPairs } from './origin-facts.js';
import { type ScanRules, scanRulesOf } from './scan-rules.js';
import { speciesFactsFor } from './species-facts.js';

export interface ScanToJudge extends SightedScan {
  readonly observedLines: readonly ObservedLine[];
}

/**
 * Gathers what a scan is judged on, as it stood at the observation time: the checkpoint and species catalogues
 * and the scan rules in force, the origin's and destination's registers, sightings elsewhere, and the CITES
 * permits the guide names.
 */
@Injectable()
export class ScanFactsGatherer {
  private readonly plansGuides: RecentReads<PlanGuideMoves[]>;

  constructor(
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly registers: RegisterReads,
    @Inject(PLAN_GUIDES) private readonly planGuides: PlanGuides,
    @Inject(SCAN_SETTINGS) settings: ScanSettings,
    private readonly sightings: Sightings,
  ) {
    // The plan's guides come from a projection, which lags anyway: a guide issued meanwhile is counted by harvest.
    this.plansGuides = new RecentReads(settings.factsFreshForMs);
  }

  async gather(scan: ScanToJudge, guide: IssuedGuide | undefined): Promise<ScanFacts> {
    const rules = await this.rules(scan.observedAt);
    const [checkpoint, species, origin, destination, sightings, citesPermits] = await Promise.all([
      this.checkpoint(scan.checkpoint, scan.observedAt),
      this.species(scan, guide),
      guide && this.origin(guide, scan.observedAt),
      guide && this.destination(guide, scan.observedAt),
      this.sightings.around(scan, rules.sightingWindowHours),
      this.citesPermits(guide),
    ]);
    return {
      checkpoint,
      thresholds: rules.thresholds,
      rulesVersion: rules.version,
      species,
      ...(origin === undefined ? {} : { origin }),
      citesPermits,
      ...(destination === undefined ? {} : { destination }),
      sightings,
    };
  }

  /** The scan rules SERFOR published in force at the observation; the shipped version covers every date from 2000. */
  private async rules(observedAt: string): Promise<ScanRules> {
    const published = await this.reference.versionAt('scan-rules', new Date(observedAt));
    if (!published) throw new NoVersionInForce('scan-rules', new Date(observedAt));
    return scanRulesOf(published);
  }

  /** Throws 404 `checkpoint_not_found` when no checkpoint of that code was in force. */
  async checkpoint(code: string, observedAt: string): Promise<CheckpointFacts> {
    const entry = await this.reference.checkpoint(code, new Date(observedAt));
    if (!entry) throw new CheckpointNotFound(code, observedAt);
    return { code: entry.code, position: [entry.longitude, entry.latitude], authority: entry.authority };
  }

  private async species(scan: ScanToJudge, guide: IssuedGuide | undefined) {
    const at = new Date(scan.observedAt);
    const names = [...(guide?.lines.map((line) => line.scientificName) ?? []), ...scan.observedLines.map((line) => line.scientificName)];
    const [catalogue, densities] = await Promise.all([this.reference.speciesAt(at), this.reference.versionAt('densities', at)]);
    return speciesFactsFor(names, catalogue, densities?.entries ?? []);
  }

  private async origin(guide: IssuedGuide, observedAt: string): Promise<OriginFacts> {
    const { origin } = guide;
    if (origin.kind === 'permit') {
      const [register, guides] = await Promise.all([
        this.registers.permit(origin.permitId),
        this.guidesOfPlan(origin.permitId, origin.planId),
      ]);
      return permitOriginFacts(register, origin.planId, observedAt, movedByOtherGuides(guides, guide.number, observedAt));
    }
    const register = await this.registers.facility(origin.processorId);
    const at = new Date(observedAt);
    const pairs = yieldPairs(register, observedAt);
    const found = await Promise.all(pairs.map((pair) => this.reference.yieldCoefficient(pair.species, pair.input, pair.output, at)));
    const coefficients = new Map(pairs.map((pair, index) => [yieldPairKey(pair), yieldCapOf(found[index])]));
    return processorOriginFacts(register, observedAt, (pair) => coefficients.get(yieldPairKey(pair)));
  }

  private guidesOfPlan(permitId: string, planId: string): Promise<PlanGuideMoves[]> {
    return this.plansGuides.read(JSON.stringify([permitId, planId]), async () => planGuideMoves(await this.planGuides.ofPlan(permitId, planId)));
  }

  /** The permits the guide names, each valid until its revocation where that came first. */
  private async citesPermits(guide: IssuedGuide | undefined): Promise<CitesPermit[]> {
    const states = await Promise.all((guide?.citesPermits ?? []).map((number) => citesPermitStream.load(this.store, number)));
    return states.flatMap(({ permit, revoked }) => {
      if (!permit) return [];
      const { number, scientificName, volume, validFrom, validUntil } = permit;
      return [{ number, scientificName, volume, validFrom, validUntil: revoked && isBefore(revoked.at, validUntil) ? revoked.at : validUntil }];
    });
  }

  private async destination(guide: IssuedGuide, observedAt: string) {
    const { facilityId } = guide.destination;
    return destinationFacts(await this.registers.facility(facilityId), facilityId, observedAt);
  }
}
