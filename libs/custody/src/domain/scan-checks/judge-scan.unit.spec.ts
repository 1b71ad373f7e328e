import { describe, expect, it } from '@jest/globals';
import { result } from './check-result.js';
import { verdictOf } from './judge-scan.js';

describe('the verdict of a scan', () => {
  it('clears a load when every check passes', () => {
    expect(verdictOf([result('GUIDE_VALID', 'pass', null, null, ''), result('SPECIES_MATCH', 'pass', null, null, '')])).toEqual({ decision: 'cleared', failed: [], warnings: [] });
  });

  it('records observations when checks only warn', () => {
    expect(verdictOf([result('VEHICLE_MATCH', 'warning', null, null, ''), result('GENUS_LEVEL', 'warning', null, null, '')])).toEqual({
      decision: 'observations',
      failed: [],
      warnings: ['VEHICLE_MATCH', 'GENUS_LEVEL'],
    });
  });

  it('immobilises on any failure, listing each rule once in check order', () => {
    const results = [
      result('VOLUME_MATCH', 'failure', null, null, ''),
      result('SPECIES_MATCH', 'failure', null, null, ''),
      result('VOLUME_MATCH', 'failure', null, null, ''),
      result('PIECES_MATCH', 'warning', null, null, ''),
      result('VOLUME_MATCH', 'warning', null, null, ''),
    ];
    expect(verdictOf(results)).toEqual({ decision: 'immobilise', failed: ['SPECIES_MATCH', 'VOLUME_MATCH'], warnings: ['PIECES_MATCH', 'VOLUME_MATCH'] });
  });
});
