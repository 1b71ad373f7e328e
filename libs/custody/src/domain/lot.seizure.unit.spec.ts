import { describe, it } from '@jest/globals';
import { cubicMetres, inBaseUnit, VolumeNotPositive } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { SeizeLot } from './lot.commands.js';
import { lotDecider } from './lot.decider.js';
import { InvalidPieceCount, LotAlreadyExists } from './lot.errors.js';
import { AT, extracted, LOT } from './lot.fixtures.spec.js';

const spec = deciderSpec(lotDecider);
const CASE = 'CASE-0042';
const SEIZED = 'LOT-SEIZED-1';

const seize = (changes: Partial<SeizeLot['data']> = {}): SeizeLot => ({
  type: 'SeizeLot',
  data: {
    lotId: SEIZED,
    caseRef: CASE,
    authority: 'ARFFS-UCAYALI',
    checkpoint: 'UC-CFB-K160',
    guideNumber: 'GTF-2026-000123',
    scanId: 'SCAN-0001',
    species: 'Cedrela odorata',
    pieces: 3,
    volume: cubicMetres(2.4),
    basis: 'species_not_declared',
    at: AT,
    ...changes,
  },
});

describe('seizing timber found beyond its guide', () => {
  it('makes a roundwood lot of unproven origin in the authority’s custody, immobilised under the case from its first moment', () => {
    const { species, pieces, basis, checkpoint, guideNumber, scanId } = seize().data;
    spec.given([]).when(seize()).then([
      { type: 'LotSeized', data: { lotId: SEIZED, caseRef: CASE, authority: 'ARFFS-UCAYALI', checkpoint, guideNumber, scanId, species, productType: 'roundwood', pieces, volume: cubicMetres(2.4), basis, at: AT } },
      {
        type: 'LotImmobilised',
        data: { lotId: SEIZED, caseRef: CASE, reason: 'Found beyond guide GTF-2026-000123 at UC-CFB-K160 (scan SCAN-0001): origin unproven', authority: 'ARFFS-UCAYALI', checkpoint, volume: cubicMetres(2.4), at: AT },
      },
    ]);
  });

  it('is of the product its guide carried, roundwood when it said nothing, and a non-timber product when weighed', () => {
    const seized = (changes: Partial<SeizeLot['data']>) => spec.given([]).when(seize(changes));
    seized({ productType: 'sawn_wood' }).then([expect.objectContaining({ type: 'LotSeized', data: expect.objectContaining({ productType: 'sawn_wood' }) }), expect.objectContaining({ type: 'LotImmobilised' })]);
    seized({ productType: 'sawn_wood', species: 'Caesalpinia spinosa', volume: inBaseUnit(500, 'weight') }).then([
      expect.objectContaining({ type: 'LotSeized', data: expect.objectContaining({ productType: 'non_timber' }) }),
      expect.objectContaining({ type: 'LotImmobilised' }),
    ]);
  });

  it('keeps pieces as observed, none included (only volume was over)', () => {
    spec.given([]).when(seize({ pieces: 0, basis: 'volume_beyond_declared' })).then([
      expect.objectContaining({ type: 'LotSeized', data: expect.objectContaining({ pieces: 0, basis: 'volume_beyond_declared' }) }),
      expect.objectContaining({ type: 'LotImmobilised' }),
    ]);
  });

  it('refuses an existing lot, a broken piece count and a volume that is not positive', () => {
    spec.given([extracted]).when(seize({ lotId: LOT })).then(new LotAlreadyExists(LOT));
    spec.given([]).when(seize({ pieces: 1.5 })).then(new InvalidPieceCount(1.5));
    spec.given([]).when(seize({ volume: cubicMetres(0) })).then(new VolumeNotPositive('volume', 0));
  });
});
