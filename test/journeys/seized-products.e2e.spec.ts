import { describe, expect, it } from '@jest/globals';
import { eventually } from '#testing';
import { boardsOnTheRoad, sawnBoards } from '../certificates/certificate-journey.js';
import { journeyApp } from './journey-app.js';
import { CEDRO, minutesAfter, operatorAt, scanBody, TORNILLO } from './road-to-pucallpa.js';

describe('timber seized from a load of sawn wood', () => {
  const journey = journeyApp();

  it('is sawn wood, as the guide it travelled under carried, not roundwood', async () => {
    const { facilityId, boards } = await sawnBoards(journey);
    const { number, plate, issuedAt } = await boardsOnTheRoad(journey, facilityId, boards);
    const load = { number, permitId: '', planId: '', facilityId, loads: [], plate, issuedAt };
    // The boards the guide declares, and cedro boards it does not.
    const observed = [
      { species: TORNILLO, volumeM3: 8, pieces: 120 },
      { species: CEDRO, volumeM3: 2, pieces: 30 },
    ];
    const code = 'UC-CFB-K160';
    const { body: scan } = await journey.post(operatorAt(code), `/checkpoints/${code}/scans`, scanBody(load, code, minutesAfter(issuedAt, 60), observed), 201);
    expect(scan.verdict).toBe('immobilise');
    expect(scan.seized).toEqual([expect.objectContaining({ species: CEDRO, basis: 'species_not_declared' })]);
    await eventually(async () => expect(await journey.lot(scan.seized[0].lotId)).toMatchObject({ species: CEDRO, productType: 'sawn_wood', status: 'immobilised' }));
  }, 60_000);
});
