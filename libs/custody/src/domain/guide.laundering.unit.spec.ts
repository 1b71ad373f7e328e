import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { guideDecider } from './guide.decider.js';
import { delivered, downgraded, immobilise, issued, MD_K060, NUMBER, PERMIT, permitOrigin, recorded, SAWMILL, scan, scanned, NO_LOTS_SEEN } from './guide.fixtures.spec.js';
import { result } from './scan-checks/check-result.js';

// The laundering patterns of domain.md that a checkpoint scan can catch.

const spec = deciderSpec(guideDecider);

const atK010 = scan({ scanId: 'SCAN-K010' });
const atK060 = scan({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', observedAt: '2026-05-02T08:30:00-05:00' });

describe('pattern 2: moving more than the plan authorises', () => {
  it('immobilises a load that takes a species beyond its authorised volume', () => {
    const command = scan({}, {
      origin: permitOrigin({
        quotas: [
          { species: 'Cedrelinga cateniformis', authorised: cubicMetres(500), movedByOtherGuides: cubicMetres(490) },
          { species: 'Calycophyllum spruceanum', authorised: cubicMetres(200), movedByOtherGuides: cubicMetres(50) },
        ],
      }),
    });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          ORIGIN_QUOTA: [
            result(
              'ORIGIN_QUOTA',
              'failure',
              { species: 'Cedrelinga cateniformis', authorisedM3: 500 },
              { species: 'Cedrelinga cateniformis', movedByOtherGuidesM3: 490, thisLoadM3: 20, totalM3: 510 },
              'Cedrelinga cateniformis: 510 m³ moved with this load, 500 m³ authorised: 10 m³ beyond the plan',
            ),
            result(
              'ORIGIN_QUOTA',
              'pass',
              { species: 'Calycophyllum spruceanum', authorisedM3: 200 },
              { species: 'Calycophyllum spruceanum', movedByOtherGuidesM3: 50, thisLoadM3: 8, totalM3: 58 },
              'Calycophyllum spruceanum: within the plan, 142 m³ left',
            ),
          ],
        },
        immobilise(['ORIGIN_QUOTA']),
      ),
    ]);
  });
});

describe('pattern 4: species substitution', () => {
  it('immobilises cedro carried under a guide for capirona, naming it threatened and CITES-listed', () => {
    const command = scan({
      observedLines: [
        { scientificName: 'Cedrelinga cateniformis', pieces: 12, volume: cubicMetres(20) },
        { scientificName: 'Cedrela odorata', pieces: 5, volume: cubicMetres(8) },
      ],
    });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          SPECIES_MATCH: [
            result(
              'SPECIES_MATCH',
              'failure',
              ['Cedrelinga cateniformis', 'Calycophyllum spruceanum'],
              {
                carried: ['Cedrelinga cateniformis', 'Cedrela odorata'],
                undeclared: [{ species: 'Cedrela odorata', pieces: 5, m3: 8, threatCategory: 'VU', citesAppendix: 'II' }],
                notCarried: ['Calycophyllum spruceanum'],
              },
              'Carried but not declared on the guide: Cedrela odorata (8 m³, threatened: VU, CITES appendix II)',
            ),
          ],
          PIECES_MATCH: [
            result('PIECES_MATCH', 'pass', { species: 'Cedrelinga cateniformis', pieces: 12, tolerance: 0 }, { pieces: 12 }, 'Cedrelinga cateniformis: the pieces match the guide'),
            result('PIECES_MATCH', 'warning', { species: 'Calycophyllum spruceanum', pieces: 5, tolerance: 0 }, { pieces: 0 }, 'Calycophyllum spruceanum: 0 pieces on the truck, 5 declared'),
          ],
          VOLUME_MATCH: [
            result('VOLUME_MATCH', 'pass', { species: 'Cedrelinga cateniformis', m3: 20, tolerancePercent: 5 }, { m3: 20 }, 'Cedrelinga cateniformis: the volume matches the guide within 5 %'),
            result('VOLUME_MATCH', 'warning', { species: 'Calycophyllum spruceanum', m3: 8, tolerancePercent: 5 }, { m3: 0 }, 'Calycophyllum spruceanum: 0 m³ on the truck, 8 m³ declared'),
          ],
          ORIGIN_QUOTA: [
            result(
              'ORIGIN_QUOTA',
              'pass',
              { species: 'Cedrelinga cateniformis', authorisedM3: 500 },
              { species: 'Cedrelinga cateniformis', movedByOtherGuidesM3: 100, thisLoadM3: 20, totalM3: 120 },
              'Cedrelinga cateniformis: within the plan, 380 m³ left',
            ),
            result('ORIGIN_QUOTA', 'failure', { species: 'Cedrela odorata', inPlan: true }, { species: 'Cedrela odorata', inPlan: false, thisLoadM3: 8 }, 'Cedrela odorata is not in the harvest plan of origin'),
          ],
          CITES_PERMIT: [
            result(
              'CITES_PERMIT',
              'failure',
              { species: 'Cedrela odorata', appendix: 'II', m3: 8 },
              { permits: [], permittedM3: 0 },
              'Cedrela odorata (CITES appendix II): 8 m³ on the truck, 0 m³ covered by valid CITES permits',
            ),
          ],
        },
        immobilise(['SPECIES_MATCH', 'ORIGIN_QUOTA', 'CITES_PERMIT'], ['PIECES_MATCH', 'VOLUME_MATCH']),
      ),
    ]);
  });
});

