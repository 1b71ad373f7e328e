import { describe, expect, it } from '@jest/globals';
import { instantOf } from '../../../libs/reference-data/src/domain/reference-instant.js';
import { versionInForce } from '../../../libs/reference-data/src/domain/version-in-force.js';

const versions = [
  { version: 1, effectiveFrom: '2024-01-01' },
  { version: 2, effectiveFrom: '2025-01-01' },
  { version: 3, effectiveFrom: '2025-01-01' },
  { version: 4, effectiveFrom: '2026-01-01' },
];
const at = (text: string) => instantOf(text)!;

describe('the version in force', () => {
  it('is none before the first version takes effect', () => {
    expect(versionInForce(versions, at('2023-12-31T23:59'))).toBeUndefined();
    expect(versionInForce([], at('2025-06-01'))).toBeUndefined();
  });

  it('is the last version whose effective date is not after the instant', () => {
    expect(versionInForce(versions, at('2024-01-01'))?.version).toBe(1);
    expect(versionInForce(versions, at('2024-12-31T23:59:59'))?.version).toBe(1);
    expect(versionInForce(versions, at('2025-06-01'))?.version).toBe(3);
    expect(versionInForce(versions, at('2030-01-01'))?.version).toBe(4);
  });

  it('changes at midnight in Peru, not at midnight UTC', () => {
    expect(versionInForce(versions, Date.parse('2025-01-01T04:59:59Z'))?.version).toBe(1);
    expect(versionInForce(versions, Date.parse('2025-01-01T05:00:00Z'))?.version).toBe(3);
  });
});
