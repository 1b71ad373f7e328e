import { describe, expect, it } from '@jest/globals';
import { findInfraction, type InfractionEntry, infractionForRule } from './infraction-entry.js';
import { publishes, refusesEntries } from './reference-version.fixtures.spec.js';

const undocumented: InfractionEntry = {
  code: 'INF-2021-01',
  conduct: 'Transporting forest products without a document proving their legal origin',
  legalReference: 'DS 007-2021-MIDAGRI, Anexo 1, numeral to confirm',
  class: 'muy_grave',
  fineUit: { min: '10', max: '5000' },
  measures: ['confiscation'],
  ruleCodes: ['GUIDE_VALID', 'TIME_WINDOW'],
};
const diverted: InfractionEntry = { ...undocumented, code: 'INF-2021-05', conduct: 'Diverting a transport from its registered trajectory', ruleCodes: ['CORRIDOR', 'guide_number_reused'] };
const book: InfractionEntry = { ...undocumented, code: 'INF-2021-07', conduct: 'Not keeping the operations book up to date', class: 'leve', fineUit: { min: '0.10', max: '3' }, measures: [], ruleCodes: [] };

describe('infraction entries', () => {
  it('are published with their bands, measures and rule codes, or with none for conducts only an inspection finds', () => {
    publishes('infractions', [undocumented, diverted, book]);
    publishes('infractions', [{ ...book, fineUit: { min: '3', max: '3.0' }, status: 'confirm', note: 'numeral: confirm' }]);
  });

  it('refuse a code twice, malformed codes, blank texts and unknown classes and measures', () => {
    refusesEntries('infractions', [undocumented, { ...book, code: 'INF-2021-01' }, { ...book, code: 'inf 7', conduct: ' ', legalReference: '', class: 'serious' as 'grave', measures: ['fine' as 'confiscation'] }], [
      { path: 'entries.2.code', messages: ['code must be upper-case letters and digits, parts joined by "-"'] },
      { path: 'entries.2.conduct', messages: ['conduct must not be blank'] },
      { path: 'entries.2.legalReference', messages: ['legalReference must not be blank'] },
      { path: 'entries.2.class', messages: ['class must be one of leve, grave, muy_grave'] },
      { path: 'entries.2.measures.0', messages: ['a measure must be one of confiscation, stop_activity, temporary_closure, definitive_closure, disqualification, permit_cancellation'] },
      { path: 'entries.1.code', messages: ['code repeats entries.0'] },
    ]);
  });

  it('refuse fines that are no decimal string, and a band whose most lies below its least, compared exactly', () => {
    refusesEntries('infractions', [{ ...undocumented, fineUit: { min: 10 as unknown as string, max: '-5' } }, { ...book, code: 'INF-2', fineUit: { min: '3.0000000000000000001', max: '3' } }], [
      { path: 'entries.0.fineUit.min', messages: ['fineUit.min must be a decimal of UIT written as a string, such as "0.10" or "5000"'] },
      { path: 'entries.0.fineUit.max', messages: ['fineUit.max must be a decimal of UIT written as a string, such as "0.10" or "5000"'] },
      { path: 'entries.1.fineUit.max', messages: ['fineUit.max must not be below fineUit.min'] },
    ]);
  });

  it('refuse a rule code mapped to two conducts, named twice, or malformed', () => {
    refusesEntries('infractions', [undocumented, { ...diverted, ruleCodes: ['CORRIDOR', 'GUIDE_VALID', 'CORRIDOR', 'Guide_Valid'] }, { ...book, measures: ['confiscation', 'confiscation'] }], [
      { path: 'entries.1.ruleCodes.3', messages: ['a rule code must be upper-case or lower-case words joined by "_", such as CORRIDOR or guide_number_reused'] },
      { path: 'entries.1.ruleCodes.2', messages: ['ruleCodes.2 repeats ruleCodes.0'] },
      { path: 'entries.2.measures.1', messages: ['measures.1 repeats measures.0'] },
      { path: 'entries.1.ruleCodes.1', messages: ['rule code GUIDE_VALID already maps to entries.0: a rule code maps to one conduct'] },
    ]);
  });
});

describe('infraction lookups', () => {
  const catalogue = [undocumented, diverted, book];

  it('find the conduct a finding is charged as, by its exact code', () => {
    expect(infractionForRule(catalogue, 'TIME_WINDOW')).toBe(undocumented);
    expect(infractionForRule(catalogue, 'guide_number_reused')).toBe(diverted);
    expect(infractionForRule(catalogue, 'GUIDE_NUMBER_REUSED')).toBeUndefined();
    expect(infractionForRule(catalogue, 'VEHICLE_MATCH')).toBeUndefined();
  });

  it('find a conduct by its code', () => {
    expect(findInfraction(catalogue, 'INF-2021-07')).toBe(book);
    expect(findInfraction(catalogue, 'INF-2021-09')).toBeUndefined();
  });
});
