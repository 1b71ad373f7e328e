import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, loadCaseId } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { GuideCommand, ScanShipment } from './guide.commands.js';
import { guideDecider } from './guide.decider.js';
import { GuideHeld } from './guide.errors.js';
import type { GuideEvent } from './guide.events.js';
import type { GuideState } from './guide.state.js';
import { hoursBetween } from './guide.time.js';
import { CLEARED, declaredLoad, delivered, feasibleLegs, immobilise, issued, K034, liftedBy, NUMBER, reachableSightings, revised, scan, scanned } from './guide.fixtures.spec.js';
import { result } from './scan-checks/check-result.js';
import type { Sighting } from './scan-checks/scan-facts.js';

// Item: verdicts follow the trip, not the upload order.

const spec = deciderSpec(guideDecider);

const at = (time: string) => `2026-05-02T${time}:00-05:00`;
const LATE = at('11:00');
const atK010 = (observedAt = at('07:00'), recordedAt = observedAt) => scan({ scanId: 'SCAN-K010', checkpoint: 'UC-CFB-K010', observedAt, recordedAt });
const atK034 = (observedAt = at('07:45'), recordedAt = observedAt) => scan({ scanId: 'SCAN-K034', checkpoint: 'UC-CFB-K034', observedAt, recordedAt });
const atK060 = (observedAt = at('08:30'), recordedAt = observedAt, overrides: Partial<ScanShipment['data']> = {}) =>
  scan({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', observedAt, recordedAt, ...overrides });

/** The history the decider itself records for the commands in turn, after the guide's issue. */
function recordedInTurn(commands: readonly GuideCommand[]): GuideEvent[] {
  return commands.reduce<GuideEvent[]>((history, command) => [...history, ...guideDecider.decide(command, fold(guideDecider, history))], [issued()]);
}

const k060Window = [result('ARRIVAL_WINDOW', 'pass', { earliestMinutes: 60, latestMinutes: 360 }, { minutes: 150 }, 'Reached UC-CFB-K060 within its registered window')];
const k060AfterK010 = {
  TRAJECTORY_ORDER: [result('TRAJECTORY_ORDER', 'pass', { after: 'UC-CFB-K010' }, 'UC-CFB-K060', 'Checkpoint UC-CFB-K060 follows UC-CFB-K010 on the registered trajectory')],
  SKIPPED_CHECKPOINT: [result('SKIPPED_CHECKPOINT', 'pass', [], [], 'No mandatory checkpoint was skipped on the way to UC-CFB-K060')],
  ARRIVAL_WINDOW: k060Window,
};

describe('a scan observed earlier and recorded later', () => {
  it('is judged on the places seen before it; a later verdict it does not change is not revised', () => {
    const late = atK034(at('07:45'), LATE);
    spec.given(recordedInTurn([atK010(), atK060()])).when(late).then([
      scanned(
        late,
        {
          TRAJECTORY_ORDER: [result('TRAJECTORY_ORDER', 'pass', { after: 'UC-CFB-K010' }, 'UC-CFB-K034', 'Checkpoint UC-CFB-K034 follows UC-CFB-K010 on the registered trajectory')],
          SKIPPED_CHECKPOINT: [result('SKIPPED_CHECKPOINT', 'pass', [], [], 'No mandatory checkpoint was skipped on the way to UC-CFB-K034')],
          ARRIVAL_WINDOW: [result('ARRIVAL_WINDOW', 'pass', { earliestMinutes: 30, latestMinutes: 240 }, { minutes: 105 }, 'Reached UC-CFB-K034 within its registered window')],
          ...feasibleLegs(['UC-CFB-K010', 'UC-CFB-K034', 23.1, 0.75, 0.29]),
        },
        CLEARED,
      ),
    ]);
  });

  it('clears the later scan that failed for skipping its checkpoint, and lifts the hold only that verdict justified', () => {
    const history = recordedInTurn([atK060()]);
    expect(history.at(-1)).toMatchObject({ type: 'ShipmentScanned', data: { verdict: immobilise(['SKIPPED_CHECKPOINT']) } });
    const late = atK010(at('07:00'), LATE);
    spec.given(history).when(late).then([
      scanned(late, {}, CLEARED),
      revised(atK060(), { ...k060AfterK010, ...feasibleLegs(['UC-CFB-K010', 'UC-CFB-K060', 47.3, 1.5, 0.59]), ...reachableSightings(1) }, immobilise(['SKIPPED_CHECKPOINT']), CLEARED, late),
      liftedBy(late),
    ]);
  });

  it('keeps the hold when the later scan still fails on what the late one does not touch', () => {
    const heavier = atK060(at('08:30'), at('08:30'), { observedLines: [{ ...declaredLoad[0]!, volume: cubicMetres(25) }, declaredLoad[1]!] });
    const late = atK010(at('07:00'), LATE);
    const events = guideDecider.decide(late, fold(guideDecider, recordedInTurn([heavier])));
    expect(events.map((event) => event.type)).toEqual(['ShipmentScanned', 'ScanVerdictRevised']);
    expect(events[1]).toMatchObject({ data: { previous: immobilise(['SKIPPED_CHECKPOINT', 'VOLUME_MATCH']), verdict: immobilise(['VOLUME_MATCH']), caseId: loadCaseId(heavier.data.guideNumber) } });
    const state = fold(guideDecider, [...recordedInTurn([heavier]), ...events]);
    expect(state.holds).toEqual([{ caseRef: loadCaseId(heavier.data.guideNumber), scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', authority: 'ARFFS-UCAYALI' }]);
  });

  it('fails a later scan the late one shows was reached too fast, and holds the load under its case', () => {
    const late = atK034(at('08:25'), LATE);
    const history = recordedInTurn([atK010(), atK060()]);
    const events = guideDecider.decide(late, fold(guideDecider, history));
    expect(events).toEqual([
      expect.objectContaining({ type: 'ShipmentScanned', data: expect.objectContaining({ scanId: 'SCAN-K034', verdict: CLEARED }) }),
      revised(
        atK060(),
        {
          ...k060AfterK010,
          TRAJECTORY_ORDER: [result('TRAJECTORY_ORDER', 'pass', { after: 'UC-CFB-K034' }, 'UC-CFB-K060', 'Checkpoint UC-CFB-K060 follows UC-CFB-K034 on the registered trajectory')],
          TRAVEL_TOO_FAST: [
            result(
              'TRAVEL_TOO_FAST',
              'failure',
              { minimumHours: 0.31, maximumSpeedKmPerHour: 80 },
              { from: 'UC-CFB-K034', to: 'UC-CFB-K060', distanceKm: 25.1, hours: 0.08 },
              'UC-CFB-K034 → UC-CFB-K060 (25.1 km) in 0.08 h, which needs at least 0.31 h: the guide is running on two trucks',
            ),
          ],
          TRAVEL_TOO_SLOW: feasibleLegs(['UC-CFB-K034', 'UC-CFB-K060', 25.1, 0.08, 0.31]).TRAVEL_TOO_SLOW!,
          CLONE_SIGHTING: [
            result(
              'CLONE_SIGHTING',
              'failure',
              { minimumHours: 0.31, maximumSpeedKmPerHour: 80 },
              { checkpoint: 'UC-CFB-K034', observedAt: at('08:25'), guideNumber: 'GTF-2026-000123', plate: 'ABC-123', distanceKm: 25.1, hours: 0.08 },
              'Guide GTF-2026-000123 was seen at UC-CFB-K034, 25.1 km away, 0.08 h apart: a cloned guide',
            ),
          ],
        },
        CLEARED,
        immobilise(['TRAVEL_TOO_FAST', 'CLONE_SIGHTING']),
        late,
      ),
    ]);
    spec.given([...history, ...events]).when({ type: 'DeliverGuide', data: { facilityId: 'CTP-UCA-014', at: at('12:00'), recordedAt: at('12:00') } }).then(new GuideHeld('GTF-2026-000123', [loadCaseId('GTF-2026-000123')]));
  });

  it('judges its clone sighting on the guide’s scans observed before it only, and fails the later scan it was seen too soon before', () => {
    // K010 → K034 in 5 minutes, uploaded K034 first: the guide ran on two trucks, and the later scan carries it.
    const history = recordedInTurn([atK034(at('07:05'))]);
    const sightings = [{ checkpoint: 'UC-CFB-K034', position: K034, observedAt: at('07:05'), guideNumber: NUMBER, plate: 'ABC-123' }];
    const late = scan({ scanId: 'SCAN-K010', checkpoint: 'UC-CFB-K010', observedAt: at('07:00'), recordedAt: LATE }, { sightings });
    expect(guideDecider.decide(late, fold(guideDecider, history))).toEqual([
      expect.objectContaining({ type: 'ShipmentScanned', data: expect.objectContaining({ scanId: 'SCAN-K010', verdict: CLEARED }) }),
      expect.objectContaining({
        type: 'ScanVerdictRevised',
        data: expect.objectContaining({ scanId: 'SCAN-K034', previous: immobilise(['SKIPPED_CHECKPOINT']), verdict: immobilise(['TRAVEL_TOO_FAST', 'CLONE_SIGHTING']) }),
      }),
    ]);
  });

  it('does not judge again a scan observed at or before the late one', () => {
    const history = recordedInTurn([atK010(), atK060()]);
    const events = guideDecider.decide(atK034(at('08:45'), LATE), fold(guideDecider, history));
    expect(events.map((event) => event.type)).toEqual(['ShipmentScanned']);
  });

  it('judges a scan observed before delivery and uploaded after it on the places before it, not on the arrival', () => {
    const late = atK034(at('07:45'), LATE);
    const history = [...recordedInTurn([atK010(), atK060()]), delivered(at('10:00'))];
    const events = guideDecider.decide(late, fold(guideDecider, history));
    expect(events).toEqual([expect.objectContaining({ type: 'ShipmentScanned', data: expect.objectContaining({ verdict: CLEARED, lotIds: ['LOT-0001', 'LOT-0002'] }) })]);
  });
});

describe('property: uploads of one trip in any order end as if they had arrived in observation order', () => {
  const legal = [atK010(at('07:00')), atK034(at('07:45')), atK060(at('08:30')), scan({ scanId: 'SCAN-K060-B', checkpoint: 'UC-CFB-K060', observedAt: at('08:50') })];
  // K010 → K034 in 5 minutes: 23 km that need 17, so the guide ran on two trucks.
  const tooFast = [atK010(at('07:00')), atK034(at('07:05')), atK060(at('08:30')), scan({ scanId: 'SCAN-K060-B', checkpoint: 'UC-CFB-K060', observedAt: at('08:50') })];
  // K010 never scanned: the mandatory checkpoint was skipped, whatever order the others arrive in.
  const skipped = [atK034(at('07:45')), atK060(at('08:30')), scan({ scanId: 'SCAN-K060-B', checkpoint: 'UC-CFB-K060', observedAt: at('08:50') })];

  /** Each scan's verdict in force and the holds on the load, after the scans arrive in the order given, each recorded when it arrives with the sightings the handler would gather. */
  function outcome(order: readonly ScanShipment[]) {
    const state = order.reduce<GuideState>(
      (current, command, index) => {
        const sightings = sightingsOf(command, order.slice(0, index));
        const arriving: ScanShipment = { ...command, data: { ...command.data, recordedAt: at(`1${index}:00`), facts: { ...command.data.facts, sightings } } };
        return guideDecider.decide(arriving, current).reduce(guideDecider.evolve, current);
      },
      fold(guideDecider, [issued()]),
    );
    return { verdicts: Object.fromEntries(state.scans.map((scan) => [scan.scanId, scan.verdict])), holds: [...state.holds].sort((a, b) => a.scanId.localeCompare(b.scanId)) };
  }

  it.each([
    ['a legal trip', legal, []],
    ['a guide running on two trucks', tooFast, ['SCAN-K034']],
    ['a trip past a mandatory checkpoint unscanned', skipped, ['SCAN-K034']],
  ])('%s', (_name, scans, held) => {
    const inOrder = outcome(scans);
    expect(inOrder.holds.map((hold) => hold.scanId)).toEqual(held);
    for (const order of permutations(scans)) expect(outcome(order)).toEqual(inOrder);
  });
});

/** As the handler gathers them: the guide's scans already recorded at other checkpoints, 48 hours either side, the earliest first. */
function sightingsOf({ data: scanned }: ScanShipment, recorded: readonly ScanShipment[]): Sighting[] {
  return recorded
    .map(({ data }) => data)
    .filter((data) => data.checkpoint !== scanned.checkpoint && Math.abs(hoursBetween(data.observedAt, scanned.observedAt)) <= 48)
    .sort((a, b) => hoursBetween(b.observedAt, a.observedAt))
    .map((data) => ({ checkpoint: data.checkpoint, position: data.facts.checkpoint.position, observedAt: data.observedAt, guideNumber: data.guideNumber, plate: data.plate }));
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}
