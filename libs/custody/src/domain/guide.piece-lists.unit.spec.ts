import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { GuideLine } from './guide.js';
import { guideDecider } from './guide.decider.js';
import { InvalidGuide } from './guide.errors.js';
import type { ShipmentScanned } from './guide.events.js';
import { guide, issue, issued, NUMBER, requested, scan } from './guide.fixtures.spec.js';
import { type CheckedPiece, listedPiece, pieceM3 } from './piece-list.js';

// Piece lists ("lista de trozas"): each piece by code and dimensions on the guide, checked by code at a checkpoint.

const spec = deciderSpec(guideDecider);

/** Twelve tornillo logs of 1.667 m³ and five capirona logs of 1.6 m³: the fixture guide's 20 and 8 m³. */
const log = (diameter: number) => ({ shape: 'log' as const, largeEndDiameterM: diameter, smallEndDiameterM: diameter, lengthM: 5 });
const TORNILLO_LOGS = Array.from({ length: 12 }, (_, index) => listedPiece(`T-${index + 1}`, log(0.6515)));
const CAPIRONA_LOGS = Array.from({ length: 5 }, (_, index) => listedPiece(`C-${index + 1}`, log(0.6383)));
const listedLines = (tornillo = TORNILLO_LOGS, capirona = CAPIRONA_LOGS): GuideLine[] => [
  { ...guide.lines[0]!, pieceList: tornillo },
  { ...guide.lines[1]!, pieceList: capirona },
];

describe('a piece’s volume from its dimensions', () => {
  it('measures a log by Smalian, V = 0.7854 × ((D + d) / 2)² × L, and a sawn piece by section × length', () => {
    expect(pieceM3({ shape: 'log', largeEndDiameterM: 0.72, smallEndDiameterM: 0.64, lengthM: 4.2 })).toBeCloseTo(0.7854 * 0.68 ** 2 * 4.2, 10);
    expect(pieceM3({ shape: 'sawn', thicknessM: 0.05, widthM: 0.2, lengthM: 4 })).toBeCloseTo(0.04, 10);
    expect(listedPiece('T-1', { shape: 'log', largeEndDiameterM: 0.72, smallEndDiameterM: 0.64, lengthM: 4.2 }).volume).toEqual(cubicMetres(1.525));
  });
});

describe('issuing a guide with piece lists', () => {
  it('takes lists of one entry per declared piece, measured for the line’s product, adding up to its volume', () => {
    spec.given([]).when(issue({ lines: listedLines() })).then([requested({ lines: listedLines() })]);
  });

  it('refuses a piece list on a line traded by weight: piece lists are for timber', () => {
    const tara: GuideLine = { lotId: 'LOT-TARA-1', scientificName: 'Caesalpinia spinosa', commonName: 'tara', productType: 'non_timber', volume: { value: 5000, unit: 'kg' }, pieces: 100, pieceList: TORNILLO_LOGS };
    spec.given([]).when(issue({ lines: [guide.lines[0]!, tara] })).then(new InvalidGuide(NUMBER, [{ path: 'lines[1].pieceList', code: 'piece_list_not_timber' }]));
    spec.given([]).when(issue({ lines: [{ ...guide.lines[0]!, volume: { value: 5000, unit: 'kg' }, pieceList: TORNILLO_LOGS }] })).then(new InvalidGuide(NUMBER, [{ path: 'lines[0].pieceList', code: 'piece_list_not_timber' }]));
  });

  it('refuses a list that does not list the declared pieces, a sawn piece on a roundwood line, a code listed twice and volumes that do not add up', () => {
    const sawn = listedPiece('T-4', { shape: 'sawn', thicknessM: 0.05, widthM: 0.2, lengthM: 4 });
    spec.given([]).when(issue({ lines: listedLines(TORNILLO_LOGS.slice(0, 11)) })).then(new InvalidGuide(NUMBER, [{ path: 'lines[0].pieceList', code: 'piece_list_not_pieces' }]));
    spec.given([]).when(issue({ lines: listedLines(TORNILLO_LOGS.map((piece, index) => (index === 3 ? sawn : piece))) })).then(
      new InvalidGuide(NUMBER, [{ path: 'lines[0].pieceList[3].dimensions.shape', code: 'piece_not_log' }]),
    );
    spec.given([]).when(issue({ lines: listedLines(TORNILLO_LOGS, [listedPiece('T-1', log(0.6383)), ...CAPIRONA_LOGS.slice(1)]) })).then(
      new InvalidGuide(NUMBER, [{ path: 'lines[1].pieceList[0].code', code: 'duplicate' }]),
    );
    const thinner = TORNILLO_LOGS.map((piece) => listedPiece(piece.code, log(0.6)));
    spec.given([]).when(issue({ lines: listedLines(thinner) })).then(new InvalidGuide(NUMBER, [{ path: 'lines[0].volume', code: 'volume_not_piece_list' }]));
  });
});

