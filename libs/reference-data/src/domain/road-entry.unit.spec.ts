import { describe, expect, it } from '@jest/globals';
import { placeKey, type RoadEntry, roadFindings } from './road-entry.js';

const ROAD: RoadEntry = {
  code: 'PUCALLPA-TINGO-MARIA',
  name: 'Carretera Federico Basadre',
  mode: 'road',
  places: [{ town: 'Pucallpa', kmFromPrevious: 0 }, { checkpoint: 'UC-CFB-K010', kmFromPrevious: 10 }, { town: 'Tingo María', kmFromPrevious: 245 }],
};

describe('road entries', () => {
  it('accept a road of ordered places, each a checkpoint or a town, with the km from the one before', () => {
    expect(roadFindings([ROAD, { ...ROAD, code: 'RIO-UCAYALI', mode: 'river' }])).toEqual([]);
  });

  it('refuse bad codes, blank names, unknown modes, repeated codes and roads of one place', () => {
    const bad = { ...ROAD, code: 'pucallpa', name: ' ', mode: 'air' as never, places: [ROAD.places[0]!] };
    expect(roadFindings([bad, ROAD, ROAD]).map((found) => found.path)).toEqual(['entries.0.code', 'entries.0.name', 'entries.0.mode', 'entries.0.places', 'entries.2.code']);
  });

  it('refuse a place naming both or neither, a first place past 0 km, a later one at 0 km, and a place passed twice', () => {
    const places = [
      { town: 'Pucallpa', kmFromPrevious: 5 },
      { town: 'Campo Verde', checkpoint: 'UC-CFB-K034', kmFromPrevious: 10 },
      { kmFromPrevious: 10 },
      { checkpoint: 'uc-cfb-k060', kmFromPrevious: 0 },
      { town: 'PUCALLPA', kmFromPrevious: 10 },
    ];
    expect(roadFindings([{ ...ROAD, places }])).toEqual([
      { path: 'entries.0.places.0.kmFromPrevious', message: 'the first place of a road lies 0 km from the previous' },
      { path: 'entries.0.places.1', message: 'places.1 must name either a checkpoint or a town' },
      { path: 'entries.0.places.2', message: 'places.2 must name either a checkpoint or a town' },
      { path: 'entries.0.places.3.checkpoint', message: 'checkpoint must be a checkpoint code' },
      { path: 'entries.0.places.3.kmFromPrevious', message: 'kmFromPrevious must be above 0' },
      { path: 'entries.0.places.4', message: 'places.4 repeats places.0' },
    ]);
  });

  it('key places as people type them: case, accents and spacing ignored', () => {
    expect(placeKey('  Tingo   MARÍA ')).toBe(placeKey('tingo maria'));
    expect(placeKey('Iñapari')).toBe('inapari');
  });
});
