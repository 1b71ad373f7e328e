import { describe, expect, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import type { LineageRecord, LotRecord } from '../domain/lineage.js';
import type { LineageFact } from './lineage-fact.js';
import { evolveRecord, recordKeys } from './lineage-records.js';

// Two cedar logs trucked to a sawmill; a checkpoint stops the load, finds a log beyond the guide and seizes it; the
// case ends in a sanction: the seized log is confiscated and auctioned, the others released, delivered and sawn into
// boards, which are split at the yard.

const HOLDER = '20481234567';
const SAWMILL = '20600011122';
const ODORATA = 'Cedrela odorata';
const POINT = { type: 'Point', coordinates: [-74.512345, -8.401234] } as const;

/** The read model's rows after the facts, each fact folded into every record it names, in the order given. */
function fold(facts: readonly LineageFact[], rows: ReadonlyMap<string, LineageRecord> = new Map()): Map<string, LineageRecord> {
  const folded = new Map(rows);
  for (const fact of facts) for (const key of recordKeys(fact)) folded.set(key, evolveRecord(folded.get(key), fact, key));
  return folded;
}

const extracted = (lotId: string, volume: number, harvestDate: string): LineageFact => ({
  type: 'LotExtracted',
  version: 1,
  data: { lotId, permitId: 'P-1', planId: 'POA-6', holderTaxId: HOLDER, species: ODORATA, volume: cubicMetres(volume), pieces: 3, harvestDate, geolocation: POINT },
});
const registered: LineageFact = { type: 'PermitStandingChanged', version: 1, data: { permitId: 'P-1', status: 'active', reason: 'registered', authority: 'SERFOR', at: '2025-01-10' } };
const planApproved: LineageFact = {
  type: 'HarvestPlanApproved',
  version: 1,
  data: { permitId: 'P-1', planId: 'POA-6', validity: { from: '2026-01-01', to: '2026-12-31' }, species: [{ species: ODORATA, authorised: cubicMetres(200) }] },
};
const guideIssued: LineageFact = {
  type: 'GuideIssued',
  version: 1,
  data: {
    guideNumber: 'GTF-1',
    registrationNumber: 'REG-1',
    authority: 'ATFFS Ucayali',
    issuerTaxId: HOLDER,
    holderTaxId: HOLDER,
    origin: { kind: 'permit', permitId: 'P-1', planId: 'POA-6' },
    species: [{ species: ODORATA, volume: cubicMetres(18) }],
    lots: ['L-1', 'L-2'],
    destination: { facilityId: 'CTP-PUCALLPA', consigneeTaxId: SAWMILL, consigneeKind: 'processor' },
    trajectory: { checkpoints: [] },
    issuedAt: '2026-05-04T06:00:00-05:00',
    expiresAt: '2026-05-07T06:00:00-05:00',
  },
};
const flagged: LineageFact = {
  type: 'ShipmentFlagged',
  version: 1,
  data: {
    guideNumber: 'GTF-1',
    scanId: 'SCAN-77',
    lots: ['L-1', 'L-2'],
    holderTaxId: HOLDER,
    checkpoint: 'PC-NESHUYA',
    authority: 'ATFFS Ucayali',
    plate: 'ABC-123',
    driverId: '44556677',
    observedAt: '2026-05-04T18:10:00-05:00',
    failedChecks: [{ rule: 'VOLUME_MATCH', expected: 18, observed: 20, message: 'more timber than declared' }],
    caseId: 'CASE-5',
    load: {
      declared: [{ species: ODORATA, pieces: 6, volume: cubicMetres(18) }],
      observed: [{ species: ODORATA, pieces: 7, volume: cubicMetres(20) }],
      seized: [{ lotId: 'X-1', species: ODORATA, pieces: 1, volume: cubicMetres(2), basis: 'volume_beyond_declared' }],
    },
  },
};
const caseOpened: LineageFact = { type: 'CaseOpened', version: 1, data: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', source: 'scan', lots: ['L-1', 'L-2', 'X-1'], guideNumber: 'GTF-1', holderTaxId: HOLDER, at: '2026-05-04T18:20:00-05:00' } };
const immobilised = (lotId: string, volume: number): LineageFact => ({
  type: 'LotImmobilised',
  version: 1,
  data: { lotId, caseRef: 'CASE-5', reason: 'load stopped', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', volume: cubicMetres(volume), at: '2026-05-04T18:15:00-05:00' },
});
const caseClosed: LineageFact = {
  type: 'CaseClosed',
  version: 1,
  data: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', outcome: 'sanction', measures: ['confiscation'], fineUit: '12.5', accusedTaxId: HOLDER, guideNumber: 'GTF-1', lotsConfiscated: ['X-1'], lotsReleased: ['L-1', 'L-2'], at: '2026-05-08T10:00:00-05:00' },
};
const released = (lotId: string): LineageFact => ({ type: 'LotReleased', version: 1, data: { lotId, caseRef: 'CASE-5', authority: 'ATFFS Ucayali', at: '2026-05-08T11:00:00-05:00' } });
const confiscated: LineageFact = { type: 'LotConfiscated', version: 1, data: { lotId: 'X-1', caseRef: 'CASE-5', authority: 'ATFFS Ucayali', species: ODORATA, volume: cubicMetres(2), at: '2026-05-08T11:00:00-05:00' } };
const auctioned: LineageFact = { type: 'ConfiscatedLotDisposed', version: 1, data: { lotId: 'X-1', caseRef: 'CASE-5', authority: 'ATFFS Ucayali', method: 'auction', recipientTaxId: SAWMILL, at: '2026-06-01T12:00:00-05:00' } };
const guideDelivered: LineageFact = { type: 'GuideDelivered', version: 1, data: { guideNumber: 'GTF-1', facilityId: 'CTP-PUCALLPA', lots: ['L-1', 'L-2'], at: '2026-05-09T15:30:00-05:00' } };
const lotDelivered = (lotId: string, volume: number): LineageFact => ({
  type: 'LotDelivered',
  version: 1,
  data: { lotId, guideNumber: 'GTF-1', facilityId: 'CTP-PUCALLPA', species: ODORATA, productType: 'roundwood', volume: cubicMetres(volume), at: '2026-05-09T15:30:00-05:00' },
});
const sawn: LineageFact = {
  type: 'TransformationRecorded',
  version: 1,
  data: {
    facilityId: 'CTP-PUCALLPA',
    transformationId: 'T-1',
    at: '2026-05-10T09:00:00-05:00',
    inputs: [
      { lotId: 'L-1', species: ODORATA, productType: 'roundwood', volume: cubicMetres(10) },
      { lotId: 'L-2', species: ODORATA, productType: 'roundwood', volume: cubicMetres(6) },
    ],
    outputs: [
      {
        lotId: 'S-1',
        species: ODORATA,
        productType: 'sawn_wood',
        volume: cubicMetres(7),
        parents: [
          { lotId: 'L-1', volume: cubicMetres(10) },
          { lotId: 'L-2', volume: cubicMetres(6) },
        ],
      },
    ],
    yields: [],
  },
};
const boardsMade: LineageFact = {
  type: 'LotLineageChanged',
  version: 1,
  data: {
    lotId: 'S-1',
    parents: [
      { lotId: 'L-1', volume: cubicMetres(10) },
      { lotId: 'L-2', volume: cubicMetres(6) },
    ],
    children: [],
    transformationId: 'T-1',
    at: '2026-05-10T09:00:00-05:00',
  },
};
const boardsSplit: LineageFact = {
  type: 'LotLineageChanged',
  version: 1,
  data: {
    lotId: 'S-1',
    parents: [
      { lotId: 'L-1', volume: cubicMetres(10) },
      { lotId: 'L-2', volume: cubicMetres(6) },
    ],
    children: [
      { lotId: 'C-1', volume: cubicMetres(4) },
      { lotId: 'C-2', volume: cubicMetres(3) },
    ],
    transformationId: 'T-1',
    at: '2026-05-12T09:00:00-05:00',
  },
};
const splitChild = (lotId: string, volume: number): LineageFact => ({ type: 'LotLineageChanged', version: 1, data: { lotId, parents: [{ lotId: 'S-1', volume: cubicMetres(volume) }], children: [], at: '2026-05-12T09:00:00-05:00' } });
const suspended: LineageFact = { type: 'PermitStandingChanged', version: 1, data: { permitId: 'P-1', status: 'suspended', reason: 'medida cautelar', authority: 'OSINFOR', at: '2026-06-10T09:00:00-05:00' } };
const disqualified: LineageFact = { type: 'PartyDisqualified', version: 1, data: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', taxId: HOLDER, from: '2026-05-09', until: '2027-05-08', at: '2026-05-08T10:00:00-05:00' } };

const stoppedLoad: LineageFact[] = [
  registered,
  planApproved,
  extracted('L-1', 10, '2026-05-01'),
  extracted('L-2', 8, '2026-05-02'),
  guideIssued,
  flagged,
  immobilised('L-1', 10),
  immobilised('L-2', 8),
  immobilised('X-1', 2),
  caseOpened,
];
const afterTheCase: LineageFact[] = [caseClosed, disqualified, released('L-1'), released('L-2'), confiscated, guideDelivered, lotDelivered('L-1', 10), lotDelivered('L-2', 8)];
const split: LineageFact[] = [boardsSplit, splitChild('C-1', 4), splitChild('C-2', 3), auctioned, suspended];

function lot(lotId: string, fields: Partial<LotRecord>): LotRecord {
  return { kind: 'lot', lotId, madeVolume: 0, volume: 0, parents: [], children: [], guides: [], cases: [], holds: [], ...fields };
}

const origin = (harvestDate: string) => ({ permitId: 'P-1', planId: 'POA-6', holderTaxId: HOLDER, harvestDate, pieces: 3, geolocation: POINT });
const expectedLots: Record<string, LotRecord> = {
  'L-1': lot('L-1', { species: ODORATA, productType: 'roundwood', madeVolume: 10, volume: 10, origin: origin('2026-05-01'), children: [{ lotId: 'S-1', volume: 10 }], guides: ['GTF-1'], cases: ['CASE-5'] }),
  'L-2': lot('L-2', { species: ODORATA, productType: 'roundwood', madeVolume: 8, volume: 8, origin: origin('2026-05-02'), children: [{ lotId: 'S-1', volume: 6 }], guides: ['GTF-1'], cases: ['CASE-5'] }),
  'S-1': lot('S-1', {
    species: ODORATA,
    productType: 'sawn_wood',
    madeVolume: 7,
    volume: 7,
    transformationId: 'T-1',
    parents: [
      { lotId: 'L-1', volume: 10 },
      { lotId: 'L-2', volume: 6 },
    ],
    children: [
      { lotId: 'C-1', volume: 4 },
      { lotId: 'C-2', volume: 3 },
    ],
  }),
  'C-1': lot('C-1', { volume: 4, parents: [{ lotId: 'S-1', volume: 4 }] }),
  'C-2': lot('C-2', { volume: 3, parents: [{ lotId: 'S-1', volume: 3 }] }),
  'X-1': lot('X-1', {
    species: ODORATA,
    productType: 'roundwood',
    madeVolume: 2,
    volume: 2,
    seized: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', basis: 'volume_beyond_declared', at: '2026-05-04T18:10:00-05:00' },
    cases: ['CASE-5'],
    confiscatedOrigin: { caseRef: 'CASE-5', authority: 'ATFFS Ucayali', method: 'auction', recipientTaxId: SAWMILL, at: '2026-06-01T12:00:00-05:00' },
  }),
};

/** Edges are kept in the order they were noted, which differs with the order facts arrive in: compared as sets. */
function unordered(record: LineageRecord | undefined): LineageRecord | undefined {
  if (record?.kind !== 'lot') return record;
  const byLot = (a: { lotId: string }, b: { lotId: string }) => a.lotId.localeCompare(b.lotId);
  return { ...record, parents: [...record.parents].sort(byLot), children: [...record.children].sort(byLot) };
}

describe('the lineage records a realistic history folds into', () => {
  const rows = fold([...stoppedLoad, ...afterTheCase, sawn, boardsMade, ...split]);

  it('every lot with its volumes, edges both ways, guides, cases and measures', () => {
    for (const [lotId, expected] of Object.entries(expectedLots)) expect(rows.get(`lot:${lotId}`)).toEqual(expected);
  });

  it('the guide with its stop, its delivery and its parties', () => {
    expect(rows.get('guide:GTF-1')).toEqual({
      kind: 'guide',
      guideNumber: 'GTF-1',
      issuerTaxId: HOLDER,
      holderTaxId: HOLDER,
      authority: 'ATFFS Ucayali',
      lots: ['L-1', 'L-2'],
      destination: { facilityId: 'CTP-PUCALLPA', consigneeTaxId: SAWMILL, consigneeKind: 'processor' },
      issuedAt: '2026-05-04T06:00:00-05:00',
      deliveredAt: '2026-05-09T15:30:00-05:00',
      flags: [{ scanId: 'SCAN-77', checkpoint: 'PC-NESHUYA', caseId: 'CASE-5', rules: ['VOLUME_MATCH'], observedAt: '2026-05-04T18:10:00-05:00' }],
    });
  });

  it('the case, closed with its outcome over every lot it named and those it released', () => {
    expect(rows.get('case:CASE-5')).toEqual({
      kind: 'case',
      caseId: 'CASE-5',
      authority: 'ATFFS Ucayali',
      status: 'closed',
      outcome: 'sanction',
      lots: ['L-1', 'L-2', 'X-1'],
      released: ['L-1', 'L-2'],
      openedAt: '2026-05-04T18:20:00-05:00',
      closedAt: '2026-05-08T10:00:00-05:00',
    });
  });

  it('the permit with each standing, the plan, the transformation and the disqualified party', () => {
    expect(rows.get('permit:P-1')).toEqual({
      kind: 'permit',
      permitId: 'P-1',
      standings: [
        { status: 'active', reason: 'registered', authority: 'SERFOR', at: '2025-01-10' },
        { status: 'suspended', reason: 'medida cautelar', authority: 'OSINFOR', at: '2026-06-10T09:00:00-05:00' },
      ],
    });
    expect(rows.get('plan:POA-6')).toEqual({ kind: 'plan', planId: 'POA-6', permitId: 'P-1', validity: { from: '2026-01-01', to: '2026-12-31' } });
    expect(rows.get('transformation:T-1')).toEqual({ kind: 'transformation', transformationId: 'T-1', facilityId: 'CTP-PUCALLPA', at: '2026-05-10T09:00:00-05:00', outputs: ['S-1'] });
    expect(rows.get('party:' + HOLDER)).toEqual({ kind: 'party', taxId: HOLDER, disqualifications: [{ caseId: 'CASE-5', authority: 'ATFFS Ucayali', from: '2026-05-09', until: '2027-05-08' }] });
  });
});

describe('a stopped load, before its case is decided', () => {
  const rows = fold(stoppedLoad);

  it('seizes the timber beyond the guide as a lot of its own, held, under the case the stop opened', () => {
    expect(rows.get('lot:X-1')).toEqual(
      lot('X-1', {
        species: ODORATA,
        productType: 'roundwood',
        madeVolume: 2,
        volume: 2,
        seized: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', basis: 'volume_beyond_declared', at: '2026-05-04T18:10:00-05:00' },
        cases: ['CASE-5'],
        holds: [{ caseRef: 'CASE-5', authority: 'ATFFS Ucayali', at: '2026-05-04T18:15:00-05:00' }],
      }),
    );
  });

  it('a stop that opened no case seizes nothing', () => {
    const { caseId: _none, ...withoutCase } = (flagged as Extract<LineageFact, { type: 'ShipmentFlagged' }>).data;
    const x1 = fold([{ type: 'ShipmentFlagged', version: 1, data: withoutCase }]).get('lot:X-1');
    expect(x1).not.toHaveProperty('seized');
    expect(x1).toMatchObject({ madeVolume: 0, volume: 0, cases: [] });
  });

  it('the case is open over the lots it named, with no outcome yet', () => {
    expect(rows.get('case:CASE-5')).toEqual({ kind: 'case', caseId: 'CASE-5', authority: 'ATFFS Ucayali', status: 'open', lots: ['L-1', 'L-2', 'X-1'], openedAt: '2026-05-04T18:20:00-05:00' });
  });

  it('a lot added to the case later is named by it, and names it', () => {
    const added: LineageFact = { type: 'CaseLotsAdded', version: 1, data: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', lots: ['L-7', 'L-1'], at: '2026-05-05T10:00:00-05:00' } };
    const later = fold([added], rows);
    expect(later.get('case:CASE-5')).toMatchObject({ status: 'open', lots: ['L-1', 'L-2', 'X-1', 'L-7'], openedAt: '2026-05-04T18:20:00-05:00' });
    expect(later.get('lot:L-7')).toMatchObject({ cases: ['CASE-5'] });
    expect(later.get('lot:L-1')).toMatchObject({ cases: ['CASE-5'] });
  });
});

describe('facts from another context, arriving before the guide or the transformation they qualify', () => {
  it('a guide harvest could not count keeps that, whether its issue was noted before or after', () => {
    const notCounted: LineageFact = {
      type: 'GuideNotCounted',
      version: 1,
      data: {
        permitId: 'P-1',
        planId: 'POA-6',
        guideNumber: 'GTF-1',
        lines: [{ species: ODORATA, volume: cubicMetres(18) }],
        refusal: { kind: 'conflict', error: 'moved_beyond_authorised', message: 'Cedrela odorata beyond the plan', details: {} },
      },
    };
    for (const facts of [
      [notCounted, guideIssued],
      [guideIssued, notCounted],
    ]) {
      expect(fold(facts).get('guide:GTF-1')).toMatchObject({ issuerTaxId: HOLDER, lots: ['L-1', 'L-2'], notCounted: { error: 'moved_beyond_authorised', message: 'Cedrela odorata beyond the plan' } });
    }
  });

  it('a transformation over its yield keeps the species and reason, whether its record was noted before or after', () => {
    const overYield: LineageFact = {
      type: 'TransformationFlagged',
      version: 1,
      data: {
        facilityId: 'CTP-PUCALLPA',
        transformationId: 'T-1',
        at: '2026-05-10T09:00:00-05:00',
        reason: 'exceptional log quality',
        overYield: [{ species: ODORATA, inputM3: 16, inputNeededM3: 17.5, lines: [{ outputProduct: 'sawn_wood', maxYield: 0.4, allowedM3: 6.4, requestedM3: 7 }] }],
      },
    };
    for (const facts of [
      [overYield, sawn],
      [sawn, overYield],
    ]) {
      expect(fold(facts).get('transformation:T-1')).toEqual({
        kind: 'transformation',
        transformationId: 'T-1',
        facilityId: 'CTP-PUCALLPA',
        at: '2026-05-10T09:00:00-05:00',
        outputs: ['S-1'],
        overYield: { reason: 'exceptional log quality', species: [ODORATA] },
      });
    }
  });
});

describe('edges noted whichever side’s fact arrives first', () => {
  const lotIds = Object.keys(expectedLots);

  it('the transformation before the product’s lineage, or after it, gives the same lots', () => {
    const transformationFirst = fold([...stoppedLoad, ...afterTheCase, sawn, boardsMade, ...split]);
    const lineageFirst = fold([...stoppedLoad, ...afterTheCase, boardsMade, sawn, ...split]);
    for (const lotId of lotIds) {
      expect(lineageFirst.get(`lot:${lotId}`)).toEqual(expectedLots[lotId]);
      expect(lineageFirst.get(`lot:${lotId}`)).toEqual(transformationFirst.get(`lot:${lotId}`));
    }
  });

  it('any order of the facts on the logs’, the boards’ and the children’s streams gives the same lots', () => {
    // Facts of different subjects arrive in no common order; those of one subject keep theirs (the split after the boards were made).
    const history = fold([...stoppedLoad, ...afterTheCase]);
    const independent = [sawn, boardsMade, splitChild('C-1', 4), splitChild('C-2', 3)];
    let orders = 0;
    for (const order of permutations(independent)) {
      for (const splitAt of [1, 2, 3, 4]) {
        const sequence = [...order];
        const afterMade = sequence.indexOf(boardsMade) + 1;
        sequence.splice(Math.max(splitAt, afterMade), 0, boardsSplit);
        const rows = fold(sequence, history);
        for (const lotId of ['L-1', 'L-2', 'S-1', 'C-1', 'C-2']) expect(unordered(rows.get(`lot:${lotId}`))).toEqual(unordered(expectedLots[lotId]));
        orders++;
      }
    }
    expect(orders).toBe(24 * 4);
  });
});

describe('volumes', () => {
  it('a split child holds what its parent gave it; a product what the transformation made, not what it took', () => {
    const rows = fold([...stoppedLoad, ...afterTheCase, sawn, boardsMade, ...split]);
    expect(rows.get('lot:C-1')).toMatchObject({ madeVolume: 0, volume: 4 });
    expect(rows.get('lot:S-1')).toMatchObject({ madeVolume: 7, volume: 7 });
  });

  it('a merge child holds the sum of what each parent gave', () => {
    const merged: LineageFact = {
      type: 'LotLineageChanged',
      version: 1,
      data: {
        lotId: 'M-1',
        parents: [
          { lotId: 'C-1', volume: cubicMetres(1.25) },
          { lotId: 'C-2', volume: cubicMetres(3) },
        ],
        children: [],
        at: '2026-05-14T09:00:00-05:00',
      },
    };
    const rows = fold([...stoppedLoad, ...afterTheCase, sawn, boardsMade, ...split, merged]);
    expect(rows.get('lot:M-1')).toEqual(
      lot('M-1', {
        volume: 4.25,
        parents: [
          { lotId: 'C-1', volume: 1.25 },
          { lotId: 'C-2', volume: 3 },
        ],
      }),
    );
    expect(rows.get('lot:C-1')).toMatchObject({ children: [{ lotId: 'M-1', volume: 1.25 }] });
    expect(rows.get('lot:C-2')).toMatchObject({ children: [{ lotId: 'M-1', volume: 3 }] });
  });

  it('an extracted lot that takes in a merge keeps its origin and adds what it was given', () => {
    const mergedInto: LineageFact = { type: 'LotLineageChanged', version: 1, data: { lotId: 'L-2', parents: [{ lotId: 'L-3', volume: cubicMetres(1.5) }], children: [], at: '2026-05-03T09:00:00-05:00' } };
    const rows = fold([extracted('L-2', 8, '2026-05-02'), extracted('L-3', 1.5, '2026-05-02'), mergedInto]);
    expect(rows.get('lot:L-2')).toMatchObject({ madeVolume: 8, volume: 9.5, origin: origin('2026-05-02'), parents: [{ lotId: 'L-3', volume: 1.5 }] });
  });
});

describe('holds and confiscations', () => {
  it('a hold is added, then lifted by its release', () => {
    const held = fold(stoppedLoad);
    expect(held.get('lot:L-1')).toMatchObject({ holds: [{ caseRef: 'CASE-5', authority: 'ATFFS Ucayali', at: '2026-05-04T18:15:00-05:00' }] });
    expect(fold([released('L-1')], held).get('lot:L-1')).toMatchObject({ holds: [] });
    expect(fold([released('L-1')], held).get('lot:L-2')).toMatchObject({ holds: [{ caseRef: 'CASE-5' }] });
  });

  it('a release under another case lifts nothing', () => {
    const held = fold(stoppedLoad);
    const other: LineageFact = { type: 'LotReleased', version: 1, data: { lotId: 'L-1', caseRef: 'CASE-6', authority: 'OSINFOR', at: '2026-05-08T11:00:00-05:00' } };
    expect(fold([other], held).get('lot:L-1')).toMatchObject({ holds: [{ caseRef: 'CASE-5' }] });
  });

  it('a confiscation replaces the holds; its auction lifts it and says where the timber came from', () => {
    const seized = fold([...stoppedLoad, caseClosed, confiscated]).get('lot:X-1');
    expect(seized).toMatchObject({ holds: [], confiscation: { caseRef: 'CASE-5', authority: 'ATFFS Ucayali', at: '2026-05-08T11:00:00-05:00' } });
    const sold = fold([auctioned], new Map([['lot:X-1', seized!]])).get('lot:X-1');
    expect(sold).not.toHaveProperty('confiscation');
    expect(sold).toMatchObject({ confiscatedOrigin: { caseRef: 'CASE-5', method: 'auction', recipientTaxId: SAWMILL } });
  });
});

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let index = 0; index < items.length; index++) {
    const rest = [...items.slice(0, index), ...items.slice(index + 1)];
    for (const tail of permutations(rest)) yield [items[index]!, ...tail];
  }
}

describe('a product merged into before its transformation is noted', () => {
  it('keeps the merged parent beside the transformation inputs, whichever fact came first', () => {
    const merged: LineageFact = { type: 'LotLineageChanged', version: 1, data: { lotId: 'S-1', parents: [{ lotId: 'L-1', volume: cubicMetres(10) }, { lotId: 'M-9', volume: cubicMetres(2) }], children: [], at: '2026-05-11T09:00:00-05:00' } };
    const parentsOf = (rows: Map<string, LineageRecord>) => [...(rows.get('lot:S-1') as LotRecord).parents].map((edge) => edge.lotId).sort();
    expect(parentsOf(fold([merged, sawn]))).toEqual(['L-1', 'L-2', 'M-9']);
    expect(parentsOf(fold([sawn, merged]))).toEqual(['L-1', 'L-2', 'M-9']);
  });
});

describe('a product traded by weight', () => {
  const TARA = 'Caesalpinia spinosa';
  const kg = (value: number) => ({ value, unit: 'kg' as const });
  const taraExtracted: LineageFact = {
    type: 'LotExtracted',
    version: 1,
    data: { lotId: 'T-1', permitId: 'P-1', planId: 'POA-6', holderTaxId: HOLDER, species: TARA, volume: kg(1200), pieces: 40, harvestDate: '2026-05-02', geolocation: POINT },
  };
  const taraSplit: LineageFact = {
    type: 'LotLineageChanged',
    version: 1,
    data: { lotId: 'T-1', parents: [], children: [{ lotId: 'T-2', volume: kg(450.5) }], at: '2026-05-06T09:00:00-05:00' },
  };
  const taraChild: LineageFact = { type: 'LotLineageChanged', version: 1, data: { lotId: 'T-2', parents: [{ lotId: 'T-1', volume: kg(450.5) }], children: [], at: '2026-05-06T09:00:00-05:00' } };

  it('is a non_timber lot kept in kg, its split children and their edges too: a share stays within one measure', () => {
    const rows = fold([taraExtracted, taraSplit, taraChild]);
    expect(rows.get('lot:T-1')).toMatchObject({ species: TARA, productType: 'non_timber', measure: 'weight', madeVolume: 1200, volume: 1200, children: [{ lotId: 'T-2', volume: 450.5 }] });
    expect(rows.get('lot:T-2')).toMatchObject({ measure: 'weight', madeVolume: 0, volume: 450.5, parents: [{ lotId: 'T-1', volume: 450.5 }] });
    // The child's own fact first gives the same lots.
    expect(fold([taraChild, taraExtracted, taraSplit])).toEqual(rows);
  });

  it('seized by weight at a checkpoint is a non_timber lot in kg', () => {
    const seizedTara: LineageFact = {
      type: 'ShipmentFlagged',
      version: 1,
      data: {
        guideNumber: 'GTF-9',
        scanId: 'SCAN-9',
        lots: [],
        checkpoint: 'UC-CFB-K160',
        authority: 'ARFFS-UCAYALI',
        plate: 'J12345',
        driverId: 'DNI-1',
        observedAt: '2026-05-05T10:00:00-05:00',
        failedChecks: [],
        caseId: 'CASE-9',
        load: { declared: [], observed: [], seized: [{ lotId: 'T-9', species: TARA, pieces: 8, volume: kg(200), basis: 'no_guide' }] },
      },
    };
    expect(fold([seizedTara]).get('lot:T-9')).toMatchObject({ productType: 'non_timber', measure: 'weight', madeVolume: 200, volume: 200 });
  });

  it('timber has no measure noted: m³ as before', () => {
    expect(fold([extracted('L-1', 10, '2026-05-02')]).get('lot:L-1')).not.toHaveProperty('measure');
  });
});
