import { describe, expect, it } from '@jest/globals';
import { recidivismOf } from './fine.recidivism.js';

const prior = (finalOn: string) => ({ reference: 'RD 001-2024-OSINFOR', finalOn });

describe('recidivism', () => {
  it('counts a sanction that became final from a year to the day before the facts up to the day before them', () => {
    expect(recidivismOf('2025-06-10', prior('2024-06-10')).factor).toBe('1.50');
    expect(recidivismOf('2025-06-10', prior('2025-06-09'))).toEqual({
      factor: '1.50',
      basis: 'sanction RD 001-2024-OSINFOR became final on 2025-06-09, within the year before the facts on 2025-06-10: +50 %',
    });
  });

  it('does not count a sanction final more than a year before the facts, or on or after their day', () => {
    expect(recidivismOf('2025-06-10', prior('2024-06-09'))).toEqual({
      factor: '1.00',
      basis: 'sanction RD 001-2024-OSINFOR became final on 2024-06-09, more than a year before the facts on 2025-06-10',
    });
    expect(recidivismOf('2025-06-10', prior('2025-06-10')).factor).toBe('1.00');
    expect(recidivismOf('2025-06-10', prior('2025-07-01')).basis).toBe('sanction RD 001-2024-OSINFOR became final on 2025-07-01, not before the facts on 2025-06-10');
  });

  it('looks back from facts on 29 February to 28 February of the year before', () => {
    expect(recidivismOf('2024-02-29', prior('2023-02-28')).factor).toBe('1.50');
    expect(recidivismOf('2024-02-29', prior('2023-02-27')).factor).toBe('1.00');
  });
});
