import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor, type KeyedCommand } from '#http';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { DomainError, earlierEvents, fold, type StreamStore, uuidFromName } from '#shared-kernel';
import { loadCitesPermit } from '../cites-permit-stream.js';
import type { GuideLine, GuideOrigin, IssuedGuide } from '../domain/guide.js';
import type { IssueGuide } from '../domain/guide.commands.js';
import { guideDecider } from '../domain/guide.decider.js';
import { assertMayIssue } from '../guide-access.js';
import { releaseLots } from '../guide-lots.js';
import { onGuide, readGuideHistory } from '../guide-stream.js';
import { assertKeeps } from '../lot-access.js';
import { loadLot, onLot, stepId } from '../lot-stream.js';
import { assertHeldByParty } from './cites-permit-held.js';
import type { GuideOriginDto, IssueGuideDto } from './issue-guide.dto.js';
import { assertLineMatchesLot } from './line-matches-lot.js';
import { registeredTrajectory } from './registered-trajectory.js';

/** A retry of a request whose guide was refused, after one of its lots went elsewhere: it cannot stand any more. */
export class IssuanceRefusedBefore extends DomainError {
  constructor(guideNumber: string, lotIds: readonly string[]) {
    super('conflict', 'issuance_refused_before', `This Idempotency-Key issued no guide ${guideNumber} before, and its lots ${lotIds.join(', ')} were released since: send the request with a new key`, {
      guideNumber,
      lotIds,
    });
  }
}

/**
 * ADR 4: each lot is dispatched under the guide first (the lot refuses if immobilised, confiscated, closed or on
 * another open guide), then the guide is recorded; a refusal midway releases the lots already dispatched.
 */
@Injectable()
export class IssueGuideHandler {
  private readonly logger = new Logger('custody.issue-guide');

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  async handle(body: IssueGuideDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<IssuedGuide> {
    assertMayIssue(actor, { origin: originOf(body.origin), holderTaxId: body.holderTaxId });
    const guide = await this.guideOf(body);
    const { id, requestDigest } = commandIdFor(`custody/issue-guide/${guide.number}`, actor, idempotencyKey, body);
    const history = await readGuideHistory(this.store, guide.number);
    const issuedBefore = earlierEvents(history, { id: uuidFromName(`${id}/issue`), requestDigest }).find((event) => event.type === 'GuideIssued');
    if (issuedBefore?.type === 'GuideIssued') return issuedBefore.data;

    // Refusals the guide alone decides (number taken, fields a client can fix) come before any lot moves.
    guideDecider.decide({ type: 'IssueGuide', data: guide }, fold(guideDecider, history));
    const lotIds = guide.lines.map((line) => line.lotId);
    const lines: GuideLine[] = [];
    for (const [index, line] of guide.lines.entries()) {
      const lot = await loadLot(this.store, line.lotId);
      assertKeeps(actor, lot, 'ship');
      assertLineMatchesLot(line, index, lot);
      lines.push({ ...line, lotSpecies: lot.species });
    }
    for (const number of guide.citesPermits ?? []) assertHeldByParty(guide, (await loadCitesPermit(this.store, number)).permit);
    const issued: IssuedGuide = { ...guide, lines };
    const command: IssueGuide = { type: 'IssueGuide', data: issued };

    const occurredAt = new Date().toISOString();
    const dispatched = await this.dispatch(guide.number, lotIds, { id, requestDigest }, actor, guide.issuedAt);
    try {
      await onGuide(this.store, guide.number, { id: uuidFromName(`${id}/issue`), command, actor, occurredAt, correlationId: id, requestDigest });
    } catch (error) {
      await releaseLots(this.store, { guideNumber: guide.number, lotIds: dispatched, reason: 'issuance_refused', commandId: id, actor, at: occurredAt }, this.logger);
      throw error;
    }
    return issued;
  }

  /** Every lot dispatched, or none left on the guide and the refusal rethrown. */
  private async dispatch(guideNumber: string, lotIds: readonly string[], { id, requestDigest }: KeyedCommand, actor: AuthenticatedActor, at: string): Promise<string[]> {
    const dispatched: string[] = [];
    const releasedSince: string[] = [];
    const compensate = () => releaseLots(this.store, { guideNumber, lotIds: dispatched, reason: 'issuance_refused', commandId: id, actor, at: new Date().toISOString() }, this.logger);
    for (const lotId of lotIds) {
      try {
        const command = { type: 'DispatchLot', data: { guideNumber, at } } as const;
        const { replayed, state } = await onLot(this.store, lotId, { id: stepId(id, 'dispatch', lotId), command, actor, occurredAt: new Date().toISOString(), correlationId: id, requestDigest });
        // A replayed dispatch whose lot left the guide since: an earlier attempt with this key was refused and compensated.
        const stillOnGuide = state?.whereabouts.kind === 'on_guide' && state.whereabouts.guideNumber === guideNumber;
        if (replayed && !stillOnGuide) releasedSince.push(lotId);
        else dispatched.push(lotId);
      } catch (error) {
        await compensate();
        throw error;
      }
    }
    if (releasedSince.length > 0) {
      await compensate();
      throw new IssuanceRefusedBefore(guideNumber, releasedSince);
    }
    return dispatched;
  }

  private async guideOf(body: IssueGuideDto): Promise<IssuedGuide> {
    return {
      number: body.number,
      registrationNumber: body.registrationNumber,
      authority: body.authority,
      issuerTaxId: body.issuerTaxId,
      holderTaxId: body.holderTaxId,
      ownerTaxId: body.ownerTaxId,
      origin: originOf(body.origin),
      consignee: { taxId: body.consignee.taxId, kind: body.consignee.kind, facilityId: body.consignee.facilityId },
      destination: { facilityId: body.destination.facilityId, position: body.destination.position },
      vehiclePlates: [...body.vehiclePlates],
      driver: { id: body.driver.id, licence: body.driver.licence },
      lines: body.lines.map(({ lotId, scientificName, commonName, productType, volume, pieces }) => ({
        lotId,
        scientificName,
        commonName,
        productType,
        volume: { value: volume.value, unit: volume.unit },
        pieces,
      })),
      issuedAt: body.issuedAt,
      expiresAt: body.expiresAt,
      trajectory: await registeredTrajectory(this.reference, body.trajectory, body.issuedAt),
      ...(body.citesPermits === undefined || body.citesPermits.length === 0 ? {} : { citesPermits: [...body.citesPermits] }),
    };
  }
}

function originOf(origin: GuideOriginDto): GuideOrigin {
  return origin.kind === 'permit'
    ? { kind: 'permit', permitId: origin.permitId!, planId: origin.planId!, position: origin.position }
    : { kind: 'processor', processorId: origin.processorId!, position: origin.position };
}