describe('PIECES_MATCH by code', () => {
  const judged = (checkedPieces: readonly CheckedPiece[], lines: readonly GuideLine[] = listedLines()) => {
    const [scanned] = guideDecider.decide(scan({ checkedPieces }), fold(guideDecider, [issued({ lines })])) as [ShipmentScanned];
    return { byCode: scanned.data.results.filter((checked) => checked.rule === 'PIECES_MATCH' && (checked.expected as { listedPieces?: number }).listedPieces !== undefined), verdict: scanned.data.verdict };
  };

  it('passes pieces on the list as listed, whatever the case of their codes', () => {
    const { byCode, verdict } = judged([{ code: 't-1', scientificName: 'Cedrelinga cateniformis', dimensions: log(0.65) }, { code: 'C-2' }]);
    expect(byCode).toEqual([expect.objectContaining({ outcome: 'pass', observed: { checked: 2, undeclared: [], otherSpecies: [], larger: [], smaller: [] } })]);
    expect(verdict.decision).toBe('cleared');
  });

  it('fails an undeclared piece by its code, and immobilises the load', () => {
    const { byCode, verdict } = judged([{ code: 'T-1' }, { code: 'X-99' }]);
    expect(byCode).toEqual([
      {
        rule: 'PIECES_MATCH',
        outcome: 'failure',
        expected: { listedPieces: 17, volumeTolerancePercent: 5 },
        observed: { checked: 2, undeclared: ['X-99'], otherSpecies: [], larger: [], smaller: [] },
        message: 'Pieces checked by code: not on the piece list: X-99',
      },
    ]);
    expect(verdict).toMatchObject({ decision: 'immobilise', failed: ['PIECES_MATCH'] });
  });

  it('fails a listed code found to be another species or larger than listed, and notes one smaller than listed', () => {
    const { byCode } = judged([
      { code: 'T-2', scientificName: 'Cedrela odorata' },
      { code: 'T-3', dimensions: log(0.75) },
      { code: 'C-1', scientificName: 'Calycophyllum', dimensions: log(0.55) },
    ]);
    expect(byCode[0]).toMatchObject({
      outcome: 'failure',
      observed: {
        otherSpecies: [{ code: 'T-2', listed: 'Cedrelinga cateniformis', found: 'Cedrela odorata' }],
        larger: [{ code: 'T-3', listedM3: 1.667, measuredM3: 2.209 }],
        smaller: [{ code: 'C-1', listedM3: 1.6, measuredM3: 1.188 }],
      },
      message: 'Pieces checked by code: another species than listed: T-2; larger than listed: T-3',
    });
    expect(judged([{ code: 'C-1', dimensions: log(0.55) }]).byCode[0]).toMatchObject({ outcome: 'warning', message: 'Pieces checked by code: smaller than listed: C-1' });
  });

  it('notes pieces checked against a guide that lists none', () => {
    const { byCode, verdict } = judged([{ code: 'T-1' }], guide.lines);
    expect(byCode).toEqual([expect.objectContaining({ outcome: 'warning', message: `Guide ${NUMBER} lists no pieces: the 1 pieces checked by code match nothing` })]);
    expect(verdict.decision).toBe('observations');
  });
});
