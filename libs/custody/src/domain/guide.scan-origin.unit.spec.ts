import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { guideDecider } from './guide.decider.js';
import { CLEARED, CONSIGNEE, feasibleLegs, guide, immobilise, issued, observations, ORIGIN, permitOrigin, SAWMILL, scan, scanned } from './guide.fixtures.spec.js';
import { type CheckResult, result } from './scan-checks/check-result.js';
import type { CitesPermit, OriginFacts, UnconfirmedYieldCap } from './scan-checks/scan-facts.js';

// Checks 7 to 9: the origin's standing, CITES permits, and the destination.

const spec = deciderSpec(guideDecider);

describe('ORIGIN_STANDING: an active permit with a valid plan', () => {
  it('fails a load whose permit is not active', () => {
    const command = scan({}, { origin: permitOrigin({ permitActive: false }) });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          ORIGIN_STANDING: [
            result('ORIGIN_STANDING', 'failure', { permitActive: true, planValid: true }, { permitActive: false, planValid: true }, 'At the scan the permit is not active: the timber has no legal origin'),
          ],
        },
        immobilise(['ORIGIN_STANDING']),
      ),
    ]);
  });

  it('fails a load whose plan is no longer valid either', () => {
    const command = scan({}, { origin: permitOrigin({ permitActive: false, planValid: false }) });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          ORIGIN_STANDING: [
            result(
              'ORIGIN_STANDING',
              'failure',
              { permitActive: true, planValid: true },
              { permitActive: false, planValid: false },
              'At the scan the permit is not active and the plan is not valid: the timber has no legal origin',
            ),
          ],
        },
        immobilise(['ORIGIN_STANDING']),
      ),
    ]);
  });
});

