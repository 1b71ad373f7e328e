import { describe, expect, it } from '@jest/globals';
import type { CheckpointEntry } from './checkpoint-entry.js';
import type { RoadEntry } from './road-entry.js';
import { DEPARTURE_MINUTES, INSPECTION_MINUTES, proposeRoute } from './route-proposal.js';
import { NoRoute, UnknownPlace } from './route.errors.js';

const checkpoint = (code: string, status?: 'confirm'): CheckpointEntry => ({
  code,
  name: `Puesto ${code}`,
  authority: 'ARFFS-UCAYALI',
  region: 'Ucayali',
  road: 'road',
  roadKm: 0,
  latitude: -8.5,
  longitude: -74.5,
  ...(status ? { status } : {}),
});

const ROADS: RoadEntry[] = [
  { code: 'A', name: 'A', mode: 'road', places: [{ town: 'Pucallpa', kmFromPrevious: 0 }, { checkpoint: 'CP-1', kmFromPrevious: 60 }, { town: 'Tingo María', kmFromPrevious: 60 }] },
  { code: 'B', name: 'B', mode: 'road', places: [{ town: 'Lima', kmFromPrevious: 0 }, { checkpoint: 'CP-2', kmFromPrevious: 120 }, { town: 'Tingo María', kmFromPrevious: 300 }] },
  // A detour that is longer: the shortest way leaves it aside.
  { code: 'C', name: 'C', mode: 'road', places: [{ town: 'Pucallpa', kmFromPrevious: 0 }, { checkpoint: 'CP-3', kmFromPrevious: 200 }, { town: 'Tingo María', kmFromPrevious: 200 }] },
  { code: 'R', name: 'R', mode: 'river', places: [{ town: 'Pucallpa', kmFromPrevious: 0 }, { checkpoint: 'CP-4', kmFromPrevious: 60 }, { town: 'Iquitos', kmFromPrevious: 1 }] },
  { code: 'ISLAND', name: 'island', mode: 'road', places: [{ town: 'Atalaya', kmFromPrevious: 0 }, { town: 'Sepahua', kmFromPrevious: 100 }] },
];
const CHECKPOINTS = [checkpoint('CP-1'), checkpoint('CP-2', 'confirm'), checkpoint('CP-3'), checkpoint('CP-4')];

describe('a route between two places', () => {
  it('follows the shortest way over the roads, either way along them, naming every place with its km', () => {
    const route = proposeRoute(ROADS, CHECKPOINTS, 'pucallpa', 'LIMA');
    expect(route).toMatchObject({ from: 'Pucallpa', to: 'Lima', distanceKm: 540, roads: ['A', 'B'] });
    expect(route.places.map(({ place, kind, km, road }) => [place, kind, km, road])).toEqual([
      ['Pucallpa', 'town', 0, undefined],
      ['CP-1', 'checkpoint', 60, 'A'],
      ['Tingo María', 'town', 120, 'A'],
      ['CP-2', 'checkpoint', 420, 'B'],
      ['Lima', 'town', 540, 'B'],
    ]);
  });

  it('opens each window at the fastest speed and closes it at the slowest, after departure and the inspections before', () => {
    const { trajectory } = proposeRoute(ROADS, CHECKPOINTS, 'Pucallpa', 'Lima');
    expect(trajectory.checkpoints).toEqual([
      { code: 'CP-1', position: [-74.5, -8.5], mandatory: true, earliestArrivalMinutes: 60, latestArrivalMinutes: 144 + DEPARTURE_MINUTES },
      { code: 'CP-2', position: [-74.5, -8.5], mandatory: false, earliestArrivalMinutes: 420, latestArrivalMinutes: 1008 + DEPARTURE_MINUTES + INSPECTION_MINUTES },
    ]);
  });

  it('times river legs at boat speeds', () => {
    const { trajectory } = proposeRoute(ROADS, CHECKPOINTS, 'Pucallpa', 'Iquitos');
    expect(trajectory.checkpoints).toEqual([expect.objectContaining({ code: 'CP-4', earliestArrivalMinutes: 180, latestArrivalMinutes: 600 + DEPARTURE_MINUTES })]);
  });

  it('leaves a checkpoint the catalogue in force does not hold out of the trajectory, and says so', () => {
    const route = proposeRoute(ROADS, [checkpoint('CP-2')], 'Pucallpa', 'Lima');
    expect(route.places[1]).toMatchObject({ place: 'CP-1', kind: 'unknown_checkpoint' });
    expect(route.trajectory.checkpoints.map((entry) => entry.code)).toEqual(['CP-2']);
  });

  it('starts or ends at a checkpoint named by its code', () => {
    const route = proposeRoute(ROADS, CHECKPOINTS, 'cp-1', 'CP-2');
    expect(route.places.map((place) => place.place)).toEqual(['CP-1', 'Tingo María', 'CP-2']);
    expect(route.trajectory.checkpoints[0]).toMatchObject({ code: 'CP-1', earliestArrivalMinutes: 0, latestArrivalMinutes: DEPARTURE_MINUTES });
  });

  it('refuses a place no road names, and two places no road joins', () => {
    expect(() => proposeRoute(ROADS, CHECKPOINTS, 'Cusco', 'Lima')).toThrow(UnknownPlace);
    expect(() => proposeRoute(ROADS, CHECKPOINTS, 'Lima', 'Cusco')).toThrow(expect.objectContaining({ details: { field: 'to', place: 'Cusco' } }));
    expect(() => proposeRoute(ROADS, CHECKPOINTS, 'Lima', 'Sepahua')).toThrow(NoRoute);
  });
});
