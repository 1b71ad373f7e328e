import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { eventOfType, type StreamStore, uuidFromName } from '#shared-kernel';
import { instantOf } from '../domain/instant.js';
import type { LotHold } from '../domain/lot-holds.js';
import type { RecordTransformation } from '../domain/processor.commands.js';
import type { YieldFact } from '../domain/processor.js';
import { volumeOf } from '../dtos/volume.dto.js';
import { assertIsProcessor } from '../processor-access.js';
import { lotHoldsStream } from '../domain/lot-holds.js';
import { processorStream } from '../domain/processor.decider.js';
import { transformationOf, type TransformationResponse } from './transformation.response.js';
import { RecordTransformationCommand } from './record-transformation.command.js';

/** Product lot ids are unique everywhere (custody keeps a stream per lot) and the same on every retry of one transformation. */
function productLotId(facilityId: string, transformationId: string, index: number): string {
  return uuidFromName(`processing/${facilityId}/${transformationId}/output/${index}`);
}

@CommandHandler(RecordTransformationCommand)
export class RecordTransformationHandler implements ICommandHandler<RecordTransformationCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  async execute({ facilityId, body, actor, idempotencyKey }: RecordTransformationCommand): Promise<TransformationResponse> {
    assertIsProcessor(actor, facilityId);
    const at = body.at ?? new Date().toISOString();
    const { id, requestDigest } = commandIdFor(`processing/record-transformation/${facilityId}`, actor, idempotencyKey, body);
    const transformationId = body.transformationId ?? id;
    const command: RecordTransformation = {
      type: 'RecordTransformation',
      data: {
        transformationId,
        at,
        inputs: body.inputs.map(({ lotId, volume }) => ({ lotId, volume: volumeOf(volume) })),
        outputs: body.outputs.map(({ productType, species, volume }, index) => ({ lotId: productLotId(facilityId, transformationId, index), productType, species, volume: volumeOf(volume) })),
        yieldFacts: await this.yieldFactsAt(at),
        holds: await this.holdsOn(body.inputs.map((input) => input.lotId)),
        ...(body.exception ? { exception: { reason: body.exception.reason } } : {}),
      },
    };
    const { events } = await processorStream.handle(this.store, facilityId, { id, command, actor, occurredAt: at, requestDigest });
    const recorded = eventOfType(events, 'TransformationRecorded');
    if (!recorded) throw new Error(`RecordTransformation on processor ${facilityId} recorded ${events.map((event) => event.type).join(', ') || 'nothing'}`);
    return transformationOf(recorded.data, eventOfType(events, 'TransformationFlagged')?.data);
  }

  /** Custody's holds on the inputs, as noted so far; the decider refuses a held input. */
  private async holdsOn(lotIds: readonly string[]): Promise<LotHold[]> {
    return (await Promise.all([...new Set(lotIds)].map((lotId) => lotHoldsStream.load(this.store, lotId)))).flat();
  }

  /** The yield coefficients in force when the transformation happened, marked while awaiting confirmation; none in force leaves the decider to refuse. */
  private async yieldFactsAt(at: string): Promise<YieldFact[]> {
    const version = await this.reference.versionAt('yield-coefficients', new Date(instantOf(at)!));
    return (version?.entries ?? []).map(({ species, input, output, maxYield, status }) => ({
      species,
      inputProduct: input,
      outputProduct: output,
      maxYield,
      ...(status === 'confirm' ? { unconfirmed: true as const } : {}),
    }));
  }
}
