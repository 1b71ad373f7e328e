import { describe, expect, it } from '@jest/globals';
import type { TransformationRecordedV1 } from '#processing/integration';
import { cubicMetres } from '#shared-kernel';
import { transformationSteps } from './transformation-commands.js';

const AT = '2026-05-10T10:00:00-05:00';

const recorded: TransformationRecordedV1 = {
  type: 'TransformationRecorded',
  version: 1,
  data: {
    facilityId: 'CTP-UCA-014',
    transformationId: 'TR-7',
    at: AT,
    inputs: [
      { lotId: 'LOT-1', species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(10) },
      { lotId: 'LOT-2', species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(5) },
    ],
    outputs: [
      {
        lotId: 'LOT-P1',
        species: 'Cedrela odorata',
        productType: 'sawn_wood',
        volume: cubicMetres(6),
        parents: [
          { lotId: 'LOT-1', volume: cubicMetres(10) },
          { lotId: 'LOT-2', volume: cubicMetres(5) },
        ],
      },
    ],
    yields: [],
  },
};

describe('a recorded transformation, as custody follows it', () => {
  it('consumes every input first, then creates each output with the parents processing gave, each a distinct part', () => {
    expect(transformationSteps(recorded)).toEqual([
      { lotId: 'LOT-1', part: 0, command: { type: 'ConsumeLot', data: { transformationId: 'TR-7', facilityId: 'CTP-UCA-014', volume: cubicMetres(10), at: AT } } },
      { lotId: 'LOT-2', part: 1, command: { type: 'ConsumeLot', data: { transformationId: 'TR-7', facilityId: 'CTP-UCA-014', volume: cubicMetres(5), at: AT } } },
      {
        lotId: 'LOT-P1',
        part: 2,
        command: {
          type: 'CreateProductLot',
          data: {
            lotId: 'LOT-P1',
            facilityId: 'CTP-UCA-014',
            productType: 'sawn_wood',
            species: 'Cedrela odorata',
            volume: cubicMetres(6),
            parents: recorded.data.outputs[0]!.parents,
            transformationId: 'TR-7',
            at: AT,
          },
        },
      },
    ]);
  });
});
