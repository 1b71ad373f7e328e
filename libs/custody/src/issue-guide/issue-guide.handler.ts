import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { FAULTS, type FaultPoints } from '#messaging';
import { assertNotDisqualified, earlierEvents, type EventToAppend, fold, peruDateOf, refusedError, type StreamStore, uuidFromName } from '#shared-kernel';
import type { GuideLine, GuideOrigin, IssuedGuide } from '../domain/guide.js';
import type { RequestGuideIssuance } from '../domain/guide.commands.js';
import { guideDecider, guideStream, type RecordedGuideEvent } from '../domain/guide.decider.js';
import { assertMayIssue } from '../guide-access.js';
import { guideFact } from '../guide-lots/guide-facts.js';
import { GuideIssuance } from '../guide-lots/guide-issuance.js';
import { assertKeeps } from '../lot-access.js';
import { assertHeldByParty } from './cites-permit-held.js';
import type { GuideOriginDto, IssueGuideDto } from './issue-guide.dto.js';
import { assertLineMatchesLot } from './line-matches-lot.js';
import { assertDestinationStands } from './destination-stands.js';
import { assertOriginStands, type OriginRegisters } from './origin-stands.js';
import { registeredTrajectory } from './registered-trajectory.js';
import { IssueGuideCommand } from './issue-guide.command.js';
import { loadCitesPermit } from '../registered-cites-permit.js';
import { lotStream } from '../domain/lot.decider.js';
import { partyDisqualificationStream } from '../domain/party-disqualification.js';
import { InvalidGuide } from '../domain/guide.errors.js';
import { listedPiece } from '../domain/piece-list.js';
import { dimensionsOf } from '../dtos/piece.dto.js';
import { problem } from '../domain/guide.problems.js';
import { isBefore } from '../domain/guide.time.js';
import { facilityRegisterStream } from '../scanning/origin-register/facility-register.js';
import { permitRegisterStream } from '../scanning/origin-register/permit-register.js';

/**
 * The guide's request is recorded first, taking its number; then the issuance workflow dispatches each lot under it
 * (a lot refuses if immobilised, confiscated, closed or on another open guide) and issues the guide, or sends the
 * dispatched lots back and refuses it. A crash midway is carried on by the guide's lots process.
 */
@CommandHandler(IssueGuideCommand)
export class IssueGuideHandler implements ICommandHandler<IssueGuideCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(FAULTS) private readonly faults: FaultPoints,
    private readonly issuance: GuideIssuance,
  ) {}

  async execute({ body, actor, idempotencyKey }: IssueGuideCommand): Promise<IssuedGuide> {
    assertMayIssue(actor, { origin: originOf(body.origin), holderTaxId: body.holderTaxId });
    const guide = await this.guideOf(body);
    const { id, requestDigest } = commandIdFor(`custody/issue-guide/${guide.number}`, actor, idempotencyKey, body);
    const requestId = uuidFromName(`${id}/issue`);
    const history = await guideStream.read(this.store, guide.number);
    const earlier = earlierEvents(history, { id: requestId, requestDigest });

    // A retry of a recorded request replays it; a new one is checked before the number is taken.
    const now = new Date().toISOString();
    const command: RequestGuideIssuance = { type: 'RequestGuideIssuance', data: earlier.length === 0 ? await this.checked(guide, history, actor, now) : guide };
    const { events } = await guideStream.handle(this.store, guide.number, { id: requestId, command, actor, occurredAt: now, correlationId: id, requestDigest });
    const request = guideFact(guide.number, events, 'GuideIssuanceRequested');
    if (!request) return issuedIn(events);
    this.faults.reached(`guide-issuance/${guide.number}/requested`);
    const outcome = await this.issuance.drive(request);
    if ('refused' in outcome) throw refusedError(outcome.refused.refusal);
    return outcome.issued;
  }

  /** Refusals the guide alone decides (number taken, fields a client can fix) first, then its origin's and each lot's; the lines keep their lots' species. */
  private async checked(guide: IssuedGuide, history: readonly RecordedGuideEvent[], actor: AuthenticatedActor, now: string): Promise<IssuedGuide> {
    guideDecider.decide({ type: 'RequestGuideIssuance', data: guide }, fold(guideDecider, history));
    if (!isBefore(now, guide.expiresAt)) throw new InvalidGuide(guide.number, [problem('expiresAt', 'expired_before_recording')]);
    assertOriginStands(guide, await this.originRegisters(guide.origin), now);
    assertDestinationStands(guide, await facilityRegisterStream.load(this.store, guide.destination.facilityId), now);
    const lines: GuideLine[] = [];
    for (const [index, line] of guide.lines.entries()) {
      const lot = await lotStream.loadExisting(this.store, line.lotId);
      assertKeeps(actor, lot, 'ship');
      assertLineMatchesLot(line, index, lot);
      lines.push({ ...line, lotSpecies: lot.species });
    }
    for (const number of guide.citesPermits ?? []) assertHeldByParty(guide, (await loadCitesPermit(this.store, number)).permit);
    await this.assertPartiesNotDisqualified(guide, now);
    return { ...guide, lines };
  }

  private async originRegisters(origin: GuideOrigin): Promise<OriginRegisters> {
    if (origin.kind === 'permit') return { permit: await permitRegisterStream.load(this.store, origin.permitId) };
    return { facility: await facilityRegisterStream.load(this.store, origin.processorId) };
  }

  /** Neither holder nor issuer may be disqualified on the day the guide is dated, nor on the day it is issued here: a guide dated before the period is not issued during it. */
  private async assertPartiesNotDisqualified(guide: IssuedGuide, now: string): Promise<void> {
    const days = [...new Set([peruDateOf(guide.issuedAt), peruDateOf(now)])];
    for (const taxId of new Set([guide.holderTaxId, guide.issuerTaxId])) {
      const disqualifications = await partyDisqualificationStream.load(this.store, taxId);
      for (const day of days) assertNotDisqualified(disqualifications, day);
    }
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
      lines: body.lines.map(({ lotId, scientificName, commonName, productType, volume, pieces, pieceList }) => ({
        lotId,
        scientificName,
        commonName,
        productType,
        volume: { value: volume.value, unit: volume.unit },
        pieces,
        ...(pieceList === undefined ? {} : { pieceList: pieceList.map((piece) => listedPiece(piece.code, dimensionsOf(piece.dimensions))) }),
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

/** A request recorded before guides were requested first: its replay is the guide as issued then. */
function issuedIn(events: readonly Pick<EventToAppend, 'type' | 'data'>[]): IssuedGuide {
  const issued = events.find((event) => event.type === 'GuideIssued');
  if (!issued) throw new Error(`A guide request recorded ${events.map((event) => event.type).join(', ')}`);
  return issued.data as IssuedGuide;
}
