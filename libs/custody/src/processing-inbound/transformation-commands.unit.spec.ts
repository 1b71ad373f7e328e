import { describe, expect, it } from '@jest/globals';
import type { TransformationRecordedV1 } from '#processing/integration';
import { cubicMetres } from '#shared-kernel';
import type { InheritedHold } from '../domain/lot.js';
import { consumeSteps, productSteps } from './transformation-commands.js';

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
  it('consumes every input first, each naming the products it went into', () => {
    expect(consumeSteps(recorded)).toEqual([
      {
        lotId: 'LOT-1',
        part: 0,
        command: { type: 'ConsumeLot', data: { transformationId: 'TR-7', facilityId: 'CTP-UCA-014', volume: cubicMetres(10), products: [{ lotId: 'LOT-P1', volume: cubicMetres(10) }], at: AT } },
      },
      {
        lotId: 'LOT-2',
        part: 1,
        command: { type: 'ConsumeLot', data: { transformationId: 'TR-7', facilityId: 'CTP-UCA-014', volume: cubicMetres(5), products: [{ lotId: 'LOT-P1', volume: cubicMetres(5) }], at: AT } },
      },
    ]);
  });

  it('then creates each output with the parents processing gave, each a distinct part', () => {
    expect(productSteps(recorded, new Map())).toEqual([
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

  it('holds a product under the case of a parent held when consumed, a confiscation before an immobilisation', () => {
    const immobilised: InheritedHold = { kind: 'immobilised', caseRef: 'SCAN/K160/S-1', authority: 'ARFFS-UCAYALI', fromLotId: 'LOT-1' };
    const confiscated: InheritedHold = { kind: 'confiscated', caseRef: 'INF-2026-0042', authority: 'OSINFOR', fromLotId: 'LOT-2' };
    expect(productSteps(recorded, new Map([['LOT-1', immobilised]]))[0]!.command.data.inheritedHold).toEqual(immobilised);
    expect(productSteps(recorded, new Map([['LOT-1', immobilised], ['LOT-2', confiscated]]))[0]!.command.data.inheritedHold).toEqual(confiscated);
  });
});