describe('ORIGIN_STANDING and ORIGIN_YIELD for a processor shipping its products', () => {
  const fromSawmill = issued({ origin: { kind: 'processor', processorId: 'CTP-PUC-007', position: ORIGIN } });
  /** 100 m³ of tornillo in, and 30 m³ of cedro in that needed `cedroNeededM3` for what was made of it. */
  const processor = (authorised: boolean, cedroNeededM3: number): OriginFacts => ({
    kind: 'processor',
    authorised,
    yields: [
      { species: 'Cedrelinga cateniformis', inputM3: 100, inputNeededM3: 85.714 },
      { species: 'Cedrela odorata', inputM3: 30, inputNeededM3: cedroNeededM3 },
    ],
  });
  const needed = (cedroNeededM3: number) => [
    { species: 'Cedrelinga cateniformis', inputNeededM3: 85.714 },
    { species: 'Cedrela odorata', inputNeededM3: cedroNeededM3 },
  ];
  const taken = [
    { species: 'Cedrelinga cateniformis', inputM3: 100 },
    { species: 'Cedrela odorata', inputM3: 30 },
  ];
  const withinYield = (cedroNeededM3: number) => [result('ORIGIN_YIELD', 'pass', needed(cedroNeededM3), taken, 'Each species’ output lies within its input at the maximum yield for its products')];
  const departureFromSawmill = {
    TRAJECTORY_ORDER: [result('TRAJECTORY_ORDER', 'pass', { after: 'CTP-PUC-007' }, 'UC-CFB-K010', 'Checkpoint UC-CFB-K010 follows CTP-PUC-007 on the registered trajectory')],
    ...feasibleLegs(['CTP-PUC-007', 'UC-CFB-K010', 6.6, 1, 0.08]),
    ORIGIN_QUOTA: [],
  };
  const authorisedProcessor = result('ORIGIN_STANDING', 'pass', { authorised: true }, { authorised: true }, 'The processor of origin is authorised');

  it('passes an authorised processor whose output of each species lies within its input at the maximum yields', () => {
    const command = scan({}, { origin: processor(true, 30) });
    spec.given([fromSawmill]).when(command).then([
      scanned(
        command,
        {
          ...departureFromSawmill,
          ORIGIN_STANDING: [authorisedProcessor],
          ORIGIN_YIELD: withinYield(30),
        },
        CLEARED,
      ),
    ]);
  });

  it('fails a processor that is not authorised', () => {
    const command = scan({}, { origin: processor(false, 30) });
    spec.given([fromSawmill]).when(command).then([
      scanned(
        command,
        {
          ...departureFromSawmill,
          ORIGIN_STANDING: [result('ORIGIN_STANDING', 'failure', { authorised: true }, { authorised: false }, 'The processor of origin is not authorised: its products have no legal cover')],
          ORIGIN_YIELD: withinYield(30),
        },
        immobilise(['ORIGIN_STANDING']),
      ),
    ]);
  });

  it('fails a processor whose output of one species needed more than it took in: overstated yields', () => {
    const command = scan({}, { origin: processor(true, 34.286) });
    spec.given([fromSawmill]).when(command).then([
      scanned(
        command,
        {
          ...departureFromSawmill,
          ORIGIN_STANDING: [authorisedProcessor],
          ORIGIN_YIELD: [
            result(
              'ORIGIN_YIELD',
              'failure',
              needed(34.286),
              taken,
              'The processor produced more than its yields allow: Cedrela odorata needed 34.286 m³ of input and had 30 m³: products without legal origin',
            ),
          ],
        },
        immobilise(['ORIGIN_YIELD']),
      ),
    ]);
  });

  /** Cedro's 34.286 m³ needed rest on `caps` that await confirmation; the confirmed caps alone call for `atConfirmedM3`. */
  const overUnconfirmed = (atConfirmedM3: number, caps: UnconfirmedYieldCap[]) => {
    const judged = { unconfirmedCaps: caps, inputNeededAtConfirmedCapsM3: atConfirmedM3 };
    const origin: OriginFacts = {
      kind: 'processor',
      authorised: true,
      yields: [
        { species: 'Cedrelinga cateniformis', inputM3: 100, inputNeededM3: 85.714 },
        { species: 'Cedrela odorata', inputM3: 30, inputNeededM3: 34.286, ...judged },
      ],
    };
    return { origin, expected: [needed(34.286)[0]!, { species: 'Cedrela odorata', inputNeededM3: 34.286, ...judged }] };
  };

  it('records a processor over a cap that awaits confirmation, within its confirmed caps, as an observation naming the cap', () => {
    const { origin, expected } = overUnconfirmed(12, [{ input: 'roundwood', output: 'sawn_wood', maxYield: 0.35 }]);
    const command = scan({}, { origin });
    const message = 'The processor produced more than its yields allow, by caps not yet confirmed: Cedrela odorata needed 34.286 m³ of input and had 30 m³ (caps not yet confirmed: roundwood → sawn_wood at 0.35)';
    spec.given([fromSawmill]).when(command).then([
      scanned(command, { ...departureFromSawmill, ORIGIN_STANDING: [authorisedProcessor], ORIGIN_YIELD: [result('ORIGIN_YIELD', 'warning', expected, taken, message)] }, observations('ORIGIN_YIELD')),
    ]);
  });

  it('fails a processor over its confirmed caps, whatever caps beside them await confirmation', () => {
    const { origin, expected } = overUnconfirmed(31, [{ input: 'roundwood', output: 'rotary_veneer', maxYield: 0.55 }]);
    const command = scan({}, { origin });
    const message =
      'The processor produced more than its yields allow: Cedrela odorata needed 34.286 m³ of input and had 30 m³ (caps not yet confirmed: roundwood → rotary_veneer at 0.55): products without legal origin';
    spec.given([fromSawmill]).when(command).then([
      scanned(command, { ...departureFromSawmill, ORIGIN_STANDING: [authorisedProcessor], ORIGIN_YIELD: [result('ORIGIN_YIELD', 'failure', expected, taken, message)] }, immobilise(['ORIGIN_YIELD'])),
    ]);
  });
});

