import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, loadCaseId } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { seizureSteps } from '../guide-lots/scan-steps.js';
import type { GuideLine } from './guide.js';
import { guideDecider } from './guide.decider.js';
import type { ShipmentScanned } from './guide.events.js';
import { guide, issued, NUMBER, scan } from './guide.fixtures.spec.js';
import { seizedLotId, seizedTimber, undeclaredTimber } from './guide.undeclared.js';
import { lotDecider } from './lot.decider.js';
import { type CheckedPiece, listedPiece } from './piece-list.js';
import type { ObservedLine } from './scan-checks/scan-context.js';

// Pieces a checkpoint checked by code and found not listed (or another species than listed) are seized by their codes.

const TORNILLO = 'Cedrelinga cateniformis';
const CAPIRONA = 'Calycophyllum spruceanum';
const CEDRO = 'Cedrela odorata';
const CASE = loadCaseId(NUMBER);

/** Twelve tornillo logs of 1.667 m³ and five capirona logs of 1.6 m³: the fixture guide's 20 and 8 m³. */
const log = (diameter: number) => ({ shape: 'log' as const, largeEndDiameterM: diameter, smallEndDiameterM: diameter, lengthM: 5 });
const LINES: GuideLine[] = [
  { ...guide.lines[0]!, pieceList: Array.from({ length: 12 }, (_, index) => listedPiece(`T-${index + 1}`, log(0.6515))) },
  { ...guide.lines[1]!, pieceList: Array.from({ length: 5 }, (_, index) => listedPiece(`C-${index + 1}`, log(0.6383))) },
];
/** 0.7854 × 0.7² × 5 = 1.924 m³ to the litre. */
const MEASURED = log(0.7);

const load = (tornillo: readonly [pieces: number, m3: number], ...more: ObservedLine[]): ObservedLine[] => [
  { scientificName: TORNILLO, pieces: tornillo[0], volume: cubicMetres(tornillo[1]) },
  { scientificName: CAPIRONA, pieces: 5, volume: cubicMetres(8) },
  ...more,
];

/** The scan as the guide's decider records it against a guide listing every piece. */
const scanned = (checkedPieces: readonly CheckedPiece[], observedLines = load([12, 20])): ShipmentScanned => {
  const [recorded] = guideDecider.decide(scan({ checkedPieces, observedLines }), fold(guideDecider, [issued({ lines: LINES })])) as [ShipmentScanned];
  return recorded;
};

