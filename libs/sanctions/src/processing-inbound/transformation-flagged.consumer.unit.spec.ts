import { describe, expect, it } from '@jest/globals';
import type { TransformationFlaggedV1, TransformationRecordedV1 } from '#processing/integration';
import { caseOfTransformation } from '../case-ids.js';
import { findingsOfTransformation, overYieldOutputsOf } from './transformation-flagged.consumer.js';

const CEDRO = 'Cedrela odorata';
const CAOBA = 'Swietenia macrophylla';
const TORNILLO = 'Cedrelinga cateniformis';
const lines = [{ outputProduct: 'sawn_wood', maxYield: 0.35, allowedM3: 7, requestedM3: 8 }] as const;
const cedroOver = { species: CEDRO, inputM3: 20, inputNeededM3: 22.8571, lines };
const caobaOver = { species: CAOBA, inputM3: 5, inputNeededM3: 6, lines };
const tornilloWithin = { species: TORNILLO, inputM3: 10, inputNeededM3: 10, lines };
const m3 = (value: number) => ({ value, unit: 'm3' as const });

const flagged = (transformationId: string): TransformationFlaggedV1 => ({
  type: 'TransformationFlagged',
  version: 1,
  data: { facilityId: 'CTP-1', transformationId, at: '2026-05-10T18:30:00-05:00', reason: 'logs of exceptional grade', overYield: [cedroOver, caobaOver] },
});
const recorded = (yields: TransformationRecordedV1['data']['yields']): TransformationRecordedV1 => ({
  type: 'TransformationRecorded',
  version: 1,
  data: {
    facilityId: 'CTP-1',
    transformationId: 'TR-1',
    at: '2026-05-10T18:30:00-05:00',
    inputs: [],
    outputs: [
      { lotId: 'LOT-P1', species: CEDRO, productType: 'sawn_wood', volume: m3(8), parents: [] },
      { lotId: 'LOT-P2', species: TORNILLO, productType: 'sawn_wood', volume: m3(3.5), parents: [] },
      { lotId: 'LOT-P3', species: CAOBA, productType: 'sawn_wood', volume: m3(2.1), parents: [] },
    ],
    yields,
  },
});
const supervision = { facilityId: 'CTP-1', authority: 'GERFOR-LORETO', holderTaxId: '20123456789' };
const notes = { supervision, overYieldOutputs: { 'TR-1': overYieldOutputsOf(recorded([cedroOver, tornilloWithin, caobaOver]))!.data.lots } };

describe('a transformation over yield', () => {
  it('notes, when recorded, the products of the species over yield only; nothing when all are within', () => {
    expect(overYieldOutputsOf(recorded([cedroOver, tornilloWithin, caobaOver]))?.data.lots).toEqual([
      { lotId: 'LOT-P1', species: CEDRO },
      { lotId: 'LOT-P3', species: CAOBA },
    ]);
    expect(overYieldOutputsOf(recorded([tornilloWithin]))).toBeUndefined();
  });

  it("opens its own case once flagged, before the processor's authority, a YIELD_EXCEEDED finding per species over yield, its products held", () => {
    expect(findingsOfTransformation(flagged('TR-1'), notes).data).toEqual({
      caseId: caseOfTransformation('CTP-1', 'TR-1'),
      authority: 'GERFOR-LORETO',
      source: { kind: 'transformation', facilityId: 'CTP-1', transformationId: 'TR-1', reason: 'logs of exceptional grade' },
      subject: { holderTaxId: '20123456789', facilityId: expect.any(String) },
      lots: ['LOT-P1', 'LOT-P3'],
      findings: [
        expect.objectContaining({ rule: 'YIELD_EXCEEDED', expected: { species: CEDRO, inputM3: 20 }, observed: { species: CEDRO, inputNeededM3: 22.8571, lines }, at: '2026-05-10T18:30:00-05:00' }),
        expect.objectContaining({ rule: 'YIELD_EXCEEDED', expected: { species: CAOBA, inputM3: 5 } }),
      ],
    });
  });

  it('names a case per transformation, the same on every delivery; without the registration it fails, to be parked', () => {
    expect(findingsOfTransformation(flagged('TR-1'), notes).data.caseId).toBe(findingsOfTransformation(flagged('TR-1'), notes).data.caseId);
    expect(findingsOfTransformation(flagged('TR-2'), notes).data.caseId).not.toBe(findingsOfTransformation(flagged('TR-1'), notes).data.caseId);
    expect(findingsOfTransformation(flagged('TR-2'), notes).data.lots).toEqual([]);
    expect(() => findingsOfTransformation(flagged('TR-1'), { overYieldOutputs: {} })).toThrow('No authority noted for processor CTP-1');
  });
});
