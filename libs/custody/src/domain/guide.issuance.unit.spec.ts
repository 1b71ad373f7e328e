import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { TrajectoryCheckpoint } from './guide.js';
import { guideDecider } from './guide.decider.js';
import { GuideAlreadyIssued, GuideIssuanceNotRequested, GuideIssuanceUnderway, GuideNumberSeenBeforeIssue, InvalidGuide } from './guide.errors.js';
import { guide, issue, issued, ISSUED_AT, K010, K034, NUMBER, ORIGIN, recorded, requested, scan } from './guide.fixtures.spec.js';

const spec = deciderSpec(guideDecider);

const checkpoint = (code: string, earliestArrivalMinutes: number, latestArrivalMinutes: number): TrajectoryCheckpoint => ({
  code,
  position: K034,
  mandatory: true,
  earliestArrivalMinutes,
  latestArrivalMinutes,
});

describe('issuing a guide', () => {
  it('takes the number for the registered guide with its trajectory, before its lots are dispatched', () => {
    spec.given([]).when(issue()).then([requested()]);
  });

  it('issues the guide asked for once its lots are dispatched, and only once', () => {
    const complete = { type: 'IssueGuide', data: { number: NUMBER } } as const;
    spec.given([requested()]).when(complete).then([issued()]);
    spec.given([requested(), issued()]).when(complete).then([]);
    spec.given([]).when(complete).then(new GuideIssuanceNotRequested(NUMBER));
  });

  it('refuses the number to a second request while the first dispatches its lots, and frees it once the first is refused', () => {
    const refusal = { kind: 'conflict', error: 'lot_immobilised', message: 'Lot LOT-0001 is immobilised', details: {} } as const;
    spec.given([requested()]).when(issue()).then(new GuideIssuanceUnderway(NUMBER));
    spec.given([requested()]).when({ type: 'RefuseGuideIssuance', data: { number: NUMBER, lotId: 'LOT-0001', refusal, at: ISSUED_AT } }).then([
      { type: 'GuideIssuanceRefused', data: { number: NUMBER, lotId: 'LOT-0001', refusal, at: ISSUED_AT } },
    ]);
    spec.given([requested(), { type: 'GuideIssuanceRefused', data: { number: NUMBER, refusal, at: ISSUED_AT } }]).when(issue()).then([requested()]);
  });

  it('refuses to issue a number scanned on the road while its lots were dispatched', () => {
    spec.given([requested(), recorded(scan())]).when({ type: 'IssueGuide', data: { number: NUMBER } }).then(new GuideNumberSeenBeforeIssue(NUMBER, 1, '2026-05-02T07:00:00-05:00'));
  });

  it('records a processor shipping sawn wood in board feet on a short haul past no checkpoint, with the configured corridor', () => {
    const fromSawmill = {
      origin: { kind: 'processor', processorId: 'CTP-PUC-007', position: ORIGIN },
      lines: [{ lotId: 'LOT-0100', scientificName: 'Cedrelinga cateniformis', commonName: 'tornillo', productType: 'sawn_wood', volume: { value: 4237.9, unit: 'board_feet' }, pieces: 120 }],
      trajectory: { checkpoints: [] },
    } as const;
    spec.given([]).when(issue(fromSawmill)).then([requested(fromSawmill)]);
  });

  it('refuses a number already issued', () => {
    spec.given([issued()]).when(issue()).then(new GuideAlreadyIssued(NUMBER, ISSUED_AT));
  });

  it('refuses a number timber already travelled under before it was issued', () => {
    spec.given([recorded(scan())]).when(issue()).then(new GuideNumberSeenBeforeIssue(NUMBER, 1, '2026-05-02T07:00:00-05:00'));
  });

  it('refuses blank parties, tax ids that are not RUCs and positions off the globe', () => {
    const careless = issue({
      registrationNumber: ' ',
      authority: '',
      issuerTaxId: '2012345678',
      ownerTaxId: 'RUC20123456789',
      origin: { kind: 'permit', permitId: '', planId: 'POA-6', position: [-74.55, -98] },
      consignee: { taxId: '20600000014', kind: 'processor', facilityId: '' },
      destination: { facilityId: 'CTP-UCA-014', position: [Number.NaN, -8.81] },
      driver: { id: '44556677', licence: ' ' },
    });
    spec.given([]).when(careless).then(
      new InvalidGuide(NUMBER, [
        { path: 'registrationNumber', code: 'blank' },
        { path: 'authority', code: 'blank' },
        { path: 'issuerTaxId', code: 'not_a_tax_id' },
        { path: 'ownerTaxId', code: 'not_a_tax_id' },
        { path: 'origin.permitId', code: 'blank' },
        { path: 'origin.position', code: 'not_a_position' },
        { path: 'consignee.facilityId', code: 'blank' },
        { path: 'destination.position', code: 'not_a_position' },
        { path: 'driver.licence', code: 'blank' },
      ]),
    );
  });

  it('refuses times without an offset, and an expiry not after the issue', () => {
    spec.given([]).when(issue({ issuedAt: '2026-05-02 06:00', expiresAt: '2026-02-30T06:00:00-05:00' })).then(
      new InvalidGuide(NUMBER, [
        { path: 'issuedAt', code: 'not_an_instant' },
        { path: 'expiresAt', code: 'not_an_instant' },
      ]),
    );
    spec.given([]).when(issue({ expiresAt: '2026-05-02T11:00:00Z' })).then(new InvalidGuide(NUMBER, [{ path: 'expiresAt', code: 'expiry_not_after_issue' }]));
  });

  it('refuses a guide with no vehicle, or one truck named twice', () => {
    spec.given([]).when(issue({ vehiclePlates: [] })).then(new InvalidGuide(NUMBER, [{ path: 'vehiclePlates', code: 'no_vehicle' }]));
    spec.given([]).when(issue({ vehiclePlates: ['ABC-123', 'abc 123'] })).then(new InvalidGuide(NUMBER, [{ path: 'vehiclePlates[1]', code: 'duplicate' }]));
  });

  it('refuses a guide with no lines', () => {
    spec.given([]).when(issue({ lines: [] })).then(new InvalidGuide(NUMBER, [{ path: 'lines', code: 'no_lines' }]));
  });

  it('refuses lines that name no species, carry nothing, or repeat a lot', () => {
    const [first, second] = guide.lines;
    const lines = [
      { ...first!, scientificName: 'tornillo', commonName: '' },
      { ...second!, volume: cubicMetres(0), pieces: 1.5 },
      { ...first!, scientificName: 'Cedrelinga  cateniformis' },
    ];
    spec.given([]).when(issue({ lines })).then(
      new InvalidGuide(NUMBER, [
        { path: 'lines[0].scientificName', code: 'not_a_scientific_name' },
        { path: 'lines[0].commonName', code: 'blank' },
        { path: 'lines[1].volume', code: 'volume_not_positive' },
        { path: 'lines[1].pieces', code: 'pieces_not_positive' },
        { path: 'lines[2]', code: 'duplicate' },
      ]),
    );
  });

  it('accepts a line declared by genus alone: whether the genus may travel so is judged at the checkpoints', () => {
    const lines = [{ ...guide.lines[0]!, scientificName: 'Dipteryx', commonName: 'shihuahuaco' }];
    spec.given([]).when(issue({ lines })).then([requested({ lines })]);
  });

  it('refuses a corridor of no width', () => {
    spec.given([]).when(issue({ trajectory: { ...guide.trajectory, corridorWidthKm: 0 } })).then(new InvalidGuide(NUMBER, [{ path: 'trajectory.corridorWidthKm', code: 'not_positive' }]));
  });

  it('refuses arrival windows that are negative, inverted, out of travel order or past expiry', () => {
    const checkpoints = [
      { ...checkpoint('UC-CFB-K010', -5, 120), position: K010 },
      checkpoint('UC-CFB-K034', 200, 150),
      checkpoint('UC-CFB-K060', 100, 3_000),
    ];
    spec.given([]).when(issue({ trajectory: { checkpoints, corridorWidthKm: 3 } })).then(
      new InvalidGuide(NUMBER, [
        { path: 'trajectory.checkpoints[0].earliestArrivalMinutes', code: 'negative' },
        { path: 'trajectory.checkpoints[1].latestArrivalMinutes', code: 'arrival_window_inverted' },
        { path: 'trajectory.checkpoints[2].earliestArrivalMinutes', code: 'arrival_not_increasing' },
        { path: 'trajectory.checkpoints[2].latestArrivalMinutes', code: 'arrival_after_expiry' },
      ]),
    );
  });

  it('refuses a checkpoint listed twice, or one without a code', () => {
    const checkpoints = [checkpoint('UC-CFB-K010', 10, 60), checkpoint('', 20, 90), checkpoint('UC-CFB-K010', 30, 120)];
    spec.given([]).when(issue({ trajectory: { checkpoints } })).then(
      new InvalidGuide(NUMBER, [
        { path: 'trajectory.checkpoints[1].code', code: 'blank' },
        { path: 'trajectory.checkpoints[2]', code: 'duplicate' },
      ]),
    );
  });
});