describe('CITES_PERMIT: CITES-listed species travel with valid permits covering them', () => {
  const cedroGuide = issued({
    lines: [guide.lines[0]!, { lotId: 'LOT-0003', scientificName: 'Cedrela odorata', commonName: 'cedro', productType: 'roundwood', volume: cubicMetres(8), pieces: 5 }],
  });
  const cedroLoad = [
    { scientificName: 'Cedrelinga cateniformis', pieces: 12, volume: cubicMetres(20) },
    { scientificName: 'Cedrela odorata', pieces: 5, volume: cubicMetres(8) },
  ];
  const withPermits = (citesPermits: readonly CitesPermit[]) =>
    scan({ observedLines: cedroLoad }, {
      citesPermits,
      origin: permitOrigin({
        quotas: [
          { species: 'Cedrelinga cateniformis', authorised: cubicMetres(500), movedByOtherGuides: cubicMetres(100) },
          { species: 'Cedrela odorata', authorised: cubicMetres(40), movedByOtherGuides: cubicMetres(12) },
        ],
      }),
    });
  const cedroResults = (cites: CheckResult) => ({
    SPECIES_MATCH: [
      result(
        'SPECIES_MATCH',
        'pass',
        ['Cedrelinga cateniformis', 'Cedrela odorata'],
        { carried: ['Cedrelinga cateniformis', 'Cedrela odorata'], undeclared: [], notCarried: [] },
        'The species on the truck are the ones declared',
      ),
    ],
    PIECES_MATCH: [
      result('PIECES_MATCH', 'pass', { species: 'Cedrelinga cateniformis', pieces: 12, tolerance: 0 }, { pieces: 12 }, 'Cedrelinga cateniformis: the pieces match the guide'),
      result('PIECES_MATCH', 'pass', { species: 'Cedrela odorata', pieces: 5, tolerance: 0 }, { pieces: 5 }, 'Cedrela odorata: the pieces match the guide'),
    ],
    VOLUME_MATCH: [
      result('VOLUME_MATCH', 'pass', { species: 'Cedrelinga cateniformis', m3: 20, tolerancePercent: 5 }, { m3: 20 }, 'Cedrelinga cateniformis: the volume matches the guide within 5 %'),
      result('VOLUME_MATCH', 'pass', { species: 'Cedrela odorata', m3: 8, tolerancePercent: 5 }, { m3: 8 }, 'Cedrela odorata: the volume matches the guide within 5 %'),
    ],
    ORIGIN_QUOTA: [
      result(
        'ORIGIN_QUOTA',
        'pass',
        { species: 'Cedrelinga cateniformis', authorisedM3: 500 },
        { species: 'Cedrelinga cateniformis', movedByOtherGuidesM3: 100, thisLoadM3: 20, totalM3: 120 },
        'Cedrelinga cateniformis: within the plan, 380 m³ left',
      ),
      result('ORIGIN_QUOTA', 'pass', { species: 'Cedrela odorata', authorisedM3: 40 }, { species: 'Cedrela odorata', movedByOtherGuidesM3: 12, thisLoadM3: 8, totalM3: 20 }, 'Cedrela odorata: within the plan, 20 m³ left'),
    ],
    CITES_PERMIT: [cites],
  });
  const permit = (validUntil: string, m3 = 10): CitesPermit => ({
    number: 'CITES-PE-2026-0101',
    scientificName: 'Cedrela odorata',
    volume: cubicMetres(m3),
    validFrom: '2026-04-01T00:00:00-05:00',
    validUntil,
  });

  it('passes cedro covered by a valid permit', () => {
    const command = withPermits([permit('2026-10-01T00:00:00-05:00')]);
    spec.given([cedroGuide]).when(command).then([
      scanned(
        command,
        cedroResults(
          result('CITES_PERMIT', 'pass', { species: 'Cedrela odorata', appendix: 'II', m3: 8 }, { permits: ['CITES-PE-2026-0101'], permittedM3: 10 }, 'Cedrela odorata: CITES permits cover the load'),
        ),
        CLEARED,
        ['LOT-0001', 'LOT-0003'],
      ),
    ]);
  });

  it('fails cedro whose only permit had expired', () => {
    const command = withPermits([permit('2026-05-01T00:00:00-05:00')]);
    spec.given([cedroGuide]).when(command).then([
      scanned(
        command,
        cedroResults(
          result(
            'CITES_PERMIT',
            'failure',
            { species: 'Cedrela odorata', appendix: 'II', m3: 8 },
            { permits: [], permittedM3: 0 },
            'Cedrela odorata (CITES appendix II): 8 m³ on the truck, 0 m³ covered by valid CITES permits',
          ),
        ),
        immobilise(['CITES_PERMIT']),
        ['LOT-0001', 'LOT-0003'],
      ),
    ]);
  });

  it('fails cedro beyond the volume its permits cover', () => {
    const command = withPermits([permit('2026-10-01T00:00:00-05:00', 5)]);
    spec.given([cedroGuide]).when(command).then([
      scanned(
        command,
        cedroResults(
          result(
            'CITES_PERMIT',
            'failure',
            { species: 'Cedrela odorata', appendix: 'II', m3: 8 },
            { permits: ['CITES-PE-2026-0101'], permittedM3: 5 },
            'Cedrela odorata (CITES appendix II): 8 m³ on the truck, 5 m³ covered by valid CITES permits',
          ),
        ),
        immobilise(['CITES_PERMIT']),
        ['LOT-0001', 'LOT-0003'],
      ),
    ]);
  });
});

