import { describe, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import { guideDecider } from './guide.decider.js';
import { CLEARED, downgraded, factsAt, feasibleLegs, guide, immobilise, issued, observations, PERMIT, reachableSightings, recorded, revised, scan, scanned, transshipped } from './guide.fixtures.spec.js';
import { result } from './scan-checks/check-result.js';

// Checks 3 to 5: vehicle and driver, the registered trajectory, and travel time between the places the load was seen at.

const spec = deciderSpec(guideDecider);

const atK010 = (observedAt = '2026-05-02T07:00:00-05:00') => scan({ scanId: 'SCAN-K010', checkpoint: 'UC-CFB-K010', observedAt });
const atK060 = (observedAt = '2026-05-02T08:30:00-05:00') => scan({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', observedAt });

const noSkip = (checkpoint: string) => [result('SKIPPED_CHECKPOINT', 'pass', [], [], `No mandatory checkpoint was skipped on the way to ${checkpoint}`)];
const k060Window = (minutes: number) => [result('ARRIVAL_WINDOW', 'pass', { earliestMinutes: 60, latestMinutes: 360 }, { minutes }, 'Reached UC-CFB-K060 within its registered window')];
/** A load's first scan at K060, `minutes` into its window and `hours` after it left the permit: K010 was skipped. */
const k060SkippingK010 = (minutes: number, hours: number) => ({
  TRAJECTORY_ORDER: [result('TRAJECTORY_ORDER', 'pass', { after: PERMIT }, 'UC-CFB-K060', `Checkpoint UC-CFB-K060 follows ${PERMIT} on the registered trajectory`)],
  SKIPPED_CHECKPOINT: [result('SKIPPED_CHECKPOINT', 'failure', [], ['UC-CFB-K010'], 'Mandatory checkpoints skipped on the way to UC-CFB-K060: UC-CFB-K010')],
  ARRIVAL_WINDOW: k060Window(minutes),
  ...feasibleLegs([PERMIT, 'UC-CFB-K060', 53.5, hours, 0.67]),
});

describe('VEHICLE_MATCH and DRIVER_MATCH: the truck and driver the guide names', () => {
  it('matches a plate however it is spaced or cased', () => {
    const spaced = scan({ plate: 'abc 123' });
    spec.given([issued()]).when(spaced).then([scanned(spaced, { VEHICLE_MATCH: [result('VEHICLE_MATCH', 'pass', ['ABC-123'], 'abc 123', 'Plate abc 123 is on the guide')] }, CLEARED)]);
  });

  it('fails another truck: the guide covers only the trucks it names (a cloned guide on a trailing truck)', () => {
    const otherTruck = scan({ plate: 'XYZ-999' });
    spec.given([issued()]).when(otherTruck).then([
      scanned(otherTruck, { VEHICLE_MATCH: [result('VEHICLE_MATCH', 'failure', ['ABC-123'], 'XYZ-999', 'Plate XYZ-999 is neither on the guide (ABC-123) nor a truck its load was transshipped to before the scan')] }, immobilise(['VEHICLE_MATCH'])),
    ]);
  });

  it('passes the truck and driver the holder recorded a transshipment to before the scan', () => {
    const onto = scan({ plate: 'xyz 999', driverId: '11223344' });
    spec.given([issued(), transshipped('2026-05-02T06:40:00-05:00')]).when(onto).then([
      scanned(
        onto,
        {
          VEHICLE_MATCH: [result('VEHICLE_MATCH', 'pass', ['ABC-123', 'XYZ-999'], 'xyz 999', 'Lots LOT-0001, LOT-0002 were transshipped to plate xyz 999 at 2026-05-02T06:40:00-05:00')],
          DRIVER_MATCH: [result('DRIVER_MATCH', 'pass', ['44556677', '11223344'], '11223344', 'Driver 11223344 took lots LOT-0001, LOT-0002 on at 2026-05-02T06:40:00-05:00')],
        },
        CLEARED,
      ),
    ]);
  });

  it('fails a truck whose transshipment took place after the scan observed it', () => {
    const early = scan({ plate: 'XYZ-999', driverId: '11223344' });
    spec.given([issued(), transshipped('2026-05-02T07:30:00-05:00')]).when(early).then([
      scanned(
        early,
        {
          VEHICLE_MATCH: [result('VEHICLE_MATCH', 'failure', ['ABC-123'], 'XYZ-999', 'Plate XYZ-999 is neither on the guide (ABC-123) nor a truck its load was transshipped to before the scan')],
          DRIVER_MATCH: [downgraded(result('DRIVER_MATCH', 'failure', '44556677', '11223344', 'Driver 11223344 is neither on the guide (44556677) nor on a transshipment before the scan'))],
        },
        immobilise(['VEHICLE_MATCH'], ['DRIVER_MATCH']),
      ),
    ]);
  });

  it('records another driver as an observation, or as a failure where the authority made it one', () => {
    const otherDriver = scan({ driverId: '11223344' });
    const mismatch = result('DRIVER_MATCH', 'failure', '44556677', '11223344', 'Driver 11223344 is neither on the guide (44556677) nor on a transshipment before the scan');
    spec.given([issued()]).when(otherDriver).then([scanned(otherDriver, { DRIVER_MATCH: [downgraded(mismatch)] }, observations('DRIVER_MATCH'))]);
    const strict = scan({ driverId: '11223344' }, { thresholds: { ...factsAt('UC-CFB-K010').thresholds, failingAsWarning: ['ARRIVAL_WINDOW'] } });
    spec.given([issued()]).when(strict).then([scanned(strict, { DRIVER_MATCH: [mismatch] }, immobilise(['DRIVER_MATCH']))]);
  });
});

describe('TRAJECTORY_ORDER: a checkpoint of the trajectory, in order', () => {
  it('fails a checkpoint off the registered trajectory: the load left its route', () => {
    const offRoute = scan({ checkpoint: 'UC-CFB-K086', observedAt: '2026-05-02T08:00:00-05:00' });
    spec.given([issued()]).when(offRoute).then([
      scanned(
        offRoute,
        {
          TRAJECTORY_ORDER: [
            result(
              'TRAJECTORY_ORDER',
              'failure',
              ['UC-CFB-K010', 'UC-CFB-K034', 'UC-CFB-K060'],
              'UC-CFB-K086',
              'Checkpoint UC-CFB-K086 is not on the registered trajectory (UC-CFB-K010 → UC-CFB-K034 → UC-CFB-K060): the load left its route',
            ),
          ],
          SKIPPED_CHECKPOINT: [],
          CORRIDOR: [result('CORRIDOR', 'pass', { withinKm: 3 }, { distanceKm: 2.2 }, 'Scanned 2.2 km from the registered trajectory, inside its corridor')],
          ARRIVAL_WINDOW: [],
          ...feasibleLegs([PERMIT, 'UC-CFB-K086', 73.9, 2, 0.92]),
        },
        immobilise(['TRAJECTORY_ORDER']),
      ),
    ]);
  });

  it('fails a checkpoint the load had already passed: the route is being run again', () => {
    const back = atK010('2026-05-02T10:00:00-05:00');
    spec.given([issued(), recorded(atK060())]).when(back).then([
      scanned(
        back,
        {
          TRAJECTORY_ORDER: [
            result(
              'TRAJECTORY_ORDER',
              'failure',
              { after: 'UC-CFB-K060' },
              'UC-CFB-K010',
              'Checkpoint UC-CFB-K010 lies before UC-CFB-K060, where the load already was at 2026-05-02T08:30:00-05:00: the route is being run again',
            ),
          ],
          ARRIVAL_WINDOW: [downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 240 }, 'Reached UC-CFB-K010 240 min after issue, after its window closed'))],
          ...feasibleLegs(['UC-CFB-K060', 'UC-CFB-K010', 47.3, 1.5, 0.59]),
        },
        immobilise(['TRAJECTORY_ORDER'], ['ARRIVAL_WINDOW']),
      ),
    ]);
  });

  it('fails, as the route run again, a scan observed after a late upload from further along', () => {
    const ahead = scan({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', observedAt: '2026-05-02T07:00:00-05:00', recordedAt: '2026-05-02T09:00:00-05:00' });
    spec.given([issued(), recorded(atK010('2026-05-02T08:00:00-05:00'))]).when(ahead).then([
      scanned(ahead, k060SkippingK010(60, 1), immobilise(['SKIPPED_CHECKPOINT'])),
      revised(
        atK010('2026-05-02T08:00:00-05:00'),
        {
          TRAJECTORY_ORDER: [
            result(
              'TRAJECTORY_ORDER',
              'failure',
              { after: 'UC-CFB-K060' },
              'UC-CFB-K010',
              'Checkpoint UC-CFB-K010 lies before UC-CFB-K060, where the load already was at 2026-05-02T07:00:00-05:00: the route is being run again',
            ),
          ],
          ...feasibleLegs(['UC-CFB-K060', 'UC-CFB-K010', 47.3, 1, 0.59]),
          ...reachableSightings(1),
        },
        CLEARED,
        immobilise(['TRAJECTORY_ORDER']),
        ahead,
      ),
    ]);
  });

  it('records a skipped checkpoint as an observation where the published rules make it one, citing their version', () => {
    const lenient = { rulesVersion: 3, thresholds: { ...factsAt('UC-CFB-K060').thresholds, failingAsWarning: ['SKIPPED_CHECKPOINT'] as const } };
    const ahead = scan({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060' }, lenient);
    const skipped = result('SKIPPED_CHECKPOINT', 'failure', [], ['UC-CFB-K010'], 'Mandatory checkpoints skipped on the way to UC-CFB-K060: UC-CFB-K010');
    spec.given([issued()]).when(ahead).then([
      scanned(
        ahead,
        {
          TRAJECTORY_ORDER: [result('TRAJECTORY_ORDER', 'pass', { after: PERMIT }, 'UC-CFB-K060', `Checkpoint UC-CFB-K060 follows ${PERMIT} on the registered trajectory`)],
          SKIPPED_CHECKPOINT: [{ ...skipped, outcome: 'warning', downgradedBy: { rulesVersion: 3 } }],
          ARRIVAL_WINDOW: k060Window(60),
          ...feasibleLegs([PERMIT, 'UC-CFB-K060', 53.5, 1, 0.67]),
        },
        observations('SKIPPED_CHECKPOINT'),
      ),
    ]);
  });

  it('judges a scan’s route again by the rules it was judged by, not the late scan’s', () => {
    const lenient = { rulesVersion: 3, thresholds: { ...factsAt('UC-CFB-K010').thresholds, failingAsWarning: ['TRAJECTORY_ORDER'] as const } };
    const later = scan({ scanId: 'SCAN-K010', checkpoint: 'UC-CFB-K010', observedAt: '2026-05-02T08:00:00-05:00' }, lenient);
    const ahead = scan({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', observedAt: '2026-05-02T07:00:00-05:00', recordedAt: '2026-05-02T09:00:00-05:00' });
    const runAgain = result(
      'TRAJECTORY_ORDER',
      'failure',
      { after: 'UC-CFB-K060' },
      'UC-CFB-K010',
      'Checkpoint UC-CFB-K010 lies before UC-CFB-K060, where the load already was at 2026-05-02T07:00:00-05:00: the route is being run again',
    );
    spec.given([issued(), recorded(later)]).when(ahead).then([
      scanned(ahead, k060SkippingK010(60, 1), immobilise(['SKIPPED_CHECKPOINT'])),
      revised(
        later,
        { TRAJECTORY_ORDER: [{ ...runAgain, outcome: 'warning', downgradedBy: { rulesVersion: 3 } }], ...feasibleLegs(['UC-CFB-K060', 'UC-CFB-K010', 47.3, 1, 0.59]), ...reachableSightings(1) },
        CLEARED,
        observations('TRAJECTORY_ORDER'),
        ahead,
      ),
    ]);
  });

  it('records a second scan at the same checkpoint as an observation', () => {
    const again = scan({ scanId: 'SCAN-K010-B', observedAt: '2026-05-02T07:20:00-05:00' });
    spec.given([issued(), recorded(atK010())]).when(again).then([
      scanned(
        again,
        {
          TRAJECTORY_ORDER: [
            result('TRAJECTORY_ORDER', 'warning', { after: 'UC-CFB-K010' }, 'UC-CFB-K010', 'Scanned again at UC-CFB-K010, also seen there at 2026-05-02T07:00:00-05:00'),
          ],
          ARRIVAL_WINDOW: [result('ARRIVAL_WINDOW', 'pass', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 80 }, 'Reached UC-CFB-K010 within its registered window')],
          ...feasibleLegs(['UC-CFB-K010', 'UC-CFB-K010', 0, 0.33, 0]),
        },
        observations('TRAJECTORY_ORDER'),
      ),
    ]);
  });
});

describe('SKIPPED_CHECKPOINT: no mandatory checkpoint passed unscanned', () => {
  it('passes when only an optional checkpoint was not scanned', () => {
    spec.given([issued(), recorded(atK010())]).when(atK060()).then([
      scanned(
        atK060(),
        {
          TRAJECTORY_ORDER: [
            result('TRAJECTORY_ORDER', 'pass', { after: 'UC-CFB-K010' }, 'UC-CFB-K060', 'Checkpoint UC-CFB-K060 follows UC-CFB-K010 on the registered trajectory'),
          ],
          SKIPPED_CHECKPOINT: noSkip('UC-CFB-K060'),
          ARRIVAL_WINDOW: k060Window(150),
          ...feasibleLegs(['UC-CFB-K010', 'UC-CFB-K060', 47.3, 1.5, 0.59]),
        },
        CLEARED,
      ),
    ]);
  });

  it('fails when a mandatory checkpoint was passed unscanned', () => {
    spec.given([issued()]).when(atK060()).then([
      scanned(atK060(), k060SkippingK010(150, 2.5), immobilise(['SKIPPED_CHECKPOINT'])),
    ]);
  });
});

describe('CORRIDOR: the scan taken inside the corridor around the trajectory', () => {
  it('fails a scan taken outside the corridor', () => {
    const away = scan({ position: [-74.611826, -8.3] });
    spec.given([issued()]).when(away).then([
      scanned(
        away,
        { CORRIDOR: [result('CORRIDOR', 'failure', { withinKm: 3 }, { distanceKm: 10.1 }, 'Scanned 10.1 km from the registered trajectory, outside its 3 km corridor: the load left its route')] },
        immobilise(['CORRIDOR']),
      ),
    ]);
  });

  it('uses the configured width for a guide registered without one', () => {
    const { corridorWidthKm: _width, ...withoutWidth } = guide.trajectory;
    const near = scan({ position: [-74.611826, -8.36] });
    spec.given([issued({ trajectory: withoutWidth })]).when(near).then([
      scanned(near, { CORRIDOR: [result('CORRIDOR', 'pass', { withinKm: 5 }, { distanceKm: 3.6 }, 'Scanned 3.6 km from the registered trajectory, inside its corridor')] }, CLEARED),
    ]);
  });
});

describe('ARRIVAL_WINDOW: the checkpoint reached within its registered window', () => {
  it('records a load early at a checkpoint as an observation', () => {
    const early = atK010('2026-05-02T06:05:00-05:00');
    spec.given([issued()]).when(early).then([
      scanned(
        early,
        {
          ARRIVAL_WINDOW: [downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 5 }, 'Reached UC-CFB-K010 5 min after issue, before its window opens'))],
          ...feasibleLegs([PERMIT, 'UC-CFB-K010', 6.6, 0.08, 0.08]),
        },
        observations('ARRIVAL_WINDOW'),
      ),
    ]);
  });
});

describe('TRAVEL_TOO_FAST and TRAVEL_TOO_SLOW: a feasible time since the previous place', () => {
  it('fails a leg covered faster than the maximum speed allows', () => {
    const fast = atK060('2026-05-02T07:10:00-05:00');
    spec.given([issued(), recorded(atK010())]).when(fast).then([
      scanned(
        fast,
        {
          TRAJECTORY_ORDER: [
            result('TRAJECTORY_ORDER', 'pass', { after: 'UC-CFB-K010' }, 'UC-CFB-K060', 'Checkpoint UC-CFB-K060 follows UC-CFB-K010 on the registered trajectory'),
          ],
          SKIPPED_CHECKPOINT: noSkip('UC-CFB-K060'),
          ARRIVAL_WINDOW: k060Window(70),
          TRAVEL_TOO_FAST: [
            result(
              'TRAVEL_TOO_FAST',
              'failure',
              { minimumHours: 0.59, maximumSpeedKmPerHour: 80 },
              { from: 'UC-CFB-K010', to: 'UC-CFB-K060', distanceKm: 47.3, hours: 0.17 },
              'UC-CFB-K010 → UC-CFB-K060 (47.3 km) in 0.17 h, which needs at least 0.59 h: the guide is running on two trucks',
            ),
          ],
          TRAVEL_TOO_SLOW: feasibleLegs(['UC-CFB-K010', 'UC-CFB-K060', 47.3, 0.17, 0.59]).TRAVEL_TOO_SLOW!,
        },
        immobilise(['TRAVEL_TOO_FAST']),
      ),
    ]);
  });

  it('fails a leg that took longer than driving plus the longest plausible stop', () => {
    const slow = atK060('2026-05-03T02:30:00-05:00');
    spec.given([issued(), recorded(atK010())]).when(slow).then([
      scanned(
        slow,
        {
          TRAJECTORY_ORDER: [
            result('TRAJECTORY_ORDER', 'pass', { after: 'UC-CFB-K010' }, 'UC-CFB-K060', 'Checkpoint UC-CFB-K060 follows UC-CFB-K010 on the registered trajectory'),
          ],
          SKIPPED_CHECKPOINT: noSkip('UC-CFB-K060'),
          ARRIVAL_WINDOW: [downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 60, latestMinutes: 360 }, { minutes: 1230 }, 'Reached UC-CFB-K060 1230 min after issue, after its window closed'))],
          TRAVEL_TOO_FAST: feasibleLegs(['UC-CFB-K010', 'UC-CFB-K060', 47.3, 19.5, 0.59]).TRAVEL_TOO_FAST!,
          TRAVEL_TOO_SLOW: [
            result(
              'TRAVEL_TOO_SLOW',
              'failure',
              { maximumHours: 12.59, maximumDwellHours: 12 },
              { from: 'UC-CFB-K010', to: 'UC-CFB-K060', distanceKm: 47.3, hours: 19.5 },
              'UC-CFB-K010 → UC-CFB-K060 (47.3 km) in 19.5 h, more than 12.59 h: the guide is being reused for another trip',
            ),
          ],
        },
        immobilise(['TRAVEL_TOO_SLOW'], ['ARRIVAL_WINDOW']),
      ),
    ]);
  });
});

describe('CLONE_SIGHTING: the guide or plate seen elsewhere too far away to drive between', () => {
  it('passes sightings elsewhere that the load had time to drive from, and ignores sightings at this checkpoint', () => {
    const seen = scan({}, {
      sightings: [
        { checkpoint: 'UC-CFB-K060', position: [-74.963917, -8.637452], observedAt: '2026-05-01T18:00:00-05:00', guideNumber: 'GTF-2026-000077', plate: 'ABC-123' },
        { checkpoint: 'UC-CFB-K010', position: [-74.611826, -8.393874], observedAt: '2026-05-02T06:59:00-05:00', guideNumber: 'GTF-2026-000078', plate: 'ABC-123' },
      ],
    });
    spec.given([issued()]).when(seen).then([
      scanned(seen, { CLONE_SIGHTING: [result('CLONE_SIGHTING', 'pass', { maximumSpeedKmPerHour: 80 }, { sightingsElsewhere: 1 }, 'No sighting elsewhere that the load could not have driven from')] }, CLEARED),
    ]);
  });
});
