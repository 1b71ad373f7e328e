import { describe, expect, it } from '@jest/globals';
import { duration, progressLine, RateOfProgress, readModelTable } from './projections-output.js';

describe('the projections command’s output', () => {
  it('draws a bar of the events folded out of the total, with the time left', () => {
    expect(progressLine(1_200, 5_000, 12.4)).toBe('[#######-----------------------] 1,200/5,000 events  24%  about 12 s left');
    expect(progressLine(0, 5_000, undefined)).toBe('[------------------------------] 0/5,000 events  0%  time left not known yet');
    expect(progressLine(5_000, 5_000, 0)).toBe('[##############################] 5,000/5,000 events  100%  done');
    expect(progressLine(0, 0, undefined)).toBe('[##############################] 0/0 events  100%  done');
  });

  it('tells durations as a person reads them', () => {
    expect([0.4, 45, 60, 200, 3_600, 7_500].map(duration)).toEqual(['0 s', '45 s', '1 min', '3 min 20 s', '1 h', '2 h 5 min']);
  });

  it('estimates the time left from the rate seen since the first look, once something was folded', () => {
    const rate = new RateOfProgress();
    expect(rate.secondsLeft(100, 1_100, 0)).toBeUndefined();
    expect(rate.secondsLeft(100, 1_100, 1_000)).toBeUndefined();
    expect(rate.secondsLeft(300, 1_100, 2_000)).toBe(8);
  });

  it('lays read models out as a table, a live view with what it folds and a rebuild with its progress', () => {
    const position = { commit: '812', prepare: '1043' };
    const table = readModelTable([
      { name: 'custody_guides', lifecycle: 'async', version: 2, activeVersion: 1, table: 'read_models.custody_guides_v1', position, headPosition: { commit: '900', prepare: '1200' }, lag: 1_234,
        rebuilding: { version: 2, table: 'read_models.custody_guides_v2', reason: 'version', startedAt: '2026-12-04T15:00:00.000Z', events: 600, total: 2_400, position } },
      { name: 'custody_lot', lifecycle: 'live', streams: 'lot-*' },
    ]);
    expect(table.split('\n')).toEqual([
      'NAME            LIFECYCLE  VERSION  ANSWERING  POSITION  HEAD      LAG    NOTE',
      'custody_guides  async      2        1          812/1043  900/1200  1,234  rebuilding v2 (version) into read_models.custody_guides_v2: 600/2,400 events (25%)',
      'custody_lot     live       -        -          -         -         -      folded from lot-* on each read',
    ]);
  });
});