describe('pattern 5: undeclared extra pieces or volume on an otherwise valid guide', () => {
  it('immobilises a load with more pieces and volume than declared, which the scale confirms', () => {
    const command = scan({
      scaleWeightKg: 31_750,
      observedLines: [
        { scientificName: 'Cedrelinga cateniformis', pieces: 16, volume: cubicMetres(27) },
        { scientificName: 'Calycophyllum spruceanum', pieces: 5, volume: cubicMetres(8) },
      ],
    });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          PIECES_MATCH: [
            result('PIECES_MATCH', 'failure', { species: 'Cedrelinga cateniformis', pieces: 12, tolerance: 0 }, { pieces: 16 }, 'Cedrelinga cateniformis: 16 pieces on the truck, 12 declared: 4 undeclared'),
            result('PIECES_MATCH', 'pass', { species: 'Calycophyllum spruceanum', pieces: 5, tolerance: 0 }, { pieces: 5 }, 'Calycophyllum spruceanum: the pieces match the guide'),
          ],
          VOLUME_MATCH: [
            result('VOLUME_MATCH', 'failure', { species: 'Cedrelinga cateniformis', m3: 20, tolerancePercent: 5 }, { m3: 27 }, 'Cedrelinga cateniformis: 27 m³ on the truck, 20 m³ declared: 7 m³ undeclared'),
            result('VOLUME_MATCH', 'pass', { species: 'Calycophyllum spruceanum', m3: 8, tolerancePercent: 5 }, { m3: 8 }, 'Calycophyllum spruceanum: the volume matches the guide within 5 %'),
          ],
          WEIGHT_MATCH: [
            result('WEIGHT_MATCH', 'failure', { estimatedKg: 25_800, tolerancePercent: 15 }, { kg: 31_750 }, 'The load weighs 31750 kg, 25800 kg expected from the declared volume: undeclared volume'),
          ],
          ORIGIN_QUOTA: [
            result(
              'ORIGIN_QUOTA',
              'pass',
              { species: 'Cedrelinga cateniformis', authorisedM3: 500 },
              { species: 'Cedrelinga cateniformis', movedByOtherGuidesM3: 100, thisLoadM3: 27, totalM3: 127 },
              'Cedrelinga cateniformis: within the plan, 373 m³ left',
            ),
            result(
              'ORIGIN_QUOTA',
              'pass',
              { species: 'Calycophyllum spruceanum', authorisedM3: 200 },
              { species: 'Calycophyllum spruceanum', movedByOtherGuidesM3: 50, thisLoadM3: 8, totalM3: 58 },
              'Calycophyllum spruceanum: within the plan, 142 m³ left',
            ),
          ],
        },
        immobilise(['PIECES_MATCH', 'VOLUME_MATCH', 'WEIGHT_MATCH']),
      ),
    ]);
  });
});

