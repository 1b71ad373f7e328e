import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { guideDecider } from './guide.decider.js';
import { InvalidScan, ScanFactsMismatch, ScanOfAnotherGuide } from './guide.errors.js';
import {
  annulled,
  CLEARED,
  downgraded,
  EXPIRES_AT,
  expired,
  immobilise,
  issued,
  K010,
  NUMBER,
  onlyResults,
  PERMIT,
  recorded,
  SAWMILL,
  scan,
  scanned,
  NO_LOTS_SEEN,
} from './guide.fixtures.spec.js';
import { result } from './scan-checks/check-result.js';

const spec = deciderSpec(guideDecider);

describe('scanning a shipment', () => {
  it('records every check and clears a load that matches its guide, on its route, in time', () => {
    spec.given([issued()]).when(scan()).then([scanned(scan(), {}, CLEARED)]);
  });

  it('records the scale reading with the scan', () => {
    const weighed = scan({ scaleWeightKg: 26_000 });
    spec.given([issued()]).when(weighed).then([
      scanned(weighed, { WEIGHT_MATCH: [result('WEIGHT_MATCH', 'pass', { estimatedKg: 25_800, tolerancePercent: 15 }, { kg: 26_000 }, 'The weight matches the declared volume within 15 %')] }, CLEARED),
    ]);
  });

  it('records nothing for a scan id already recorded: the first verdict stands', () => {
    spec.given([issued(), recorded(scan())]).when(scan({ plate: 'XYZ-999' })).then([]);
  });

  it('refuses a scan it cannot judge, naming every field at fault', () => {
    const bad = scan({
      scanId: ' ',
      plate: '',
      observedAt: '2026-05-02 07:00',
      position: [-200, -8.4],
      scaleWeightKg: 0,
      observedLines: [{ scientificName: 'tornillo', pieces: -1, volume: cubicMetres(-2) }],
    });
    spec.given([issued()]).when(bad).then(
      new InvalidScan(' ', [
        { path: 'scanId', code: 'blank' },
        { path: 'plate', code: 'blank' },
        { path: 'observedLines[0].scientificName', code: 'not_a_scientific_name' },
        { path: 'observedLines[0].pieces', code: 'pieces_negative' },
        { path: 'observedLines[0].volume', code: 'volume_negative' },
        { path: 'scaleWeightKg', code: 'not_positive' },
        { path: 'observedAt', code: 'not_an_instant' },
        { path: 'recordedAt', code: 'not_an_instant' },
        { path: 'position', code: 'not_a_position' },
      ]),
    );
  });

  it('refuses a scan recorded before it was observed, or facts about another checkpoint or bad thresholds', () => {
    const early = scan({ recordedAt: '2026-05-02T06:59:00-05:00' });
    spec.given([issued()]).when(early).then(new InvalidScan('SCAN-0001', [{ path: 'recordedAt', code: 'recorded_before_observed' }]));
    const elsewhere = scan({}, { checkpoint: { code: 'UC-CFB-K034', position: K010, authority: 'ARFFS-UCAYALI' } });
    spec.given([issued()]).when(elsewhere).then(new InvalidScan('SCAN-0001', [{ path: 'facts.checkpoint.code', code: 'not_this_checkpoint' }]));
    const thresholds = scan({}, { thresholds: { volumeTolerancePercent: -1, pieceTolerance: 0, weightTolerancePercent: 15, maximumSpeedKmPerHour: 0, maximumDwellHours: 12, corridorWidthKm: 5 } });
    spec.given([issued()]).when(thresholds).then(
      new InvalidScan('SCAN-0001', [
        { path: 'facts.thresholds.volumeTolerancePercent', code: 'negative' },
        { path: 'facts.thresholds.maximumSpeedKmPerHour', code: 'not_positive' },
      ]),
    );
  });

  it('refuses a scan of another guide number on this guide', () => {
    spec.given([issued()]).when(scan({ guideNumber: 'GTF-2026-000999' })).then(new ScanOfAnotherGuide(NUMBER, 'GTF-2026-000999'));
  });

  it('refuses facts about another kind of origin or another destination', () => {
    const processorFacts = scan({}, { origin: { kind: 'processor', authorised: true, yields: [] } });
    spec.given([issued()]).when(processorFacts).then(new ScanFactsMismatch(NUMBER, 'origin', 'permit', 'processor'));
    const { origin: _origin, ...noOrigin } = scan().data.facts;
    spec.given([issued()]).when({ type: 'ScanShipment', data: { ...scan().data, facts: noOrigin } }).then(new ScanFactsMismatch(NUMBER, 'origin', 'permit', null));
    const otherFacility = scan({}, { destination: { facilityId: 'CTP-LIM-001', holderTaxId: '20600000014', kind: 'processor', authorised: true } });
    spec.given([issued()]).when(otherFacility).then(new ScanFactsMismatch(NUMBER, 'destination', SAWMILL, 'CTP-LIM-001'));
  });
});

