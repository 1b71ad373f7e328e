import { describe, expect, it } from '@jest/globals';
import { DomainError } from '#shared-kernel';
import { computeFine } from './fine.js';
import type { FineInput } from './fine.input.js';

const valid: FineInput = {
  volumeM3: '12.5',
  valuePerM3Soles: '1200.00',
  detectionProbability: '0.50',
  damageGravity: 'medium',
  threatCategory: 'EN',
  factsOn: '2025-06-10',
  uit: { year: 2025, soles: '5350' },
  band: { minUit: '10', maxUit: '5000' },
};

/** The refusal computeFine throws for an input, as kind, code and the field at fault. */
function refusalOf(input: FineInput): unknown {
  try {
    computeFine(input);
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, code: error.code, field: error.details['field'] };
    throw error;
  }
  throw new Error('computeFine accepted the input');
}

describe('computeFine refuses impossible inputs', () => {
  it.each([
    ['a negative volume', { volumeM3: '-1' }, 'volumeM3'],
    ['a negative value per m³', { valuePerM3Soles: '-0.01' }, 'valuePerM3Soles'],
    ['negative avoided costs', { avoidedCostsSoles: '-5' }, 'avoidedCostsSoles'],
    ['a probability of detection of 0', { detectionProbability: '0' }, 'detectionProbability'],
    ['a probability of detection above 1', { detectionProbability: '1.01' }, 'detectionProbability'],
    ['a band whose minimum is above its maximum', { band: { minUit: '10', maxUit: '3' } }, 'band'],
    ['a band bound with more than 2 decimals', { band: { minUit: '0.105', maxUit: '3' } }, 'band.minUit'],
    ['a UIT of 0 soles', { uit: { year: 2025, soles: '0' } }, 'uit.soles'],
    ['a UIT year that is not whole', { uit: { year: 2025.5, soles: '5350' } }, 'uit.year'],
    ['an unknown damage gravity', { damageGravity: 'severe' as FineInput['damageGravity'] }, 'damageGravity'],
    ['an unknown threat category', { threatCategory: 'LC' as FineInput['threatCategory'] }, 'threatCategory'],
    ['an unknown CITES appendix', { citesAppendix: 'IV' as FineInput['citesAppendix'] }, 'citesAppendix'],
    ['an aggravating circumstance of 0 %', { aggravating: [{ name: 'acted at night', percent: '0' }] }, 'aggravating[0].percent'],
    ['a mitigating circumstance of 100 %', { mitigating: [{ name: 'acknowledged the facts', percent: '100' }] }, 'mitigating[0].percent'],
    ['a circumstance without a name', { aggravating: [{ name: ' ', percent: '10' }] }, 'aggravating[0].name'],
  ])('%s', (_case, change, field) => {
    expect(refusalOf({ ...valid, ...change })).toEqual({ kind: 'invalid', code: 'invalid_fine_input', field });
  });

  it.each(['12,5', '1e3', '0x10', ' 12.5', '+12.5', '.5', '12.', 'Infinity', 'NaN', '', '123456789012345678901'])('a volume written %j, which is not a plain decimal', (volumeM3) => {
    expect(refusalOf({ ...valid, volumeM3 })).toEqual({ kind: 'invalid', code: 'invalid_fine_input', field: 'volumeM3' });
  });

  it('a number where a decimal string is due', () => {
    expect(refusalOf({ ...valid, volumeM3: 12.5 as unknown as string })).toEqual({ kind: 'invalid', code: 'invalid_fine_input', field: 'volumeM3' });
  });

  it('a date of the facts that does not exist', () => {
    expect(refusalOf({ ...valid, factsOn: '2025-02-30' })).toEqual({ kind: 'invalid', code: 'invalid_date', field: 'factsOn' });
  });
});
