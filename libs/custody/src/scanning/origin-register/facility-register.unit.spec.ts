import { describe, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import { type FacilityStandingNoted, facilityRegisterDecider, type NoteFacilityStanding, type NoteTransformation, type TransformationNoted } from './facility-register.js';
import { UnreadableRegisterEntry } from './register-errors.js';

const spec = deciderSpec(facilityRegisterDecider);

const standing = (changes: Partial<NoteFacilityStanding['data']> = {}): NoteFacilityStanding => ({
  type: 'NoteFacilityStanding',
  data: { facilityId: 'CTP-UCA-014', holderTaxId: '20600000014', kind: 'sawmill', standing: 'authorised', validity: { from: '2026-01-01', until: '2030-12-31' }, authority: 'ARFFS-UCAYALI', at: '2026-01-01', ...changes },
});
const standingNoted = (command: NoteFacilityStanding): FacilityStandingNoted => ({ type: 'FacilityStandingNoted', data: command.data });

const sawing = (transformationId = 'TR-1'): NoteTransformation => ({
  type: 'NoteTransformation',
  data: {
    facilityId: 'CTP-UCA-014',
    transformationId,
    at: '2026-05-10T09:00:00-05:00',
    inputs: [{ species: 'Cedrela odorata', productType: 'roundwood', m3: 10 }],
    outputs: [{ species: 'Cedrela odorata', productType: 'sawn_wood', m3: 3.5 }],
  },
});
const sawn = (command: NoteTransformation): TransformationNoted => ({ type: 'TransformationNoted', data: command.data });

describe('the facility register', () => {
  it('notes standings, the same one republished once', () => {
    const suspended = standing({ standing: 'suspended', authority: 'OSINFOR', at: '2026-04-01' });
    spec.given([standingNoted(standing())]).when(suspended).then([standingNoted(suspended)]);
    spec.given([standingNoted(standing())]).when(standing()).then([]);
  });

  it('notes a transformation once, by its id', () => {
    spec.given([sawn(sawing())]).when(sawing()).then([]);
    spec.given([sawn(sawing())]).when(sawing('TR-2')).then([sawn(sawing('TR-2'))]);
  });

  it('refuses a validity it cannot read', () => {
    spec
      .given([])
      .when(standing({ validity: { from: '2026-01-01', until: '31/12/2030' } }))
      .then(new UnreadableRegisterEntry('facility CTP-UCA-014', 'validity.until', '31/12/2030'));
  });
});
