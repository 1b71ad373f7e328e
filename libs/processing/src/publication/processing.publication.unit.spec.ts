import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, type Recorded } from '#shared-kernel';
import { processorDecider } from '../domain/processor.decider.js';
import type { ProcessorEvent } from '../domain/processor.events.js';
import { AT, CEDRO, received, registered, registration, reinstated, SAWMILL, suspended, transform } from '../domain/processor.fixtures.spec.js';
import { processingPublication } from './processing.publication.js';

const recorded = (event: ProcessorEvent): Recorded<ProcessorEvent> => ({ ...event, id: 'e-1', streamId: `processor-${SAWMILL}`, streamPosition: 1 }) as unknown as Recorded<ProcessorEvent>;
const publish = (event: ProcessorEvent) => processingPublication.publish(recorded(event));
const stocked = [registered, received('LOT-1', 10)];
const standing = { facilityId: SAWMILL, holderTaxId: registration.holderTaxId, kind: 'sawmill', validity: registration.validity };

describe('what processing publishes', () => {
  it('subscribes to every processor event it maps, under the name processing', () => {
    expect(processingPublication.name).toBe('processing');
    expect([...processingPublication.eventTypes].sort()).toEqual(['LotNotReceived', 'ProcessorRegistered', 'ProcessorReinstated', 'ProcessorSuspended', 'TransformationFlagged', 'TransformationRecorded']);
  });

  it('announces a registered processor as authorised from the start of its validity', () => {
    expect(publish(registered)).toEqual([
      { type: 'ProcessorStandingChanged', version: 1, data: { ...standing, standing: 'authorised', authority: 'ARFFS-UCAYALI', reason: 'registered', at: '2026-01-01' } },
    ]);
  });

  it('announces a suspension and a reinstatement with their authority, reason and instant', () => {
    expect(publish(suspended('2026-06-01'))).toEqual([
      {
        type: 'ProcessorStandingChanged',
        version: 1,
        data: { ...standing, standing: 'suspended', authority: 'ARFFS-UCAYALI', reason: 'operations book not kept up to date', at: '2026-06-01' },
      },
    ]);
    expect(publish(reinstated('2026-06-15'))).toEqual([
      { type: 'ProcessorStandingChanged', version: 1, data: { ...standing, standing: 'authorised', authority: 'ARFFS-UCAYALI', reason: 'books brought up to date', at: '2026-06-15' } },
    ]);
  });

  it('publishes a transformation with its inputs, its product lots and their parents, and the yield judgement', () => {
    const [event] = processorDecider.decide(transform([['LOT-1', 10]], [['SAWN-1', 2], ['SAWN-2', 1.5]]), fold(processorDecider, stocked));
    expect(publish(event!)).toEqual([
      {
        type: 'TransformationRecorded',
        version: 1,
        data: {
          facilityId: SAWMILL,
          transformationId: 'TR-1',
          at: AT,
          inputs: [{ lotId: 'LOT-1', species: CEDRO, productType: 'roundwood', volume: cubicMetres(10) }],
          outputs: [
            { lotId: 'SAWN-1', species: CEDRO, productType: 'sawn_wood', volume: cubicMetres(2), parents: [{ lotId: 'LOT-1', volume: cubicMetres(5.7143) }] },
            { lotId: 'SAWN-2', species: CEDRO, productType: 'sawn_wood', volume: cubicMetres(1.5), parents: [{ lotId: 'LOT-1', volume: cubicMetres(4.2857) }] },
          ],
          yields: [{ species: CEDRO, inputM3: 10, inputNeededM3: 10, lines: [{ outputProduct: 'sawn_wood', maxYield: 0.35, allowedM3: 3.5, requestedM3: 3.5 }] }],
        },
      },
    ]);
  });

  it('publishes output over yield declared as an exception as a flag, beside the transformation', () => {
    const events = processorDecider.decide(transform([['LOT-1', 10]], [['SAWN-1', 4]], { exception: { reason: 'high-grade logs' } }), fold(processorDecider, stocked));
    expect(events.map((event) => publish(event)[0]?.type)).toEqual(['TransformationRecorded', 'TransformationFlagged']);
    expect(publish(events[1]!)).toEqual([
      {
        type: 'TransformationFlagged',
        version: 1,
        data: {
          facilityId: SAWMILL,
          transformationId: 'TR-1',
          at: AT,
          reason: 'high-grade logs',
          overYield: [{ species: CEDRO, inputM3: 10, inputNeededM3: 11.4286, lines: [{ outputProduct: 'sawn_wood', maxYield: 0.35, allowedM3: 3.5, requestedM3: 4 }] }],
        },
      },
    ]);
  });

  it('keeps a lot received to itself', () => {
    expect(publish(received('LOT-2', 3))).toEqual([]);
  });
});
