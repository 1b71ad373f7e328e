import type { TransformationRecordedV1 } from '#processing/integration';
import type { ConsumeLot, CreateProductLot } from '../domain/lot.commands.js';

/** One command on one lot's stream; `part` keeps the command ids of one message apart. */
export interface LotStep {
  readonly lotId: string;
  readonly part: number;
  readonly command: ConsumeLot | CreateProductLot;
}

/** Every input consumed first, then every output created with the parents processing gave it. */
export function transformationSteps({ data }: TransformationRecordedV1): LotStep[] {
  const { facilityId, transformationId, at } = data;
  const consumed = data.inputs.map(
    (input, index): LotStep => ({
      lotId: input.lotId,
      part: index,
      command: { type: 'ConsumeLot', data: { transformationId, facilityId, volume: input.volume, at } },
    }),
  );
  const created = data.outputs.map(
    (output, index): LotStep => ({
      lotId: output.lotId,
      part: data.inputs.length + index,
      command: {
        type: 'CreateProductLot',
        data: { lotId: output.lotId, facilityId, productType: output.productType, species: output.species, volume: output.volume, parents: output.parents, transformationId, at },
      },
    }),
  );
  return [...consumed, ...created];
}
