import { describe, expect, it } from '@jest/globals';
import { computeFine } from './fine.js';
import { FINE_ROUNDING } from './fine.breakdown.js';
import type { FineInput } from './fine.input.js';

const UIT_2021 = { year: 2021, soles: '4400' };
const UIT_2025 = { year: 2025, soles: '5350' };
const LEVE = { minUit: '0.10', maxUit: '3' };
const MUY_GRAVE = { minUit: '10', maxUit: '5000' };

/** The figures of a breakdown, factor by factor, as a reader redoing it would list them. */
function figures(input: FineInput) {
  const { timberValueSoles, illicitBenefitSoles, baseFineSoles, factors, amountSoles, amountUit, band, fineUit, fineSoles } = computeFine(input);
  return { timberValueSoles, illicitBenefitSoles, baseFineSoles, factors: factors.map((f) => [f.factor, f.amountAfterSoles]), amountSoles, amountUit, band, fineUit, fineSoles };
}

describe('the fine of an infraction, worked by hand', () => {
  it('12.5 m³ of an EN species at S/ 1,200/m³, one aggravating circumstance, within the muy grave band', () => {
    // timber value   12.5 × 1,200.00            = 15,000.00
    // benefit B      15,000.00 (no avoided costs)
    // base           15,000.00 ÷ 0.50            = 30,000.00
    // damage medium  30,000.00 × 1.25            = 37,500.00
    // species EN     37,500.00 × 1.30            = 48,750.00
    // no recidivism  48,750.00 × 1.00            = 48,750.00
    // aggravating    48,750.00 × 1.20 (+20 %)    = 58,500.00
    // in UIT         58,500.00 ÷ 5,350 = 10.934579… → 10.93, within 10–5,000
    // fine           10.93 UIT × 5,350           = 58,475.50
    const input: FineInput = {
      volumeM3: '12.5',
      valuePerM3Soles: '1200.00',
      detectionProbability: '0.50',
      damageGravity: 'medium',
      threatCategory: 'EN',
      factsOn: '2025-06-10',
      aggravating: [{ name: 'obstructed the inspection', percent: '20' }],
      uit: UIT_2025,
      band: MUY_GRAVE,
    };

    const breakdown = computeFine(input);

    expect(figures(input)).toEqual({
      timberValueSoles: '15000.00',
      illicitBenefitSoles: '15000.00',
      baseFineSoles: '30000.00',
      factors: [
        ['1.25', '37500.00'],
        ['1.30', '48750.00'],
        ['1.00', '48750.00'],
        ['1.20', '58500.00'],
      ],
      amountSoles: '58500.00',
      amountUit: '10.93',
      band: 'within',
      fineUit: '10.93',
      fineSoles: '58475.50',
    });
    expect(breakdown.input).toBe(input);
    expect(breakdown.rounding).toBe(FINE_ROUNDING);
    expect(breakdown.factors.map((f) => [f.criterion, f.basis])).toEqual([
      ['damage_gravity', 'damage gravity medium'],
      ['species', 'threat category EN'],
      ['recidivism', 'no prior final sanction'],
      ['aggravating', 'obstructed the inspection: +20 %'],
    ]);
  });

  it('raises a small amount to the minimum of the leve band', () => {
    // timber value   0.8 × 180.00                = 144.00
    // base           144.00 ÷ 0.75               = 192.00
    // damage low     192.00 × 1.00               = 192.00
    // species none   192.00 × 1.00               = 192.00
    // recidivism     sanction final 2023-03-01, more than a year before 2025-02-10: × 1.00 = 192.00
    // mitigating     192.00 × 0.70 (−30 %)       = 134.40
    // in UIT         134.40 ÷ 5,350 = 0.025121… → 0.03, under 0.10: raised to 0.10
    // fine           0.10 UIT × 5,350            = 535.00
    expect(
      figures({
        volumeM3: '0.8',
        valuePerM3Soles: '180.00',
        detectionProbability: '0.75',
        damageGravity: 'low',
        threatCategory: 'none',
        factsOn: '2025-02-10',
        priorFinalSanction: { reference: 'RD 045-2023-OSINFOR', finalOn: '2023-03-01' },
        mitigating: [{ name: 'corrected the conduct before the charges', percent: '30' }],
        uit: UIT_2025,
        band: LEVE,
      }),
    ).toEqual({
      timberValueSoles: '144.00',
      illicitBenefitSoles: '144.00',
      baseFineSoles: '192.00',
      factors: [
        ['1.00', '192.00'],
        ['1.00', '192.00'],
        ['1.00', '192.00'],
        ['0.70', '134.40'],
      ],
      amountSoles: '134.40',
      amountUit: '0.03',
      band: 'raised_to_minimum',
      fineUit: '0.10',
      fineSoles: '535.00',
    });
  });

  it('lowers a repeat offence on a large volume of caoba to the maximum of the muy grave band', () => {
    // timber value   2,000 × 5,000.00            = 10,000,000.00
    // benefit B      10,000,000.00 + 250,000.00 avoided = 10,250,000.00
    // base           10,250,000.00 ÷ 0.25        = 41,000,000.00
    // damage high    41,000,000.00 × 1.50        = 61,500,000.00
    // species        VU 1.20, CITES II 1.30: the higher, × 1.30 = 79,950,000.00
    // recidivism     final 2024-06-10, a year to the day before the facts: × 1.50 = 119,925,000.00
    // in UIT         119,925,000.00 ÷ 5,350 = 22,415.8878… → 22,415.89, over 5,000: lowered to 5,000.00
    // fine           5,000.00 UIT × 5,350        = 26,750,000.00
    expect(
      figures({
        volumeM3: '2000',
        valuePerM3Soles: '5000.00',
        avoidedCostsSoles: '250000.00',
        detectionProbability: '0.25',
        damageGravity: 'high',
        threatCategory: 'VU',
        citesAppendix: 'II',
        factsOn: '2025-06-10',
        priorFinalSanction: { reference: 'RD 112-2024-OSINFOR', finalOn: '2024-06-10' },
        uit: UIT_2025,
        band: MUY_GRAVE,
      }),
    ).toEqual({
      timberValueSoles: '10000000.00',
      illicitBenefitSoles: '10250000.00',
      baseFineSoles: '41000000.00',
      factors: [
        ['1.50', '61500000.00'],
        ['1.30', '79950000.00'],
        ['1.50', '119925000.00'],
      ],
      amountSoles: '119925000.00',
      amountUit: '22415.89',
      band: 'lowered_to_maximum',
      fineUit: '5000.00',
      fineSoles: '26750000.00',
    });
  });

  it('divides a repeating quotient and rounds half cents exactly where floats fall short', () => {
    // timber value   5.5 × 754.00                = 4,147.00
    // base           4,147.00 ÷ 0.75 = 5,529.3333… → 5,529.33
    // damage low     5,529.33 × 1.00             = 5,529.33
    // species CR     5,529.33 × 1.50 = 8,293.995 → 8,294.00 (half a cent goes up)
    // no recidivism  8,294.00 × 1.00             = 8,294.00
    // in UIT         8,294.00 ÷ 4,400 = 1.885 → 1.89, within 0.10–3
    // fine           1.89 UIT × 4,400            = 8,316.00
    expect(
      figures({
        volumeM3: '5.5',
        valuePerM3Soles: '754.00',
        detectionProbability: '0.75',
        damageGravity: 'low',
        threatCategory: 'CR',
        factsOn: '2021-09-15',
        uit: UIT_2021,
        band: LEVE,
      }),
    ).toEqual({
      timberValueSoles: '4147.00',
      illicitBenefitSoles: '4147.00',
      baseFineSoles: '5529.33',
      factors: [
        ['1.00', '5529.33'],
        ['1.50', '8294.00'],
        ['1.00', '8294.00'],
      ],
      amountSoles: '8294.00',
      amountUit: '1.89',
      band: 'within',
      fineUit: '1.89',
      fineSoles: '8316.00',
    });

    // The same steps in floats: 5,529.33 × 1.5 is 8,293.994999…, so the fine would come out 0.01 UIT (S/ 44) short.
    const cents = (x: number) => Math.round(x * 100) / 100;
    const speciesStep = cents(cents(4147 / 0.75) * 1.5);
    expect(speciesStep).toBe(8293.99);
    expect(cents(speciesStep / 4400)).toBe(1.88);
  });
});