describe('pieces seized by their codes', () => {
  it('seizes pieces not on the piece lists as a lot of the species identified, with their codes, volume from the measured dimensions, else at the species’ average per piece on the truck', () => {
    const { data } = scanned([{ code: 'T-1', scientificName: TORNILLO, dimensions: log(0.65) }, { code: 'X-99', scientificName: TORNILLO, dimensions: MEASURED }, { code: 'X-100', scientificName: 'cedrelinga  cateniformis' }]);
    expect(data.verdict).toMatchObject({ decision: 'immobilise', failed: ['PIECES_MATCH'] });
    // 1.924 m³ measured, and 20 m³ / 12 pieces for the one unmeasured.
    expect(undeclaredTimber(data)).toEqual([{ species: TORNILLO, pieces: 2, volume: cubicMetres(3.5907), basis: 'pieces_not_listed', seizedPieces: [{ code: 'X-99', dimensions: MEASURED }, { code: 'X-100' }] }]);
  });

  it('seizes a listed code found to be another species as that species', () => {
    const { data } = scanned([{ code: 'T-2', scientificName: CEDRO, dimensions: MEASURED }]);
    expect(undeclaredTimber(data)).toEqual([{ species: CEDRO, pieces: 1, volume: cubicMetres(1.924), basis: 'pieces_not_listed', seizedPieces: [{ code: 'T-2', dimensions: MEASURED }] }]);
  });

  it('gives an unidentified piece no guessed species: the load is held, nothing is seized by its code', () => {
    const { data } = scanned([{ code: 'X-99', dimensions: MEASURED }]);
    expect(data.verdict.decision).toBe('immobilise');
    expect(undeclaredTimber(data)).toEqual([]);
  });

  it('seizes nothing by code when every piece checked is listed as listed, the per-species excess untouched', () => {
    const { data } = scanned([{ code: 'T-1', scientificName: TORNILLO, dimensions: log(0.65) }, { code: 'C-3' }], load([14, 23.5]));
    expect(undeclaredTimber(data)).toEqual([{ species: TORNILLO, pieces: 2, volume: cubicMetres(3.5), basis: 'volume_beyond_declared' }]);
  });

  it('seizes the same timber once: a species’ excess gives up what its pieces seized by code account for', () => {
    const { data } = scanned([{ code: 'X-99', scientificName: TORNILLO, dimensions: MEASURED }], load([14, 23.5]));
    expect(undeclaredTimber(data)).toEqual([
      { species: TORNILLO, pieces: 1, volume: cubicMetres(1.576), basis: 'volume_beyond_declared' },
      { species: TORNILLO, pieces: 1, volume: cubicMetres(1.924), basis: 'pieces_not_listed', seizedPieces: [{ code: 'X-99', dimensions: MEASURED }] },
    ]);
    // The piece is the whole excess: only its lot is seized.
    expect(undeclaredTimber(scanned([{ code: 'X-99', scientificName: TORNILLO, dimensions: MEASURED }], load([13, 21.924])).data).map((timber) => timber.basis)).toEqual(['pieces_not_listed']);
  });

  it('takes pieces of an undeclared species seized by code out of that species’ seizure', () => {
    const { data } = scanned([{ code: 'T-2', scientificName: CEDRO }, { code: 'X-7', scientificName: CEDRO, dimensions: MEASURED }], load([11, 18.333], { scientificName: CEDRO, pieces: 3, volume: cubicMetres(4.5) }));
    expect(undeclaredTimber(data)).toEqual([
      { species: CEDRO, pieces: 1, volume: cubicMetres(1.076), basis: 'species_not_declared' },
      { species: CEDRO, pieces: 2, volume: cubicMetres(3.424), basis: 'pieces_not_listed', seizedPieces: [{ code: 'T-2' }, { code: 'X-7', dimensions: MEASURED }] },
    ]);
  });

  it('makes them a lot of their own in the authority’s custody, held under the load’s case from its first moment', () => {
    const { data } = scanned([{ code: 'X-99', scientificName: TORNILLO, dimensions: MEASURED }], load([14, 23.5]));
    const [byVolume, byCode] = seizureSteps('event-1', data, LINES);
    expect(byCode!.lotId).toBe(seizedLotId(CASE, data.scanId, { species: TORNILLO, volume: cubicMetres(1.924), basis: 'pieces_not_listed' }));
    expect(byCode!.lotId).not.toBe(byVolume!.lotId);
    const at = data.observedAt;
    deciderSpec(lotDecider)
      .given([])
      .when(byCode!.command)
      .then([
        {
          type: 'LotSeized',
          data: {
            lotId: byCode!.lotId,
            caseRef: CASE,
            authority: data.authority,
            checkpoint: data.checkpoint,
            guideNumber: NUMBER,
            scanId: data.scanId,
            species: TORNILLO,
            productType: 'roundwood',
            pieces: 1,
            volume: cubicMetres(1.924),
            basis: 'pieces_not_listed',
            seizedPieces: [{ code: 'X-99', dimensions: MEASURED }],
            at,
          },
        },
        {
          type: 'LotImmobilised',
          data: {
            lotId: byCode!.lotId,
            caseRef: CASE,
            reason: `Found beyond guide ${NUMBER} at ${data.checkpoint} (scan ${data.scanId}): origin unproven`,
            authority: data.authority,
            checkpoint: data.checkpoint,
            volume: cubicMetres(1.924),
            at,
          },
        },
      ]);
  });

  it('seizes nothing new when the same scan comes again: the scan records nothing and its lots keep their ids', () => {
    const first = scanned([{ code: 'X-99', scientificName: TORNILLO, dimensions: MEASURED }]);
    const again = scan({ checkedPieces: [{ code: 'X-99', scientificName: TORNILLO, dimensions: MEASURED }], observedLines: load([12, 20]) });
    deciderSpec(guideDecider).given([issued({ lines: LINES }), first]).when(again).then([]);
    expect(seizedTimber(first.data)).toEqual(seizedTimber(scanned([{ code: 'X-99', scientificName: TORNILLO, dimensions: MEASURED }]).data));
  });
});
