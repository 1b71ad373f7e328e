import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor, RequestValidationFailed } from '#http';
import { type CertifiedIdentifierEntry, REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import type { StreamStore } from '#shared-kernel';
import { assertActsForAuthority } from '../case-access.js';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import type { CertifiedIdentifier } from '../domain/case.identification-report.js';
import { caseStream } from '../domain/case.decider.js';
import type { IdentificationReportResponse } from './identification-report.response.js';
import { RecordIdentificationCommand } from './record-identification.command.js';

@CommandHandler(RecordIdentificationCommand)
export class RecordIdentificationHandler implements ICommandHandler<RecordIdentificationCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  async execute({ caseId, body, actor, idempotencyKey }: RecordIdentificationCommand): Promise<IdentificationReportResponse> {
    const { id, requestDigest } = commandIdFor(`sanctions/identification-reports/${caseId}`, actor, idempotencyKey, body);
    const found = await caseStream.loadExisting(this.store, caseId);
    assertActsForAuthority(actor, found);
    // The register and the species catalogue are read as they stood on the day of the identification.
    const identifiedOn = new Date(body.identifiedAt);
    const species = await this.catalogueName(body.species, identifiedOn, peruDateOf(body.identifiedAt));
    const entry = await this.reference.certifiedIdentifier(body.certificateNumber, identifiedOn);
    const at = new Date().toISOString();
    const command = {
      type: 'RecordIdentification',
      data: {
        caseId,
        by: actor.id,
        ...(body.lot === undefined ? {} : { lot: body.lot }),
        piece: body.piece,
        species,
        certificateNumber: body.certificateNumber,
        ...(entry === undefined ? {} : { identifier: identifierOf(entry) }),
        identifiedAt: body.identifiedAt,
        ...(body.document === undefined ? {} : { document: body.document }),
        at,
      },
    } as const;
    const { events } = await caseStream.handle(this.store, caseId, { id, command, actor, occurredAt: at, requestDigest });
    // A retry answers the report as first recorded.
    return events.flatMap((event) => (event.type === 'IdentificationReported' ? [event.data] : []))[0]!;
  }

  /** The species as the catalogue names it, or a genus the catalogue allows timber to be identified by alone. */
  private async catalogueName(species: string, at: Date, day: string): Promise<string> {
    const entry = await this.reference.species(species, at);
    if (entry) return entry.scientificName;
    const genus = species.trim();
    if (/^[A-Z][a-z]+$/.test(genus) && (await this.reference.genusLevelAllowed(genus, at))) return genus;
    throw new RequestValidationFailed([{ path: 'species', messages: [`${species} is not a species of the catalogue in force on ${day}, nor a genus identified at genus level`] }]);
  }
}

function identifierOf({ certificateNumber, name, certifyingBody, validFrom, validUntil }: CertifiedIdentifierEntry): CertifiedIdentifier {
  return { certificateNumber, name, certifyingBody, validFrom, validUntil };
}
