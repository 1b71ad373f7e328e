import { describe, expect, it } from '@jest/globals';
import { fold } from '#shared-kernel';
import { caseLotVolumesDecider, type CaseLotVolume, type CaseLotVolumeNoted } from './case-lot-volumes.js';

const immobilised: CaseLotVolume = { lotId: 'LOT-1', caseId: 'CASE-1', kind: 'immobilised', m3: '5.25', at: '2026-05-02T08:00:00-05:00' };
const confiscated: CaseLotVolume = { ...immobilised, kind: 'confiscated', species: 'Cedrela odorata', at: '2026-07-01T08:00:00-05:00' };
const noted = (...holds: CaseLotVolume[]) => fold(caseLotVolumesDecider, holds.map((data): CaseLotVolumeNoted => ({ type: 'CaseLotVolumeNoted', data })));
const note = (data: CaseLotVolume, ...before: CaseLotVolume[]) => caseLotVolumesDecider.decide({ type: 'NoteCaseLotVolume', data }, noted(...before));

describe('the volumes custody held under cases, noted per lot', () => {
  it('notes an immobilisation, then the confiscation of the same lot under the same case', () => {
    expect(note(immobilised)).toEqual([{ type: 'CaseLotVolumeNoted', data: immobilised }]);
    expect(note(confiscated, immobilised)).toEqual([{ type: 'CaseLotVolumeNoted', data: confiscated }]);
  });

  it('notes nothing for a hold already noted, and a hold under another case as its own', () => {
    expect(note({ ...immobilised, at: '2026-05-03T08:00:00-05:00' }, immobilised)).toEqual([]);
    expect(note(confiscated, immobilised, confiscated)).toEqual([]);
    const underAnother = { ...immobilised, caseId: 'CASE-2' };
    expect(note(underAnother, immobilised)).toEqual([{ type: 'CaseLotVolumeNoted', data: underAnother }]);
  });
});
