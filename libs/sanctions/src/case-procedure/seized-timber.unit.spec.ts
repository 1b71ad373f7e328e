import { describe, expect, it } from '@jest/globals';
import type { CaseSource } from '../domain/case.js';
import type { InfractionCase } from '../domain/case.state.js';
import { seizedTimberOf } from './seized-timber.js';

const CEDRO = 'Cedrela odorata';
const seized = (lotId: string, species: string, m3: string) => ({ lotId, species, pieces: 3, m3, basis: 'species_not_declared' });
const weighed = (lotId: string, species: string, kg: string) => ({ lotId, species, pieces: 40, kg, basis: 'no_guide' });
const scan = (...lots: (ReturnType<typeof seized> | ReturnType<typeof weighed>)[]): CaseSource => ({ kind: 'scan', scanId: 'S-1', checkpoint: 'UC-CFB-K160', guideNumber: 'GTF-1', load: { declared: [], observed: [], seized: lots } });
const caseFrom = (...sources: CaseSource[]) => ({ sources }) as unknown as InfractionCase;

describe('the timber seized under a case, as a fine concerns it by default', () => {
  it('adds up the m³ of every lot seized, each once, when all are of one species', () => {
    expect(seizedTimberOf(caseFrom(scan(seized('LOT-A', CEDRO, '2.375'), seized('LOT-B', CEDRO, '1.2')), scan(seized('LOT-A', CEDRO, '2.375'))))).toEqual({ species: CEDRO, volumeM3: '3.575' });
  });

  it('names the species of weighed lots but no m³: kg are never read as m³', () => {
    expect(seizedTimberOf(caseFrom(scan(weighed('LOT-T', 'Caesalpinia spinosa', '1200'))))).toEqual({ species: 'Caesalpinia spinosa' });
  });

  it('names none when the lots are of several species, when none were seized, or a volume does not read as a decimal', () => {
    expect(seizedTimberOf(caseFrom(scan(seized('LOT-A', CEDRO, '2'), seized('LOT-B', 'Swietenia macrophylla', '1'))))).toBeUndefined();
    expect(seizedTimberOf(caseFrom(scan(), { kind: 'transformation', facilityId: 'CTP-1', transformationId: 'TR-1', reason: 'x' }))).toBeUndefined();
    expect(seizedTimberOf(caseFrom(scan(seized('LOT-A', CEDRO, '1e-7'))))).toBeUndefined();
  });
});
