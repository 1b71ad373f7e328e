import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore } from '#event-store';
import type { Actor, CommandEnvelope, DomainError } from '#shared-kernel';
import { expectSnapshotsDecideAsWholeStreams, seededDraw, type Sent } from '#testing';
import type { ProcessorCommand, ReceiveLot } from './domain/processor.commands.js';
import { processorStream } from './domain/processor.decider.js';
import type { ProcessorEvent } from './domain/processor.events.js';
import { receive, registration, SAWMILL, transform } from './domain/processor.fixtures.spec.js';
import { lotNotReceived } from './domain/processor.receipt.js';
import type { ProcessorState } from './domain/processor.state.js';

const CLERK: Actor = { id: 'mill-clerk-1', role: 'processor', organisation: SAWMILL };
type Sending = Sent<ProcessorCommand, ProcessorEvent, ProcessorState>;

/**
 * A deterministic mix: lots delivered from a small pool (some twice, under the same guide or another), transformations
 * taking from received and produced lots until some are exhausted, transformation ids coming back, replays of early commands.
 */
function sawmillLife(commands: number): Sending[] {
  const next = seededDraw(11);
  const sent: Sending[] = [];
  let ids = 0;
  const envelope = (command: ProcessorCommand): CommandEnvelope<ProcessorCommand> => ({ id: `cmd-${++ids}`, command, actor: CLERK, occurredAt: '2026-05-10T09:00:00Z', requestDigest: JSON.stringify(command) });
  const recordRefusal = (command: ProcessorCommand, error: DomainError) => lotNotReceived(SAWMILL, command as ReceiveLot, error);
  const produced: string[] = [];
  sent.push({ envelope: envelope({ type: 'RegisterProcessor', data: registration }) });
  while (sent.length < commands) {
    const roll = next(20);
    if (roll < 6) {
      const lot = next(40);
      sent.push({ envelope: envelope(receive(`LOT-${lot}`, 3, undefined, `GTF-${lot}-${next(4) === 0 ? 'B' : 'A'}`)), options: { recordRefusal } });
    } else if (roll < 16) {
      const transformationId = `TR-${next(150)}`;
      const input = next(3) === 0 && produced.length > 0 ? produced[next(produced.length)]! : `LOT-${next(45)}`;
      // Now and then a product named like a lot already held, which the facility must refuse.
      const output = next(10) === 0 ? `LOT-${next(40)}` : `${transformationId}-OUT`;
      produced.push(output);
      sent.push({ envelope: envelope(transform([[input, next(2) ? 1 : 0.2]], [[output, 0.06]], { transformationId })) });
    } else if (sent.length > 10) sent.push(sent[next(sent.length - 1) + 1]!);
  }
  return sent;
}

describe('a processor read from its snapshots', () => {
  let store: EventStore;
  beforeAll(async () => void (store = await embeddedEventStore()), 60_000);
  afterAll(() => store?.close());

  it('decides every command as its whole stream would: lots, their remaining volume and transformations found by key', async () => {
    const { snapshotsTaken, outcomes } = await expectSnapshotsDecideAsWholeStreams(store, processorStream, SAWMILL, sawmillLife(400));
    expect(snapshotsTaken).toBe(true);
    const codes = outcomes.map((outcome) => JSON.stringify(outcome));
    const paths = ['lot_already_received', 'insufficient_inventory', 'lot_not_in_inventory', 'transformation_already_recorded', 'output_lot_id_taken', '"replayed":true', '"refused":true', 'TransformationRecorded'];
    expect(paths.filter((path) => codes.some((code) => code.includes(path)))).toEqual(paths);
  }, 120_000);
});