describe('GUIDE_VALID: a registered guide, open when the load was observed', () => {
  it('fails a scan of a number never issued, recording it on that number with what the load alone shows', () => {
    spec.given([]).when(scan()).then([
      scanned(
        scan(),
        onlyResults({
          GUIDE_VALID: [result('GUIDE_VALID', 'failure', { status: 'issued' }, { status: 'unknown' }, `No guide was issued under number ${NUMBER}: the timber moves without a valid guide`)],
          CLONE_SIGHTING: [result('CLONE_SIGHTING', 'pass', { maximumSpeedKmPerHour: 80 }, { sightingsElsewhere: 0 }, 'No sighting elsewhere that the load could not have driven from')],
          CITES_PERMIT: [result('CITES_PERMIT', 'pass', [], [], 'No CITES-listed species on the truck')],
        }),
        immobilise(['GUIDE_VALID']),
        NO_LOTS_SEEN,
      ),
    ]);
  });

  it('keeps judging later scans of an unknown number on the load alone', () => {
    const again = scan({ scanId: 'SCAN-0002', checkpoint: 'UC-CFB-K034', observedAt: '2026-05-02T07:45:00-05:00' });
    spec.given([recorded(scan())]).when(again).then([
      scanned(
        again,
        onlyResults({
          GUIDE_VALID: [result('GUIDE_VALID', 'failure', { status: 'issued' }, { status: 'unknown' }, `No guide was issued under number ${NUMBER}: the timber moves without a valid guide`)],
          CLONE_SIGHTING: [result('CLONE_SIGHTING', 'pass', { maximumSpeedKmPerHour: 80 }, { sightingsElsewhere: 0 }, 'No sighting elsewhere that the load could not have driven from')],
          CITES_PERMIT: [result('CITES_PERMIT', 'pass', [], [], 'No CITES-listed species on the truck')],
        }),
        immobilise(['GUIDE_VALID']),
        NO_LOTS_SEEN,
      ),
    ]);
  });

  it('fails a scan observed after the guide was annulled', () => {
    spec.given([issued(), annulled('2026-05-02T06:30:00-05:00')]).when(scan()).then([
      scanned(
        scan(),
        {
          GUIDE_VALID: [
            result(
              'GUIDE_VALID',
              'failure',
              { status: 'issued', registrationNumber: 'REG-ATFFS-UCA-2026-004512' },
              { status: 'annulled', since: '2026-05-02T06:30:00-05:00' },
              `Guide ${NUMBER} was annulled at 2026-05-02T06:30:00-05:00: the timber moves without a valid guide`,
            ),
          ],
        },
        immobilise(['GUIDE_VALID']),
        NO_LOTS_SEEN,
      ),
    ]);
  });

  it('passes a scan observed before the annulment and uploaded after it', () => {
    const offline = scan({ recordedAt: '2026-05-02T09:30:00-05:00' });
    spec.given([issued(), annulled('2026-05-02T09:00:00-05:00')]).when(offline).then([scanned(offline, {}, CLEARED)]);
  });

  it('fails an expired guide still on the road: out of its validity, and idle far too long since it left', () => {
    const late = scan({ observedAt: '2026-05-04T07:00:00-05:00' });
    spec.given([issued(), expired()]).when(late).then([
      scanned(
        late,
        {
          GUIDE_VALID: [
            result(
              'GUIDE_VALID',
              'failure',
              { status: 'issued', registrationNumber: 'REG-ATFFS-UCA-2026-004512' },
              { status: 'expired', since: EXPIRES_AT },
              `Guide ${NUMBER} expired at ${EXPIRES_AT}: the timber moves without a valid guide`,
            ),
          ],
          TIME_WINDOW: [
            result('TIME_WINDOW', 'failure', { from: '2026-05-02T06:00:00-05:00', until: EXPIRES_AT }, '2026-05-04T07:00:00-05:00', `Scanned at 2026-05-04T07:00:00-05:00, after guide ${NUMBER} expired at ${EXPIRES_AT}`),
          ],
          ARRIVAL_WINDOW: [
            downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 2940 }, 'Reached UC-CFB-K010 2940 min after issue, after its window closed')),
          ],
          TRAVEL_TOO_FAST: [
            result('TRAVEL_TOO_FAST', 'pass', { minimumHours: 0.08, maximumSpeedKmPerHour: 80 }, { from: PERMIT, to: 'UC-CFB-K010', distanceKm: 6.6, hours: 49 }, `${PERMIT} → UC-CFB-K010 (6.6 km) in a feasible time`),
          ],
          TRAVEL_TOO_SLOW: [
            result(
              'TRAVEL_TOO_SLOW',
              'failure',
              { maximumHours: 12.08, maximumDwellHours: 12 },
              { from: PERMIT, to: 'UC-CFB-K010', distanceKm: 6.6, hours: 49 },
              `${PERMIT} → UC-CFB-K010 (6.6 km) in 49 h, more than 12.08 h: the guide is being reused for another trip`,
            ),
          ],
        },
        immobilise(['GUIDE_VALID', 'TIME_WINDOW', 'TRAVEL_TOO_SLOW'], ['ARRIVAL_WINDOW']),
      ),
    ]);
  });
});

