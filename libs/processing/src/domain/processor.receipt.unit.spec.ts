import { describe, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { processorDecider } from './processor.decider.js';
import { MeasureMismatch, QuantityNotPositive } from '#shared-kernel';
import { InvalidInstant, LotAlreadyReceived, ProcessorNotAuthorised, ProcessorNotFound, VolumeNotPositive } from './processor.errors.js';
import { AT, receive, received, receivedKg, receiveKg, registered, reinstated, SAWMILL, suspended, transform } from './processor.fixtures.spec.js';

const spec = deciderSpec(processorDecider);
const VALIDITY = { from: '2026-01-01', until: '2026-12-31' };

describe('receiving a delivered lot', () => {
  it('takes it into the inventory', () => {
    spec.given([registered]).when(receive('LOT-1', 10)).then([received('LOT-1', 10)]);
  });

  it('records its volume in m³', () => {
    spec.given([registered]).when({ ...receive('LOT-1', 0), data: { ...receive('LOT-1', 0).data, volume: { value: 1000, unit: 'board_feet' } } }).then([received('LOT-1', 2.3597)]);
  });

  it('records a non_timber lot in kg, as delivered', () => {
    spec.given([registered]).when(receiveKg('TARA-1', 850.5)).then([receivedKg('TARA-1', 850.5)]);
  });

  it('refuses a quantity in the wrong measure for the product, which the consumer records as not received', () => {
    const tara = receiveKg('TARA-1', 850);
    spec.given([registered]).when({ ...tara, data: { ...tara.data, volume: cubicMetres(2) } }).then(new MeasureMismatch('volume', 'weight', 'm3'));
    spec.given([registered]).when({ ...receive('LOT-1', 0), data: { ...receive('LOT-1', 0).data, volume: { value: 850, unit: 'kg' } } }).then(new MeasureMismatch('volume', 'volume', 'kg'));
    spec.given([registered]).when(receiveKg('TARA-1', 0)).then(new QuantityNotPositive('volume', 0, 'kg'));
  });

  it('records nothing for the same lot under the same guide, even once suspended', () => {
    spec.given([registered, received('LOT-1', 10)]).when(receive('LOT-1', 10)).then([]);
    spec.given([registered, received('LOT-1', 10), suspended()]).when(receive('LOT-1', 10, '2026-06-02')).then([]);
  });

  it('refuses a lot already in the inventory under another guide', () => {
    spec.given([registered, received('LOT-1', 10)]).when(receive('LOT-1', 10, AT, 'GTF-OTHER')).then(new LotAlreadyReceived('LOT-1', 'GTF-OTHER', 'GTF-LOT-1'));
  });

  it('refuses a lot id the facility produced itself', () => {
    const history = [registered, received('LOT-1', 10)];
    const made = processorDecider.decide(transform([['LOT-1', 10]], [['SAWN-1', 3.5]]), fold(processorDecider, history));
    spec.given([...history, ...made]).when(receive('SAWN-1', 3.5)).then(new LotAlreadyReceived('SAWN-1', 'GTF-SAWN-1', undefined));
  });

  it('refuses a lot delivered while the processor was suspended, even when reinstated since', () => {
    spec.given([registered, suspended()]).when(receive('LOT-1', 10, '2026-06-02')).then(new ProcessorNotAuthorised(SAWMILL, '2026-06-02', 'suspended', VALIDITY));
    spec.given([registered, suspended(), reinstated()]).when(receive('LOT-1', 10, '2026-06-14T23:00')).then(new ProcessorNotAuthorised(SAWMILL, '2026-06-14T23:00', 'suspended', VALIDITY));
  });

  it('accepts a lot delivered before the suspension or after the reinstatement', () => {
    spec.given([registered, suspended()]).when(receive('LOT-1', 10, '2026-05-31T23:59')).then([received('LOT-1', 10, { at: '2026-05-31T23:59' })]);
    spec.given([registered, suspended(), reinstated()]).when(receive('LOT-1', 10, '2026-06-15')).then([received('LOT-1', 10, { at: '2026-06-15' })]);
  });

  it('refuses a lot delivered outside the validity; the last day counts whole', () => {
    spec.given([registered]).when(receive('LOT-1', 10, '2025-12-31T23:59')).then(new ProcessorNotAuthorised(SAWMILL, '2025-12-31T23:59', 'not_yet_valid', VALIDITY));
    spec.given([registered]).when(receive('LOT-1', 10, '2027-01-01')).then(new ProcessorNotAuthorised(SAWMILL, '2027-01-01', 'expired', VALIDITY));
    spec.given([registered]).when(receive('LOT-1', 10, '2026-12-31T23:59')).then([received('LOT-1', 10, { at: '2026-12-31T23:59' })]);
  });

  it('refuses a time that is not one, no volume, or no processor', () => {
    spec.given([registered]).when(receive('LOT-1', 10, 'soon')).then(new InvalidInstant('at', 'soon'));
    spec.given([registered]).when({ ...receive('LOT-1', 0), data: { ...receive('LOT-1', 0).data, volume: cubicMetres(0) } }).then(new VolumeNotPositive('volume', 0));
    spec.given([]).when(receive('LOT-1', 10)).then(new ProcessorNotFound());
  });
});
