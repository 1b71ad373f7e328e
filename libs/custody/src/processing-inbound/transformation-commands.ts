import type { TransformationRecordedV1 } from '#processing/integration';
import type { ConsumeLot, CreateProductLot } from '../domain/lot.commands.js';
import type { InheritedHold } from '../domain/lot.js';

/** One command on one lot's stream; `part` keeps the command ids of one message apart. */
export interface LotStep<C extends ConsumeLot | CreateProductLot = ConsumeLot | CreateProductLot> {
  readonly lotId: string;
  readonly part: number;
  readonly command: C;
}

/** Every input consumed first, each naming the products it went into. */
export function consumeSteps({ data }: TransformationRecordedV1): LotStep<ConsumeLot>[] {
  const { facilityId, transformationId, at } = data;
  return data.inputs.map((input, index) => ({
    lotId: input.lotId,
    part: index,
    command: {
      type: 'ConsumeLot',
      data: {
        transformationId,
        facilityId,
        volume: input.volume,
        products: data.outputs.flatMap((output) => output.parents.filter((parent) => parent.lotId === input.lotId).map(({ volume }) => ({ lotId: output.lotId, volume }))),
        at,
      },
    },
  }));
}

/** Then every output, with the parents processing gave it, held under the case of a parent held when consumed (a confiscation first). */
export function productSteps({ data }: TransformationRecordedV1, heldInputs: ReadonlyMap<string, InheritedHold>): LotStep<CreateProductLot>[] {
  const { facilityId, transformationId, at } = data;
  return data.outputs.map((output, index) => {
    const holds = output.parents.flatMap((parent) => heldInputs.get(parent.lotId) ?? []);
    const inheritedHold = holds.find((hold) => hold.kind === 'confiscated') ?? holds[0];
    return {
      lotId: output.lotId,
      part: data.inputs.length + index,
      command: {
        type: 'CreateProductLot',
        data: {
          lotId: output.lotId,
          facilityId,
          productType: output.productType,
          species: output.species,
          volume: output.volume,
          parents: output.parents,
          transformationId,
          at,
          ...(inheritedHold ? { inheritedHold } : {}),
        },
      },
    };
  });
}
