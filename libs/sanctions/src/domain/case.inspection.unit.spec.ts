import { describe, expect, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import type { Inspection } from './case.js';
import type { CaseCommand } from './case.commands.js';
import { caseDecider } from './case.decider.js';
import { InvalidCaseStep, StepNotAllowed } from './case.errors.js';
import type { CaseEvent } from './case.events.js';
import { REPORTING_STATUSES } from './case.identification.js';
import { processorNotesDecider } from './processor-notes.js';

const spec = deciderSpec(caseDecider);
const CASE = 'CASE-1';
const HOLDER = '20123456789';
const inspection: Inspection = {
  kind: 'inspection',
  inspector: 'inspector-gerfor-loreto-01',
  place: { name: 'Aserradero Ejemplo, patio de trozas', position: [-73.25, -3.75] },
  participants: [
    { name: 'Ejemplo Policía Uno', institution: 'PNP', role: 'escort' },
    { name: 'Ejemplo Fiscal Uno', institution: 'FEMA', role: 'prosecutor' },
  ],
  evidence: {
    photos: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    scaleTickets: [{ number: 'BAL-1', weightKg: 24800 }],
    positions: [{ position: [-73.25, -3.75], at: '2026-05-10T18:30:00-05:00' }],
    witnesses: [{ name: 'Ejemplo Testigo Uno', documentId: '00000000', role: 'foreman' }],
  },
};
const finding = { rule: 'YIELD_EXCEEDED', message: 'sawn cedro with no intake recorded', observed: '38 boards', at: '2026-05-10T18:30:00-05:00' };
const subject = { holderTaxId: HOLDER };

const report = (source: Inspection = inspection, findings = [finding]): CaseCommand => ({
  type: 'RecordFindings',
  data: { caseId: CASE, authority: 'GERFOR-LORETO', source, subject, lots: ['LOT-1'], findings },
});
const opened: CaseEvent[] = [{ type: 'CaseOpened', data: { caseId: CASE, authority: 'GERFOR-LORETO', source: inspection, subject, lots: ['LOT-1'], findings: [finding] } }];
const final: CaseEvent[] = [
  ...opened,
  { type: 'CaseBecameFinal', data: { caseId: CASE, accusedTaxId: HOLDER, outcome: 'dismissal', measures: [], lots: ['LOT-1'], lotsConfiscated: [], at: '2026-07-01T10:00:00-05:00' } },
];

describe('a case an inspector opens by hand', () => {
  it('opens it with the place, the officers present and the evidence as its source', () => {
    spec.given([]).when(report()).then(opened);
    const state = opened.reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state).toMatchObject({ status: 'detected', authority: 'GERFOR-LORETO', sources: [inspection], findings: [finding] });
  });

  it('adds a later inspection to the case, with its own officers and evidence', () => {
    const later: Inspection = { ...inspection, participants: [{ name: 'Ejemplo Aduanero Uno', institution: 'SUNAT', role: 'customs officer' }], evidence: { ...inspection.evidence, photos: [] } };
    spec.given(opened).when(report(later)).then([{ type: 'FindingsAdded', data: { caseId: CASE, source: later, findings: [finding], lots: ['LOT-1'] } }]);
    const state = [...opened, ...caseDecider.decide(report(later), opened.reduce(caseDecider.evolve, caseDecider.initialState))].reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state?.sources).toEqual([inspection, later]);
    expect(state?.findings).toHaveLength(2);
  });

  it('refuses an inspection without findings', () => {
    spec.given([]).when(report(inspection, [])).then(new InvalidCaseStep(CASE, 'findings', 'must hold at least one finding'));
  });

  it('refuses an inspection on a final case, where a flag is still noted', () => {
    spec.given(final).when(report()).then(new StepNotAllowed(CASE, 'adding an inspection’s findings', 'final', REPORTING_STATUSES));
    const flag: CaseCommand = { type: 'RecordFindings', data: { caseId: CASE, authority: 'GERFOR-LORETO', source: { kind: 'transformation', facilityId: 'CTP-1', transformationId: 'TR-1', reason: 'grade' }, subject, lots: [], findings: [finding] } };
    spec.given(final).when(flag).then([{ type: 'FindingsAdded', data: { caseId: CASE, source: flag.data.source, findings: [finding], lots: [] } }]);
  });
});

describe('what sanctions notes of a processor', () => {
  const notes = deciderSpec(processorNotesDecider);
  const registered = { facilityId: 'CTP-1', authority: 'GERFOR-LORETO', holderTaxId: HOLDER };
  const products = { facilityId: 'CTP-1', transformationId: 'TR-1', lots: [{ lotId: 'LOT-P1', species: 'Cedrela odorata' }] };

  it('notes the authority its first standing change, the registration, names', () => {
    notes.given([]).when({ type: 'NoteProcessorSupervision', data: registered }).then([{ type: 'ProcessorSupervisionNoted', data: registered }]);
  });

  it('keeps it when a later change names whoever suspended the processor', () => {
    notes.given([{ type: 'ProcessorSupervisionNoted', data: registered }]).when({ type: 'NoteProcessorSupervision', data: { ...registered, authority: 'OSINFOR' } }).then([]);
  });

  it("notes a transformation's products over yield once", () => {
    notes.given([{ type: 'ProcessorSupervisionNoted', data: registered }]).when({ type: 'NoteOverYieldOutputs', data: products }).then([{ type: 'OverYieldOutputsNoted', data: products }]);
    notes.given([{ type: 'OverYieldOutputsNoted', data: products }]).when({ type: 'NoteOverYieldOutputs', data: products }).then([]);
  });
});
