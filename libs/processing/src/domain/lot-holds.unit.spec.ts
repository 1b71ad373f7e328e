import { describe, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import { type LotHoldsCommand, lotHoldsDecider } from './lot-holds.js';
import { held, releasedFromHold } from './processor.fixtures.spec.js';

const spec = deciderSpec(lotHoldsDecider);
const immobilised = held('LOT-1');
const confiscated = held('LOT-1', { kind: 'confiscated' });
const released = releasedFromHold('LOT-1');

const note = ({ data }: typeof immobilised): LotHoldsCommand => ({ type: 'NoteLotHold', data });
const release = ({ data }: typeof released): LotHoldsCommand => ({ type: 'NoteLotRelease', data });

describe('noting custody’s holds on a lot', () => {
  it('notes an immobilisation, whether or not any processor has the lot yet, once per case', () => {
    spec.given([]).when(note(immobilised)).then([immobilised]);
    spec.given([immobilised]).when(note(immobilised)).then([]);
  });

  it('notes a release by the case that immobilised the lot', () => {
    spec.given([immobilised]).when(release(released)).then([released]);
  });

  it('notes nothing for a release of another case, or of a lot not held', () => {
    spec.given([immobilised]).when(release(releasedFromHold('LOT-1', 'INF-2026-0999'))).then([]);
    spec.given([]).when(release(released)).then([]);
    spec.given([immobilised, released]).when(release(released)).then([]);
  });

  it('notes a confiscation after the immobilisation of the same case, and keeps it whatever follows', () => {
    spec.given([immobilised]).when(note(confiscated)).then([confiscated]);
    spec.given([immobilised, confiscated]).when(release(released)).then([]);
    spec.given([confiscated]).when(note(immobilised)).then([]);
  });

  it('holds a lot again after a release, under a new case', () => {
    const again = held('LOT-1', { caseRef: 'INF-2026-0101' });
    spec.given([immobilised, released]).when(note(again)).then([again]);
  });
});