describe('TIME_WINDOW: between issue and expiry', () => {
  it('fails a scan observed before the guide was issued', () => {
    const early = scan({ observedAt: '2026-05-02T05:30:00-05:00' });
    spec.given([issued()]).when(early).then([
      scanned(
        early,
        {
          TIME_WINDOW: [
            result('TIME_WINDOW', 'failure', { from: '2026-05-02T06:00:00-05:00', until: EXPIRES_AT }, '2026-05-02T05:30:00-05:00', `Scanned at 2026-05-02T05:30:00-05:00, before guide ${NUMBER} was issued`),
          ],
          ARRIVAL_WINDOW: [
            downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: -30 }, 'Reached UC-CFB-K010 -30 min after issue, before its window opens')),
          ],
          TRAVEL_TOO_FAST: [
            result(
              'TRAVEL_TOO_FAST',
              'failure',
              { minimumHours: 0.08, maximumSpeedKmPerHour: 80 },
              { from: PERMIT, to: 'UC-CFB-K010', distanceKm: 6.6, hours: -0.5 },
              `${PERMIT} → UC-CFB-K010 (6.6 km) in -0.5 h, which needs at least 0.08 h: the guide is running on two trucks`,
            ),
          ],
          TRAVEL_TOO_SLOW: [
            result('TRAVEL_TOO_SLOW', 'pass', { maximumHours: 12.08, maximumDwellHours: 12 }, { from: PERMIT, to: 'UC-CFB-K010', distanceKm: 6.6, hours: -0.5 }, `${PERMIT} → UC-CFB-K010 (6.6 km) without an implausible stop`),
          ],
        },
        immobilise(['TIME_WINDOW', 'TRAVEL_TOO_FAST'], ['ARRIVAL_WINDOW']),
      ),
    ]);
  });
});

