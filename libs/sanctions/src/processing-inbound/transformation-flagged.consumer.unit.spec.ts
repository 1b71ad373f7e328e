import { describe, expect, it } from '@jest/globals';
import type { TransformationFlaggedV1 } from '#processing/integration';
import { caseOfTransformation } from '../case-ids.js';
import { findingsOfTransformation } from './transformation-flagged.consumer.js';

const lines = [{ outputProduct: 'sawn_wood', maxYield: 0.35, allowedM3: 7, requestedM3: 8 }] as const;
const flagged = (transformationId: string): TransformationFlaggedV1 => ({
  type: 'TransformationFlagged',
  version: 1,
  data: {
    facilityId: 'CTP-1',
    transformationId,
    at: '2026-05-10T18:30:00-05:00',
    reason: 'logs of exceptional grade',
    overYield: [
      { species: 'Cedrela odorata', inputM3: 20, inputNeededM3: 22.8571, lines },
      { species: 'Swietenia macrophylla', inputM3: 5, inputNeededM3: 6, lines },
    ],
  },
});
const supervision = { facilityId: 'CTP-1', authority: 'GERFOR-LORETO', holderTaxId: '20123456789' };

describe('a transformation flagged over yield', () => {
  it("opens its own case before the processor's authority, one YIELD_EXCEEDED finding per species over yield", () => {
    const { data } = findingsOfTransformation(flagged('TR-1'), supervision);
    expect(data).toEqual({
      caseId: caseOfTransformation('CTP-1', 'TR-1'),
      authority: 'GERFOR-LORETO',
      source: { kind: 'transformation', facilityId: 'CTP-1', transformationId: 'TR-1', reason: 'logs of exceptional grade' },
      subject: { holderTaxId: '20123456789' },
      lots: [],
      findings: [
        expect.objectContaining({ rule: 'YIELD_EXCEEDED', expected: { species: 'Cedrela odorata', inputM3: 20 }, observed: { species: 'Cedrela odorata', inputNeededM3: 22.8571, lines }, at: '2026-05-10T18:30:00-05:00' }),
        expect.objectContaining({ rule: 'YIELD_EXCEEDED', expected: { species: 'Swietenia macrophylla', inputM3: 5 } }),
      ],
    });
  });

  it('names a case per transformation, the same on every delivery', () => {
    expect(findingsOfTransformation(flagged('TR-1'), supervision).data.caseId).toBe(findingsOfTransformation(flagged('TR-1'), supervision).data.caseId);
    expect(findingsOfTransformation(flagged('TR-2'), supervision).data.caseId).not.toBe(findingsOfTransformation(flagged('TR-1'), supervision).data.caseId);
  });
});
