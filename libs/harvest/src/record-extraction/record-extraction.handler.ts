import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { RecordExtraction } from '../domain/permit.commands.js';
import type { ExtractionRecorded } from '../domain/permit.events.js';
import { geolocationOf } from '../dtos/geolocation.dto.js';
import { volumeOf } from '../dtos/volume.dto.js';
import { assertHolderOf } from '../permit-access.js';
import { loadPermit, recordOnPermit } from '../permit-stream.js';
import type { RecordExtractionDto } from './record-extraction.dto.js';

@Injectable()
export class RecordExtractionHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(permitId: string, body: RecordExtractionDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<ExtractionRecorded['data']> {
    assertHolderOf(actor, await loadPermit(this.store, permitId));
    const id = commandIdFor(`harvest/record-extraction/${permitId}`, actor, idempotencyKey);
    const command: RecordExtraction = {
      type: 'RecordExtraction',
      data: {
        permitId,
        planId: body.planId,
        // Made from the command id, so retries racing with one Idempotency-Key decide the very same lot and events.
        lotId: body.lotId ?? `LOT-${uuidFromName(`${id}/lot`)}`,
        species: body.species,
        volume: volumeOf(body.volume),
        pieces: body.pieces,
        harvestDate: body.harvestDate,
        geolocation: geolocationOf(body.geolocation),
      },
    };
    return recordOnPermit(this.store, permitId, { id, command, actor, occurredAt: new Date().toISOString() }, 'ExtractionRecorded');
  }
}