describe('pattern 6: reuse of a guide for several trips', () => {
  it('immobilises a load scanned under a guide already delivered: a second trip back down the route', () => {
    const secondTrip = scan({ scanId: 'SCAN-TRIP-2', observedAt: '2026-05-03T07:00:00-05:00' });
    spec.given([issued(), recorded(atK010), recorded(atK060), delivered('2026-05-02T10:00:00-05:00')]).when(secondTrip).then([
      scanned(
        secondTrip,
        {
          GUIDE_VALID: [
            result(
              'GUIDE_VALID',
              'failure',
              { status: 'issued', registrationNumber: 'REG-ATFFS-UCA-2026-004512' },
              { status: 'delivered', since: '2026-05-02T10:00:00-05:00' },
              `Guide ${NUMBER} covers one trip only and was delivered at 2026-05-02T10:00:00-05:00: the timber moves without a valid guide`,
            ),
          ],
          TRAJECTORY_ORDER: [
            result(
              'TRAJECTORY_ORDER',
              'failure',
              { after: SAWMILL },
              'UC-CFB-K010',
              `Checkpoint UC-CFB-K010 lies before ${SAWMILL}, where the load already was at 2026-05-02T10:00:00-05:00: the route is being run again`,
            ),
          ],
          ARRIVAL_WINDOW: [downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 1500 }, 'Reached UC-CFB-K010 1500 min after issue, after its window closed'))],
          TRAVEL_TOO_FAST: [
            result('TRAVEL_TOO_FAST', 'pass', { minimumHours: 0.83, maximumSpeedKmPerHour: 80 }, { from: SAWMILL, to: 'UC-CFB-K010', distanceKm: 66, hours: 21 }, `${SAWMILL} → UC-CFB-K010 (66 km) in a feasible time`),
          ],
          TRAVEL_TOO_SLOW: [
            result(
              'TRAVEL_TOO_SLOW',
              'failure',
              { maximumHours: 12.83, maximumDwellHours: 12 },
              { from: SAWMILL, to: 'UC-CFB-K010', distanceKm: 66, hours: 21 },
              `${SAWMILL} → UC-CFB-K010 (66 km) in 21 h, more than 12.83 h: the guide is being reused for another trip`,
            ),
          ],
        },
        immobilise(['GUIDE_VALID', 'TRAJECTORY_ORDER', 'TRAVEL_TOO_SLOW'], ['ARRIVAL_WINDOW']),
        NO_LOTS_SEEN,
      ),
    ]);
  });

  it('immobilises a load first seen long after its guide was issued: the guide served another trip before', () => {
    const late = scan({ observedAt: '2026-05-04T05:00:00-05:00' });
    spec.given([issued()]).when(late).then([
      scanned(
        late,
        {
          ARRIVAL_WINDOW: [downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 2820 }, 'Reached UC-CFB-K010 2820 min after issue, after its window closed'))],
          TRAVEL_TOO_FAST: [
            result('TRAVEL_TOO_FAST', 'pass', { minimumHours: 0.08, maximumSpeedKmPerHour: 80 }, { from: PERMIT, to: 'UC-CFB-K010', distanceKm: 6.6, hours: 47 }, `${PERMIT} → UC-CFB-K010 (6.6 km) in a feasible time`),
          ],
          TRAVEL_TOO_SLOW: [
            result(
              'TRAVEL_TOO_SLOW',
              'failure',
              { maximumHours: 12.08, maximumDwellHours: 12 },
              { from: PERMIT, to: 'UC-CFB-K010', distanceKm: 6.6, hours: 47 },
              `${PERMIT} → UC-CFB-K010 (6.6 km) in 47 h, more than 12.08 h: the guide is being reused for another trip`,
            ),
          ],
        },
        immobilise(['TRAVEL_TOO_SLOW'], ['ARRIVAL_WINDOW']),
      ),
    ]);
  });
});

