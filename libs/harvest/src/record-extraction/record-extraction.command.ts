import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ExtractionRecorded } from '../domain/permit.events.js';
import type { RecordExtractionDto } from './record-extraction.dto.js';

/** Record a lot's extraction; `rawBody` is the request's JSON text, where a plot point's decimals are counted as written. */
export class RecordExtractionCommand extends Command<ExtractionRecorded['data']> {
  constructor(
    readonly permitId: string,
    readonly body: RecordExtractionDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
    readonly rawBody?: string,
  ) {
    super();
  }
}
