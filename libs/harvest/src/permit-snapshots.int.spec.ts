import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore } from '#event-store';
import { type Actor, type CommandEnvelope, cubicMetres } from '#shared-kernel';
import { expectSnapshotsDecideAsWholeStreams, seededDraw, type Sent } from '#testing';
import type { PermitCommand } from './domain/permit.commands.js';
import { permitStream } from './domain/permit.decider.js';
import type { PermitEvent } from './domain/permit.events.js';
import { approve, CEDRO, extract, move, register, TORNILLO } from './domain/permit.fixtures.spec.js';
import { guideNotCounted } from './domain/permit.movement.js';
import type { PermitState } from './domain/permit.state.js';

const HOLDER: Actor = { id: 'holder-1', role: 'permit_holder' };

/** A deterministic mix: lots and guide numbers drawn from small pools (so early ones come back), replays of early commands, standing changes. */
function permitLife(commands: number): Sent<PermitCommand, PermitEvent, PermitState>[] {
  const next = seededDraw(7);
  const sent: Sent<PermitCommand, PermitEvent, PermitState>[] = [];
  let ids = 0;
  const envelope = (command: PermitCommand): CommandEnvelope<PermitCommand> => ({ id: `cmd-${++ids}`, command, actor: HOLDER, occurredAt: '2026-05-02T08:00:00Z', requestDigest: JSON.stringify(command) });
  const recordRefusal = (command: PermitCommand, error: Parameters<typeof guideNotCounted>[1]) => guideNotCounted(command as Parameters<typeof guideNotCounted>[0], error);
  sent.push({ envelope: envelope(register()) }, { envelope: envelope(approve()) });
  while (sent.length < commands) {
    const roll = next(20);
    if (roll < 8) sent.push({ envelope: envelope(extract({ lotId: ` LOT-${next(70)}`, species: next(2) ? CEDRO : TORNILLO, volume: cubicMetres(0.5) })) });
    else if (roll < 15) sent.push({ envelope: envelope(move([{ species: next(3) ? CEDRO : TORNILLO, volume: cubicMetres(next(2) ? 0.2 : 0.3) }], `GTF-${next(50)}`)), options: { recordRefusal } });
    else if (roll < 18 && sent.length > 10) sent.push(sent[next(sent.length - 2) + 2]!);
    else sent.push({ envelope: envelope({ type: roll === 18 ? 'SuspendPermit' : 'ReinstatePermit', data: { permitId: 'P', authority: 'OSINFOR', reason: 'PAU', at: '2026-05-02T08:00:00Z' } }) });
  }
  return sent;
}

describe('a permit read from its snapshots', () => {
  let store: EventStore;
  beforeAll(async () => void (store = await embeddedEventStore()), 60_000);
  afterAll(() => store?.close());

  it('decides every command as its whole stream would: lots and guides found by key, early commands replayed', async () => {
    const life = permitLife(400);
    const { snapshotsTaken, outcomes } = await expectSnapshotsDecideAsWholeStreams(store, permitStream, '25-UCA/C-J-001-02', life);
    expect(snapshotsTaken).toBe(true);
    // The mix reaches every path that needs more than the snapshot.
    const codes = outcomes.map((o) => JSON.stringify(o));
    const reached = ['lot_already_recorded', 'guide_number_reused', '"replayed":true', '"refused":true', 'permit_not_active'].filter((path) => codes.some((code) => code.includes(path)));
    expect(reached).toEqual(['lot_already_recorded', 'guide_number_reused', '"replayed":true', '"refused":true', 'permit_not_active']);
  }, 120_000);
});