describe('pattern 6: cloning of a guide for several trucks', () => {
  it('immobilises a second truck on the same guide, back at a checkpoint the first had passed minutes before', () => {
    const secondTruck = scan({ scanId: 'SCAN-TRUCK-2', plate: 'DEF-456', observedAt: '2026-05-02T08:40:00-05:00' });
    spec.given([issued(), recorded(atK010), recorded(atK060)]).when(secondTruck).then([
      scanned(
        secondTruck,
        {
          VEHICLE_MATCH: [result('VEHICLE_MATCH', 'failure', ['ABC-123'], 'DEF-456', 'Plate DEF-456 is neither on the guide (ABC-123) nor a truck its load was transshipped to before the scan')],
          TRAJECTORY_ORDER: [
            result(
              'TRAJECTORY_ORDER',
              'failure',
              { after: 'UC-CFB-K060' },
              'UC-CFB-K010',
              'Checkpoint UC-CFB-K010 lies before UC-CFB-K060, where the load already was at 2026-05-02T08:30:00-05:00: the route is being run again',
            ),
          ],
          ARRIVAL_WINDOW: [downgraded(result('ARRIVAL_WINDOW', 'failure', { earliestMinutes: 10, latestMinutes: 120 }, { minutes: 160 }, 'Reached UC-CFB-K010 160 min after issue, after its window closed'))],
          TRAVEL_TOO_FAST: [
            result(
              'TRAVEL_TOO_FAST',
              'failure',
              { minimumHours: 0.59, maximumSpeedKmPerHour: 80 },
              { from: 'UC-CFB-K060', to: 'UC-CFB-K010', distanceKm: 47.3, hours: 0.17 },
              'UC-CFB-K060 → UC-CFB-K010 (47.3 km) in 0.17 h, which needs at least 0.59 h: the guide is running on two trucks',
            ),
          ],
          TRAVEL_TOO_SLOW: [
            result(
              'TRAVEL_TOO_SLOW',
              'pass',
              { maximumHours: 12.59, maximumDwellHours: 12 },
              { from: 'UC-CFB-K060', to: 'UC-CFB-K010', distanceKm: 47.3, hours: 0.17 },
              'UC-CFB-K060 → UC-CFB-K010 (47.3 km) without an implausible stop',
            ),
          ],
        },
        immobilise(['VEHICLE_MATCH', 'TRAJECTORY_ORDER', 'TRAVEL_TOO_FAST'], ['ARRIVAL_WINDOW']),
      ),
    ]);
  });

  it('immobilises a load whose guide and plate were seen in Madre de Dios two hours before', () => {
    const command = scan({}, {
      sightings: [
        { checkpoint: 'MD-IOS-K060', position: MD_K060, observedAt: '2026-05-02T05:00:00-05:00', guideNumber: NUMBER, plate: 'XYZ-999' },
        { checkpoint: 'MD-IOS-K060', position: MD_K060, observedAt: '2026-05-02T05:00:00-05:00', guideNumber: 'GTF-2026-000555', plate: 'ABC-123' },
      ],
    });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          CLONE_SIGHTING: [
            result(
              'CLONE_SIGHTING',
              'failure',
              { minimumHours: 8.17, maximumSpeedKmPerHour: 80 },
              { checkpoint: 'MD-IOS-K060', observedAt: '2026-05-02T05:00:00-05:00', guideNumber: NUMBER, plate: 'XYZ-999', distanceKm: 653.7, hours: 2 },
              `Guide ${NUMBER} was seen at MD-IOS-K060, 653.7 km away, 2 h apart: a cloned guide`,
            ),
            result(
              'CLONE_SIGHTING',
              'failure',
              { minimumHours: 8.17, maximumSpeedKmPerHour: 80 },
              { checkpoint: 'MD-IOS-K060', observedAt: '2026-05-02T05:00:00-05:00', guideNumber: 'GTF-2026-000555', plate: 'ABC-123', distanceKm: 653.7, hours: 2 },
              'Plate ABC-123 was seen at MD-IOS-K060, 653.7 km away, 2 h apart: a cloned plate',
            ),
          ],
        },
        immobilise(['CLONE_SIGHTING']),
      ),
    ]);
  });
});
