import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor, RequestValidationFailed } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { RecordExtraction } from '../domain/permit.commands.js';
import type { ExtractionRecorded } from '../domain/permit.events.js';
import { MIN_POINT_DECIMALS, pointDecimals } from '../domain/geolocation.js';
import { geolocationOf } from '../dtos/geolocation.dto.js';
import { volumeOf } from '../dtos/volume.dto.js';
import { assertHolderOf } from '../permit-access.js';
import { RecordExtractionCommand } from './record-extraction.command.js';
import type { RecordExtractionDto } from './record-extraction.dto.js';
import { writtenPointDecimals } from './written-point.js';
import { permitStream } from '../domain/permit.decider.js';

@CommandHandler(RecordExtractionCommand)
export class RecordExtractionHandler implements ICommandHandler<RecordExtractionCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ permitId, body, actor, idempotencyKey, rawBody }: RecordExtractionCommand): Promise<ExtractionRecorded['data']> {
    const decimals = pointDecimalsOf(body, rawBody);
    assertHolderOf(actor, await permitStream.loadExisting(this.store, permitId));
    const { id, requestDigest } = commandIdFor(`harvest/record-extraction/${permitId}`, actor, idempotencyKey, body);
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
        ...(decimals === undefined ? {} : { pointDecimals: decimals }),
      },
    };
    return permitStream.record(this.store, permitId, { id, command, actor, occurredAt: new Date().toISOString(), requestDigest }, 'ExtractionRecorded');
  }
}

/** A plot point's decimals, as written when the text is at hand; too few is a bad field, like the others. */
function pointDecimalsOf(body: RecordExtractionDto, rawBody: string | undefined): readonly [number, number] | undefined {
  const { geolocation } = body;
  if (geolocation.type !== 'Point') return undefined;
  const decimals = (rawBody === undefined ? undefined : writtenPointDecimals(rawBody)) ?? pointDecimals(geolocation.coordinates as [number, number]);
  if (decimals.every((digits) => digits >= MIN_POINT_DECIMALS)) return decimals;
  throw new RequestValidationFailed([
    { path: 'geolocation.coordinates', messages: [`coordinates of a plot point need ${MIN_POINT_DECIMALS} decimal digits of longitude and latitude (EUDR), got ${decimals.join(' and ')}`] },
  ]);
}
