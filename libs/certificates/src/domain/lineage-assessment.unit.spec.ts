import { describe, expect, it } from '@jest/globals';
import { assessLineage, type Finding, standingOf } from './lineage-assessment.js';
import type { Ancestor, CaseRecord, GuideRecord, LineageView, LotRecord, PartyRecord, PermitRecord, PlanRecord, TransformationRecord } from './lineage.js';

// Two cedar logs felled under two permits, trucked to a sawmill under one guide and sawn into the product.

const ON = '2026-06-15';
const HOLDER = '20481234567';
const OTHER_HOLDER = '20399988877';
const ISSUER = '20100200300';
const EXPORTER = '20555666777';
const CEDAR = 'Cedrela odorata';

function lot(lotId: string, fields: Partial<LotRecord> = {}): LotRecord {
  return { kind: 'lot', lotId, madeVolume: 0, volume: 0, parents: [], children: [], guides: [], cases: [], holds: [], ...fields };
}

function origin(permitId: string, planId: string, holderTaxId: string, harvestDate: string): NonNullable<LotRecord['origin']> {
  return { permitId, planId, holderTaxId, harvestDate, pieces: 3, geolocation: { type: 'Point', coordinates: [-74.512345, -8.401234] } };
}

const log1 = lot('L-1', { species: CEDAR, productType: 'roundwood', madeVolume: 10, volume: 10, origin: origin('P-1', 'POA-6', HOLDER, '2026-05-01'), children: [{ lotId: 'S-1', volume: 10 }], guides: ['GTF-1'] });
const log2 = lot('L-2', { species: CEDAR, productType: 'roundwood', madeVolume: 8, volume: 8, origin: origin('P-2', 'POA-3', OTHER_HOLDER, '2026-05-03'), children: [{ lotId: 'S-1', volume: 6 }], guides: ['GTF-1'] });
const sawn = lot('S-1', {
  species: CEDAR,
  productType: 'sawn_wood',
  madeVolume: 7,
  volume: 7,
  transformationId: 'T-1',
  parents: [
    { lotId: 'L-1', volume: 10 },
    { lotId: 'L-2', volume: 6 },
  ],
});

const active = (at: string): PermitRecord['standings'][number] => ({ status: 'active', reason: 'registered', authority: 'SERFOR', at });
const permit = (permitId: string, ...standings: PermitRecord['standings']): PermitRecord => ({ kind: 'permit', permitId, standings });
const plan = (planId: string, permitId: string, from: string, to: string): PlanRecord => ({ kind: 'plan', planId, permitId, validity: { from, to } });
const guide: GuideRecord = {
  kind: 'guide',
  guideNumber: 'GTF-1',
  issuerTaxId: ISSUER,
  holderTaxId: HOLDER,
  authority: 'ATFFS Ucayali',
  lots: ['L-1', 'L-2'],
  destination: { facilityId: 'CTP-PUCALLPA', consigneeTaxId: '20600011122', consigneeKind: 'processor' },
  issuedAt: '2026-05-04T06:00:00-05:00',
  deliveredAt: '2026-05-05T15:30:00-05:00',
  flags: [],
};
const sawing: TransformationRecord = { kind: 'transformation', transformationId: 'T-1', facilityId: 'CTP-PUCALLPA', at: '2026-05-06T09:00:00-05:00', outputs: ['S-1'] };
const openCase = (caseId: string, lots: readonly string[] = []): CaseRecord => ({ kind: 'case', caseId, authority: 'OSINFOR', status: 'open', lots, openedAt: '2026-05-20T10:00:00-05:00' });
const closedCase = (caseId: string, outcome: 'sanction' | 'dismissal', lots: readonly string[] = []): CaseRecord => ({ ...openCase(caseId, lots), status: 'closed', outcome, closedAt: '2026-06-10T10:00:00-05:00' });
const disqualified = (taxId: string, from: string, until: string): PartyRecord => ({ kind: 'party', taxId, disqualifications: [{ caseId: 'CASE-D', authority: 'OSINFOR', from, until }] });