describe('DESTINATION: an authorised facility, the consignee the guide names', () => {
  const expected = { facilityId: SAWMILL, kind: 'processor', taxId: CONSIGNEE, authorised: true };

  it('fails a destination no register knows', () => {
    const command = scan({}, { destination: undefined });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          DESTINATION: [
            result('DESTINATION', 'failure', expected, { facilityId: SAWMILL, kind: null, taxId: null, authorised: false }, `No facility ${SAWMILL} is registered: the timber has no legal destination`),
          ],
        },
        immobilise(['DESTINATION']),
      ),
    ]);
  });

  it('fails a destination not authorised to receive timber', () => {
    const command = scan({}, { destination: { facilityId: SAWMILL, holderTaxId: CONSIGNEE, kind: 'processor', authorised: false } });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        { DESTINATION: [result('DESTINATION', 'failure', expected, { ...expected, authorised: false }, `Facility ${SAWMILL} is not authorised to receive timber`)] },
        immobilise(['DESTINATION']),
      ),
    ]);
  });

  it('records a destination that does not match the consignee as an observation', () => {
    const command = scan({}, { destination: { facilityId: SAWMILL, holderTaxId: '20600000099', kind: 'depot', authorised: true } });
    spec.given([issued()]).when(command).then([
      scanned(
        command,
        {
          DESTINATION: [
            result(
              'DESTINATION',
              'warning',
              expected,
              { facilityId: SAWMILL, kind: 'depot', taxId: '20600000099', authorised: true },
              `The destination does not match the consignee: the facility is a depot, the consignee declared as a processor; the facility is held by 20600000099, the consignee is ${CONSIGNEE}`,
            ),
          ],
        },
        observations('DESTINATION'),
      ),
    ]);
  });

  it('records a destination other than the consignee’s facility as an observation', () => {
    const command = scan({}, { destination: { facilityId: 'CTP-UCA-020', holderTaxId: CONSIGNEE, kind: 'processor', authorised: true } });
    spec.given([issued({ destination: { facilityId: 'CTP-UCA-020', position: guide.destination.position } })]).when(command).then([
      scanned(
        command,
        {
          DESTINATION: [
            result(
              'DESTINATION',
              'warning',
              expected,
              { facilityId: 'CTP-UCA-020', kind: 'processor', taxId: CONSIGNEE, authorised: true },
              `The destination does not match the consignee: the destination is CTP-UCA-020, the consignee's facility ${SAWMILL}`,
            ),
          ],
        },
        observations('DESTINATION'),
      ),
    ]);
  });
});