describe('the factors of a fine', () => {
  const base: FineInput = {
    volumeM3: '10',
    valuePerM3Soles: '100.00',
    detectionProbability: '1',
    damageGravity: 'low',
    threatCategory: 'none',
    factsOn: '2025-06-10',
    uit: UIT_2025,
    band: { minUit: '0', maxUit: '5000' },
  };

  it('apply aggravating then mitigating circumstances one by one, in the order given, a fractional percentage written in full', () => {
    // 1,000.00 × 1.125 = 1,125.00; × 1.10 = 1,237.50; × 0.95 = 1,175.625 → 1,175.63; × 0.90 = 1,058.067 → 1,058.07
    const breakdown = computeFine({
      ...base,
      aggravating: [
        { name: 'used forged documents', percent: '12.5' },
        { name: 'acted at night', percent: '10' },
      ],
      mitigating: [
        { name: 'acknowledged the facts', percent: '5' },
        { name: '  cooperated with the inspection  ', percent: '10' },
      ],
    });

    expect(breakdown.factors.slice(3).map((f) => [f.criterion, f.basis, f.factor, f.amountAfterSoles])).toEqual([
      ['aggravating', 'used forged documents: +12.5 %', '1.125', '1125.00'],
      ['aggravating', 'acted at night: +10 %', '1.10', '1237.50'],
      ['mitigating', 'acknowledged the facts: −5 %', '0.95', '1175.63'],
      ['mitigating', 'cooperated with the inspection: −10 %', '0.90', '1058.07'],
    ]);
  });

  it('count the species at its CITES appendix when that weighs more than its threat category', () => {
    const species = computeFine({ ...base, threatCategory: 'NT', citesAppendix: 'I' }).factors[1];

    expect(species).toEqual({ criterion: 'species', basis: 'threat category NT (1.10), CITES appendix I (1.50): the higher counts', factor: '1.50', amountAfterSoles: '1500.00' });
  });

  it('take the benefit from avoided costs alone when no timber is concerned', () => {
    // 0 × 100.00 = 0.00; + 1,234.565 avoided = 1,234.565 → 1,234.57; ÷ 0.5 = 2,469.14
    const breakdown = computeFine({ ...base, volumeM3: '0', avoidedCostsSoles: '1234.565', detectionProbability: '0.5' });

    expect([breakdown.timberValueSoles, breakdown.illicitBenefitSoles, breakdown.baseFineSoles]).toEqual(['0.00', '1234.57', '2469.14']);
  });
});