function legal(): LineageView {
  return {
    lot: sawn,
    ancestors: [
      { lot: log1, depth: 1, share: 1 },
      { lot: log2, depth: 1, share: 0.75 },
    ],
    permits: [permit('P-1', active('2025-01-10')), permit('P-2', active('2025-03-01T00:00:00-05:00'))],
    plans: [plan('POA-6', 'P-1', '2026-01-01', '2026-12-31'), plan('POA-3', 'P-2', '2026-04-01', '2026-09-30')],
    guides: [guide],
    cases: [],
    transformations: [sawing],
    parties: [],
  };
}

/** The view with one lot's record changed, wherever it stands in the lineage. */
function withLot(view: LineageView, lotId: string, change: Partial<LotRecord>): LineageView {
  const changed = (record: LotRecord) => (record.lotId === lotId ? { ...record, ...change } : record);
  return { ...view, lot: changed(view.lot), ancestors: view.ancestors.map((ancestor) => ({ ...ancestor, lot: changed(ancestor.lot) })) };
}

const assess = (view: LineageView, purpose: 'issue' | 'reassess' = 'issue', on = ON) => assessLineage(view, { on, purpose });
const finding = (lotId: string, check: Finding['check'], code: string, severity: Finding['severity'], ref?: string) =>
  expect.objectContaining({ lotId, check, code, severity, ...(ref === undefined ? {} : { ref }) });

describe('a legal lineage', () => {
  it('has no finding: two logs felled under active permits within their plans, carried, sawn', () => {
    expect(assess(legal())).toEqual([]);
    expect(assess(legal(), 'reassess')).toEqual([]);
  });
});

describe('the permit of each extracted lot', () => {
  it('suspended now leaves the timber in doubt', () => {
    const view = { ...legal(), permits: [permit('P-1', active('2025-01-10'), { status: 'suspended', reason: 'medida cautelar', authority: 'OSINFOR', at: '2026-06-01T09:00:00-05:00' }), legal().permits[1]!] };
    expect(assess(view)).toEqual([finding('L-1', 'permit', 'permit_suspended', 'pending', 'P-1')]);
  });

  it('suspended from a later day is not suspended yet; a bare date takes effect at the start of that Peru day', () => {
    const suspendedOn = (at: string) => ({ ...legal(), permits: [permit('P-1', active('2025-01-10'), { status: 'suspended', reason: 'medida cautelar', authority: 'OSINFOR', at }), legal().permits[1]!] });
    expect(assess(suspendedOn('2026-06-16'))).toEqual([]);
    expect(assess(suspendedOn('2026-06-15'))).toEqual([finding('L-1', 'permit', 'permit_suspended', 'pending', 'P-1')]);
  });

  it('suspended, then reinstated, stands again', () => {
    const view = {
      ...legal(),
      permits: [permit('P-1', active('2025-01-10'), { status: 'suspended', reason: 'medida cautelar', authority: 'OSINFOR', at: '2026-05-20' }, active('2026-06-05')), legal().permits[1]!],
    };
    expect(assess(view)).toEqual([]);
  });

  it('cancelled since the harvest loses the timber its legal origin', () => {
    const view = { ...legal(), permits: [permit('P-1', active('2025-01-10'), { status: 'cancelled', reason: 'caducidad', authority: 'OSINFOR', at: '2026-06-01' }), legal().permits[1]!] };
    expect(assess(view)).toEqual([finding('L-1', 'permit', 'permit_cancelled', 'final', 'P-1')]);
  });

  it('not active on the day of the harvest is final, even once reinstated, whatever order the standings were noted in', () => {
    const standings = [active('2025-01-10'), { status: 'suspended', reason: 'medida cautelar', authority: 'OSINFOR', at: '2026-04-20' } as const, active('2026-05-10')];
    for (const noted of [standings, [...standings].reverse()]) {
      const view = { ...legal(), permits: [permit('P-1', ...noted), legal().permits[1]!] };
      expect(assess(view)).toEqual([finding('L-1', 'permit', 'permit_not_active_at_harvest', 'final', 'P-1')]);
    }
  });

  it('with no standing recorded is pending: its facts have not arrived yet', () => {
    const view = { ...legal(), permits: [legal().permits[1]!] };
    expect(assess(view)).toEqual([finding('L-1', 'permit', 'permit_unknown', 'pending', 'P-1')]);
  });
});

