import { describe, expect, it } from '@jest/globals';
import { facilityRegisterCommand } from './processing-register.consumer.js';
import { permitRegisterCommand } from './harvest-register.consumer.js';
import { startMs, withinValidity } from './peru-time.js';

describe('translating integration events into register commands', () => {
  it('keeps what a scan is judged by of harvest’s events', () => {
    expect(
      permitRegisterCommand({ type: 'PermitStandingChanged', version: 1, data: { permitId: 'P-1', status: 'suspended', reason: 'PAU', authority: 'OSINFOR', at: '2026-05-01' } }),
    ).toEqual({ type: 'NotePermitStanding', data: { permitId: 'P-1', status: 'suspended', reason: 'PAU', authority: 'OSINFOR', at: '2026-05-01' } });
    expect(
      permitRegisterCommand({
        type: 'HarvestPlanApproved',
        version: 1,
        data: { permitId: 'P-1', planId: 'POA-6', validity: { from: '2026-01-01', to: '2026-12-31' }, species: [{ species: 'Cedrela odorata', authorised: { value: 40, unit: 'm3' }, minimumCuttingDiameterCm: 65 }] },
      }),
    ).toEqual({
      type: 'NoteHarvestPlan',
      data: { permitId: 'P-1', planId: 'POA-6', validity: { from: '2026-01-01', to: '2026-12-31' }, species: [{ species: 'Cedrela odorata', authorised: { value: 40, unit: 'm3' } }] },
    });
  });

  it('keeps a transformation’s volumes per species and product, in m³', () => {
    const command = facilityRegisterCommand({
      type: 'TransformationRecorded',
      version: 1,
      data: {
        facilityId: 'CTP-1',
        transformationId: 'TR-1',
        at: '2026-05-10T09:00:00-05:00',
        inputs: [{ lotId: 'L-1', species: 'Cedrela odorata', productType: 'roundwood', volume: { value: 10, unit: 'm3' } }],
        outputs: [{ lotId: 'L-2', species: 'Cedrela odorata', productType: 'sawn_wood', volume: { value: 1000, unit: 'board_feet' }, parents: [{ lotId: 'L-1', volume: { value: 10, unit: 'm3' } }] }],
        yields: [],
      },
    });
    expect(command).toEqual({
      type: 'NoteTransformation',
      data: {
        facilityId: 'CTP-1',
        transformationId: 'TR-1',
        at: '2026-05-10T09:00:00-05:00',
        inputs: [{ species: 'Cedrela odorata', productType: 'roundwood', m3: 10 }],
        outputs: [{ species: 'Cedrela odorata', productType: 'sawn_wood', m3: 2.3597 }],
      },
    });
  });
});

describe('Peru time in registers', () => {
  it('reads a date, or a time without an offset, as Peru time (UTC−5)', () => {
    expect(new Date(startMs('2026-05-01')).toISOString()).toBe('2026-05-01T05:00:00.000Z');
    expect(new Date(startMs('2026-05-01T08:00:00')).toISOString()).toBe('2026-05-01T13:00:00.000Z');
    expect(new Date(startMs('2026-05-01T08:00:00Z')).toISOString()).toBe('2026-05-01T08:00:00.000Z');
  });

  it('covers the whole last day of a validity given as a date', () => {
    expect(withinValidity(Date.parse('2026-12-31T23:59:00-05:00'), '2026-01-01', '2026-12-31')).toBe(true);
    expect(withinValidity(Date.parse('2027-01-01T00:00:00-05:00'), '2026-01-01', '2026-12-31')).toBe(false);
    expect(withinValidity(Date.parse('2025-12-31T23:59:00-05:00'), '2026-01-01', '2026-12-31')).toBe(false);
    expect(withinValidity(Date.parse('2026-06-01T10:00:00Z'), '2026-01-01', '2026-06-01T10:00:00Z')).toBe(true);
  });
});
