import { describe, expect, it } from '@jest/globals';
import { cubicMetres, inBaseUnit } from '#shared-kernel';
import { CLEARED, scannedData } from '../scanning/scanning.fixtures.spec.js';
import { result } from './scan-checks/check-result.js';
import type { GuideLine } from './guide.js';
import { seizedLotId, seizedProductType, undeclaredTimber } from './guide.undeclared.js';

const TORNILLO = 'Cedrelinga cateniformis';
const CEDRO = 'Cedrela odorata';
const HELD = { decision: 'immobilise', failed: ['VOLUME_MATCH'], warnings: [] } as const;
const M3 = cubicMetres(1);

describe('the timber a held scan found beyond its guide', () => {
  it('is nothing when the scan did not hold the load', () => {
    expect(undeclaredTimber(scannedData({ verdict: CLEARED }))).toEqual([]);
  });

  it('is an undeclared species whole, as the species check saw it', () => {
    const speciesFailed = result('SPECIES_MATCH', 'failure', [TORNILLO], { carried: [TORNILLO, CEDRO], undeclared: [{ species: CEDRO, pieces: 3, m3: 2.4, threatCategory: 'VU', citesAppendix: 'II' }], notCarried: [] }, 'x');
    expect(undeclaredTimber(scannedData({ results: [speciesFailed] }))).toEqual([{ species: CEDRO, pieces: 3, volume: cubicMetres(2.4), basis: 'species_not_declared' }]);
  });

  it('is the m³ and pieces beyond a declared species, when its volume is over', () => {
    const results = [
      result('SPECIES_MATCH', 'pass', [TORNILLO], { carried: [TORNILLO], undeclared: [], notCarried: [] }, 'x'),
      result('VOLUME_MATCH', 'failure', { species: TORNILLO, m3: 10, tolerancePercent: 5 }, { m3: 12.5 }, 'x'),
      result('PIECES_MATCH', 'failure', { species: TORNILLO, pieces: 8, tolerance: 2 }, { pieces: 11 }, 'x'),
    ];
    expect(undeclaredTimber(scannedData({ results, verdict: HELD }))).toEqual([{ species: TORNILLO, pieces: 3, volume: cubicMetres(2.5), basis: 'volume_beyond_declared' }]);
  });

  it('is the extra pieces at the load’s average volume per piece, when only the count is over', () => {
    const results = [
      result('SPECIES_MATCH', 'pass', [TORNILLO], { carried: [TORNILLO], undeclared: [], notCarried: [] }, 'x'),
      result('VOLUME_MATCH', 'pass', { species: TORNILLO, m3: 11.5, tolerancePercent: 5 }, { m3: 12 }, 'x'),
      result('PIECES_MATCH', 'failure', { species: TORNILLO, pieces: 8, tolerance: 2 }, { pieces: 12 }, 'x'),
    ];
    expect(undeclaredTimber(scannedData({ results, verdict: HELD }))).toEqual([{ species: TORNILLO, pieces: 4, volume: cubicMetres(4), basis: 'pieces_beyond_declared' }]);
  });

  it('is the whole load, species by species, under a number never issued', () => {
    const observedLines = [
      { scientificName: CEDRO, pieces: 2, volume: cubicMetres(1.5) },
      { scientificName: TORNILLO, pieces: 4, volume: cubicMetres(6) },
      { scientificName: 'cedrela  odorata', pieces: 1, volume: cubicMetres(0.5) },
    ];
    const results = [result('GUIDE_VALID', 'failure', { registered: true }, { registered: false }, 'x')];
    expect(undeclaredTimber(scannedData({ results, observedLines }))).toEqual([
      { species: CEDRO, pieces: 3, volume: cubicMetres(2), basis: 'no_guide' },
      { species: TORNILLO, pieces: 4, volume: cubicMetres(6), basis: 'no_guide' },
    ]);
  });

  it('becomes lots named from the case, the scan and the species, whatever the spelling', () => {
    const lot = (scanId: string, species: string) => seizedLotId('CASE-1', scanId, { species, volume: M3, basis: 'species_not_declared' });
    expect(lot('SCAN-1', CEDRO)).toBe(lot('SCAN-1', ' cedrela   ODORATA'));
    expect(new Set([lot('SCAN-1', CEDRO), lot('SCAN-2', CEDRO), lot('SCAN-1', TORNILLO)]).size).toBe(3);
  });

  describe('is of the product its guide carried', () => {
    const line = (scientificName: string, productType: GuideLine['productType']): GuideLine => ({ lotId: `LOT-${scientificName}`, scientificName, commonName: '', productType, volume: cubicMetres(10), pieces: 10 });
    const SAWN_GUIDE = [line(TORNILLO, 'sawn_wood'), line('Calycophyllum spruceanum', 'sawn_wood')];

    it('takes its species’ line, by name or by the genus a line names alone', () => {
      expect(seizedProductType({ species: TORNILLO, volume: M3 }, [line(TORNILLO, 'sliced_veneer'), line(CEDRO, 'sawn_wood')])).toBe('sliced_veneer');
      expect(seizedProductType({ species: 'Aniba amazonica', volume: M3 }, [line('Aniba', 'sawn_wood'), line(CEDRO, 'roundwood')])).toBe('sawn_wood');
    });

    it('takes the one product of a guide whose lines all carry it, for a species it does not name', () => {
      expect(seizedProductType({ species: CEDRO, volume: M3 }, SAWN_GUIDE)).toBe('sawn_wood');
      expect(seizedProductType({ species: CEDRO, volume: M3 }, [line(TORNILLO, 'sawn_wood'), line('Calycophyllum spruceanum', 'roundwood')])).toBeUndefined();
    });

    it('says nothing without a guide, or of a weight', () => {
      expect(seizedProductType({ species: CEDRO, volume: M3 }, [])).toBeUndefined();
      expect(seizedProductType({ species: 'Caesalpinia spinosa', volume: inBaseUnit(500, 'weight') }, [line('Caesalpinia spinosa', 'non_timber')])).toBeUndefined();
    });
  });
});