describe('the plan of each extracted lot', () => {
  it('not valid on the day of the harvest is final', () => {
    const view = { ...legal(), plans: [plan('POA-6', 'P-1', '2026-05-02', '2026-12-31'), legal().plans[1]!] };
    expect(assess(view)).toEqual([finding('L-1', 'plan', 'plan_not_valid_at_harvest', 'final', 'POA-6')]);
  });

  it('valid up to and including the day of the harvest is enough', () => {
    const view = { ...legal(), plans: [plan('POA-6', 'P-1', '2026-01-01', '2026-05-01'), plan('POA-3', 'P-2', '2026-05-03', '2026-05-03')] };
    expect(assess(view)).toEqual([]);
  });
});

describe('the root of each branch', () => {
  const seized = lot('X-1', {
    species: CEDAR,
    productType: 'roundwood',
    madeVolume: 2,
    volume: 2,
    seized: { caseId: 'CASE-9', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', basis: 'volume_beyond_declared', at: '2026-05-04T18:10:00-05:00' },
    children: [{ lotId: 'S-1', volume: 2 }],
    cases: ['CASE-9'],
  });
  const withAncestor = (view: LineageView, ancestor: LotRecord): LineageView => ({
    ...withLot(view, 'S-1', { parents: [...sawn.parents, { lotId: ancestor.lotId, volume: 2 }] }),
    ancestors: [...view.ancestors, { lot: ancestor, depth: 1, share: 1 }],
  });

  it('a seized lot of unproven origin among the ancestors loses the product its legal origin', () => {
    const view = { ...withAncestor(legal(), seized), cases: [openCase('CASE-9', ['X-1'])] };
    expect(assess(view)).toEqual([finding('X-1', 'origin', 'unproven_origin', 'final', 'CASE-9'), finding('X-1', 'case', 'case_open', 'pending', 'CASE-9')]);
  });

  it('the same lot, confiscated and auctioned, enters the chain of custody again', () => {
    const auctioned = { ...seized, cases: [], confiscatedOrigin: { caseRef: 'CASE-9', authority: 'ATFFS Ucayali', method: 'auction' as const, recipientTaxId: '20600011122', at: '2026-06-01T12:00:00-05:00' } };
    expect(assess(withAncestor(legal(), auctioned))).toEqual([]);
  });

  it('an ancestor without a recorded extraction is pending', () => {
    const unknown = lot('U-1', { children: [{ lotId: 'S-1', volume: 2 }] });
    expect(assess(withAncestor(legal(), unknown))).toEqual([finding('U-1', 'origin', 'origin_unknown', 'pending')]);
  });
});

describe('the guides the lineage travelled under', () => {
  const flagged = (caseId?: string): GuideRecord => ({
    ...guide,
    flags: [{ scanId: 'SCAN-77', checkpoint: 'PC-NESHUYA', ...(caseId === undefined ? {} : { caseId }), rules: ['VOLUME_MATCH'], observedAt: '2026-05-04T18:10:00-05:00' }],
  });

  it('a guide stopped under a case still open is pending, named once though two lots travelled on it', () => {
    const view = { ...legal(), guides: [flagged('CASE-5')], cases: [openCase('CASE-5')] };
    expect(assess(view)).toEqual([finding('L-1', 'transport', 'transport_flagged', 'pending', 'CASE-5')]);
  });

  it('a guide stopped under a case not noted yet is pending, on that case', () => {
    expect(assess({ ...legal(), guides: [flagged('CASE-5')] })).toEqual([finding('L-1', 'transport', 'transport_flagged', 'pending', 'CASE-5')]);
  });

  it('a guide stopped without a case is pending on the guide', () => {
    expect(assess({ ...legal(), guides: [flagged()] })).toEqual([finding('L-1', 'transport', 'transport_flagged', 'pending', 'GTF-1')]);
  });

  it('the same guide whose case was dismissed has no finding', () => {
    const view = { ...legal(), guides: [flagged('CASE-5')], cases: [closedCase('CASE-5', 'dismissal')] };
    expect(assess(view)).toEqual([]);
  });

  it("a guide whose sanctioned case released the lineage's lots has no finding, on the guide or on the lots", () => {
    const sanctioned = { ...closedCase('CASE-5', 'sanction', ['L-1', 'L-2', 'X-1']), released: ['L-1', 'L-2'] };
    const view = { ...withLot(withLot(legal(), 'L-1', { cases: ['CASE-5'] }), 'L-2', { cases: ['CASE-5'] }), guides: [flagged('CASE-5')], cases: [sanctioned] };
    expect(assess(view)).toEqual([]);
  });

  it("a guide whose sanctioned case released only some of the lineage's lots is final on one it did not", () => {
    const sanctioned = { ...closedCase('CASE-5', 'sanction', ['L-1', 'L-2']), released: ['L-1'] };
    const view = { ...legal(), guides: [flagged('CASE-5')], cases: [sanctioned] };
    expect(assess(view)).toEqual([finding('L-2', 'transport', 'transport_flagged', 'final', 'CASE-5')]);
  });

  it('the same guide whose case ended in a sanction is final', () => {
    const view = { ...legal(), guides: [flagged('CASE-5')], cases: [closedCase('CASE-5', 'sanction')] };
    expect(assess(view)).toEqual([finding('L-1', 'transport', 'transport_flagged', 'final', 'CASE-5')]);
  });

  it('a guide harvest could not count against its plan is final', () => {
    const view = { ...legal(), guides: [{ ...guide, notCounted: { error: 'moved_beyond_authorised', message: 'Cedrela odorata beyond the plan' } }] };
    expect(assess(view)).toEqual([finding('L-1', 'quota', 'guide_not_counted', 'final', 'GTF-1')]);
  });
});

describe('transformations', () => {
  it('a transformation over the maximum yield is final on the lot it made', () => {
    const view = { ...legal(), transformations: [{ ...sawing, overYield: { reason: 'exceptional log quality', species: [CEDAR] } }] };
    expect(assess(view)).toEqual([finding('S-1', 'yield', 'over_yield', 'final', 'T-1')]);
  });

  it('a lot made by a transformation not noted yet is pending: nothing says it stayed within yield', () => {
    expect(assess({ ...legal(), transformations: [] })).toEqual([finding('S-1', 'yield', 'transformation_unknown', 'pending', 'T-1')]);
  });
});

describe('cases, holds and confiscations on an ancestor', () => {
  const named = (found: CaseRecord) => ({ ...withLot(legal(), 'L-2', { cases: [found.caseId] }), cases: [found] });

  it('an open case is pending', () => {
    expect(assess(named(openCase('CASE-7', ['L-2'])))).toEqual([finding('L-2', 'case', 'case_open', 'pending', 'CASE-7')]);
  });

  it('a case closed with a sanction is final', () => {
    expect(assess(named(closedCase('CASE-7', 'sanction', ['L-2'])))).toEqual([finding('L-2', 'case', 'case_sanctioned', 'final', 'CASE-7')]);
  });

  it('a case dismissed has no finding', () => {
    expect(assess(named(closedCase('CASE-7', 'dismissal', ['L-2'])))).toEqual([]);
  });

  it('a hold is pending', () => {
    const view = withLot(legal(), 'L-1', { holds: [{ caseRef: 'EXP-14', authority: 'OSINFOR', at: '2026-06-02T11:00:00-05:00' }] });
    expect(assess(view)).toEqual([finding('L-1', 'hold', 'lot_held', 'pending', 'EXP-14')]);
  });

  it('a confiscation is final', () => {
    const view = withLot(legal(), 'L-1', { confiscation: { caseRef: 'EXP-14', authority: 'OSINFOR', at: '2026-06-12T11:00:00-05:00' } });
    expect(assess(view)).toEqual([finding('L-1', 'confiscation', 'lot_confiscated', 'final', 'EXP-14')]);
  });
});

describe('the product lot itself', () => {
  it('is judged like its ancestors: a hold, a case and a confiscation on it are found on it', () => {
    const held = withLot(legal(), 'S-1', { holds: [{ caseRef: 'EXP-20', authority: 'SUNAT', at: '2026-06-12T08:00:00-05:00' }] });
    expect(assess(held)).toEqual([finding('S-1', 'hold', 'lot_held', 'pending', 'EXP-20')]);
    const named = { ...withLot(legal(), 'S-1', { cases: ['CASE-8'] }), cases: [openCase('CASE-8', ['S-1'])] };
    expect(assess(named)).toEqual([finding('S-1', 'case', 'case_open', 'pending', 'CASE-8')]);
    const confiscated = withLot(legal(), 'S-1', { confiscation: { caseRef: 'EXP-20', authority: 'SUNAT', at: '2026-06-13T08:00:00-05:00' } });
    expect(assess(confiscated)).toEqual([finding('S-1', 'confiscation', 'lot_confiscated', 'final', 'EXP-20')]);
  });

  it('felled and delivered as it is, answers for its own permit and plan', () => {
    const view: LineageView = { ...legal(), lot: log1, ancestors: [], permits: [permit('P-1', active('2025-01-10'), { status: 'cancelled', reason: 'caducidad', authority: 'OSINFOR', at: '2026-06-01' })] };
    expect(assess(view)).toEqual([finding('L-1', 'permit', 'permit_cancelled', 'final', 'P-1')]);
  });
});

describe('disqualified parties', () => {
  const parties = [
    ['the permit holder', HOLDER, true],
    ['the guide issuer', ISSUER, true],
    ['the exporter', EXPORTER, false],
  ] as const;

  it.each(parties)('%s disqualified on the day refuses an issue, naming whether it is a party to the timber', (_who, taxId, inTimber) => {
    const findings = assess({ ...legal(), parties: [disqualified(taxId, '2026-06-01', '2027-05-31')] });
    expect(findings).toEqual([finding('S-1', 'party', 'party_disqualified', 'final', taxId)]);
    expect(findings[0]!.message.includes('a party to this timber')).toBe(inTimber);
  });

  it.each(parties)('%s disqualified does not revoke a certificate already issued', (_who, taxId, _inTimber) => {
    expect(assess({ ...legal(), parties: [disqualified(taxId, '2026-06-01', '2027-05-31')] }, 'reassess')).toEqual([]);
  });

  it.each(parties)('%s is disqualified from its first day to its last, both included, and not outside them', (_who, taxId, _inTimber) => {
    const view = { ...legal(), parties: [disqualified(taxId, '2026-06-15', '2026-06-20')] };
    expect(assess(view, 'issue', '2026-06-14')).toEqual([]);
    expect(assess(view, 'issue', '2026-06-15')).toEqual([finding('S-1', 'party', 'party_disqualified', 'final', taxId)]);
    expect(assess(view, 'issue', '2026-06-20')).toEqual([finding('S-1', 'party', 'party_disqualified', 'final', taxId)]);
    expect(assess(view, 'issue', '2026-06-21')).toEqual([]);
  });
});

describe('one tainted ancestor among hundreds', () => {
  // 20 sawmill batches of 15 logs each, merged into the product: 320 ancestors, one log under a sanctioned case.
  const BATCHES = 20;
  const LOGS = 15;
  const logId = (batch: number, log: number) => `L-${batch}-${log}`;

  function forest(tainted: string): LineageView {
    const ancestors: Ancestor[] = [];
    const cases: CaseRecord[] = [];
    for (let batch = 0; batch < BATCHES; batch++) {
      const batchId = `S-${batch}`;
      for (let log = 0; log < LOGS; log++) {
        const lotId = logId(batch, log);
        const isTainted = lotId === tainted;
        ancestors.push({
          lot: lot(lotId, { species: CEDAR, productType: 'roundwood', madeVolume: 2, volume: 2, origin: origin('P-1', 'POA-6', HOLDER, '2026-05-01'), children: [{ lotId: batchId, volume: 2 }], guides: ['GTF-1'], cases: isTainted ? ['CASE-X'] : [] }),
          depth: 2,
          share: 1 / BATCHES,
        });
      }
      ancestors.push({
        lot: lot(batchId, { species: CEDAR, productType: 'sawn_wood', madeVolume: 15, volume: 15, transformationId: `T-${batch}`, parents: Array.from({ length: LOGS }, (_, log) => ({ lotId: logId(batch, log), volume: 2 })), children: [{ lotId: 'P-1', volume: 15 }] }),
        depth: 1,
        share: 1 / BATCHES,
      });
    }
    cases.push(closedCase('CASE-X', 'sanction', [tainted]));
    return {
      lot: lot('P-1', { madeVolume: 300, volume: 300, parents: Array.from({ length: BATCHES }, (_, batch) => ({ lotId: `S-${batch}`, volume: 15 })) }),
      ancestors,
      permits: [permit('P-1', active('2025-01-10'))],
      plans: [plan('POA-6', 'P-1', '2026-01-01', '2026-12-31')],
      guides: [{ ...guide, lots: ancestors.filter(({ lot: { origin: found } }) => found).map(({ lot: { lotId } }) => lotId) }],
      cases,
      transformations: Array.from({ length: BATCHES }, (_, batch) => ({ ...sawing, transformationId: `T-${batch}`, outputs: [`S-${batch}`] })),
      parties: [],
    };
  }

  it('names exactly the tainted log, wherever it stands', () => {
    for (const tainted of [logId(0, 0), logId(13, 7), logId(BATCHES - 1, LOGS - 1)]) {
      const view = forest(tainted);
      expect(view.ancestors.length).toBeGreaterThanOrEqual(300);
      expect(assess(view)).toEqual([finding(tainted, 'case', 'case_sanctioned', 'final', 'CASE-X')]);
    }
  });
});

describe('the standing findings leave', () => {
  const pending: Finding = { lotId: 'L-1', check: 'hold', code: 'lot_held', severity: 'pending', message: 'held' };
  const final: Finding = { lotId: 'L-2', check: 'confiscation', code: 'lot_confiscated', severity: 'final', message: 'confiscated' };

  it('none is valid, pending ones suspend, any final one revokes', () => {
    expect(standingOf([])).toBe('valid');
    expect(standingOf([pending])).toBe('suspended');
    expect(standingOf([pending, pending])).toBe('suspended');
    expect(standingOf([final])).toBe('revoked');
    expect(standingOf([pending, final, pending])).toBe('revoked');
  });

  it('follows what the assessment found', () => {
    expect(standingOf(assess(withLot(legal(), 'L-1', { holds: [{ caseRef: 'EXP-14', authority: 'OSINFOR', at: '2026-06-02T11:00:00-05:00' }] })))).toBe('suspended');
    expect(standingOf(assess({ ...legal(), transformations: [{ ...sawing, overYield: { reason: 'quality', species: [CEDAR] } }] }))).toBe('revoked');
  });
});

describe('lots the fold leaves with more than one story', () => {
  it('a seized lot confiscated under a sanction and then auctioned, its case named as the fold names it, is certifiable', () => {
    const auctioned = lot('X-1', {
      species: CEDAR,
      productType: 'roundwood',
      madeVolume: 2,
      volume: 2,
      seized: { caseId: 'CASE-9', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', basis: 'volume_beyond_declared', at: '2026-05-04T18:10:00-05:00' },
      children: [{ lotId: 'S-1', volume: 2 }],
      cases: ['CASE-9'],
      confiscatedOrigin: { caseRef: 'CASE-9', authority: 'ATFFS Ucayali', method: 'auction', recipientTaxId: '20600011122', at: '2026-06-01T12:00:00-05:00' },
    });
    const view: LineageView = {
      ...withLot(legal(), 'S-1', { parents: [...sawn.parents, { lotId: 'X-1', volume: 2 }] }),
      ancestors: [...legal().ancestors, { lot: auctioned, depth: 1, share: 1 }],
      cases: [closedCase('CASE-9', 'sanction', ['X-1'])],
    };
    expect(assess(view)).toEqual([]);
  });

  it('an extracted lot that later took in a merge is still judged on its own permit', () => {
    const merged = withLot(legal(), 'L-2', { parents: [{ lotId: 'L-9', volume: 3 }], volume: 11 });
    const view: LineageView = {
      ...merged,
      ancestors: [...merged.ancestors, { lot: lot('L-9', { species: CEDAR, productType: 'roundwood', madeVolume: 3, volume: 3, origin: origin('P-1', 'POA-6', HOLDER, '2026-05-02'), children: [{ lotId: 'L-2', volume: 3 }] }), depth: 2, share: 6 / 11 }],
      permits: [legal().permits[0]!, permit('P-2', active('2025-01-10'), { status: 'cancelled', reason: 'caducidad', authority: 'OSINFOR', at: '2026-04-01' })],
    };
    expect(assess(view)).toEqual([finding('L-2', 'permit', 'permit_not_active_at_harvest', 'final', 'P-2')]);
  });
});
