import { commandIdFor } from '#http';
import { inboundEnvelope, type IntegrationMessage } from '#messaging';
import { type Actor, type CommandEnvelope, cubicMetres, eventOfType, type EventToAppend, fold, type Recorded, type RecordedEvent, roundVolume, type StreamStore, uuidFromName } from '#shared-kernel';
import type { ProcessorCommand, ReceiveLot, RecordTransformation, RegisterProcessor, TransformationOutput } from '../../libs/processing/src/domain/processor.commands.js';
import { processorDecider, processorStream } from '../../libs/processing/src/domain/processor.decider.js';
import type { ProcessorEvent } from '../../libs/processing/src/domain/processor.events.js';
import type { YieldFact } from '../../libs/processing/src/domain/processor.js';
import { runConcurrently } from '../shared/concurrent-load.js';
import type { AggregateScenario } from './aggregate-scenario.js';
import { DecidedHistory } from './decided-history.js';

// A Pucallpa sawmill: custody delivers it roundwood lots, it saws them (and slices some) within the shipped yield caps.

const AUTHORITY = 'ARFFS-UCAYALI';
const HOLDER = '20600000014';
const REGULATOR: Actor = { id: 'arffs-ucayali-officer-07', role: 'regulator', organisation: AUTHORITY };
const CEDRO = 'Cedrela odorata';
const TORNILLO = 'Cedrelinga cateniformis';
/** The shipped yield catalogue's caps for every species (libs/reference-data/data/yield-coefficients.json), as the handler passes them. */
const YIELDS: readonly YieldFact[] = [
  { species: '*', inputProduct: 'roundwood', outputProduct: 'sawn_wood', maxYield: 0.35 },
  { species: '*', inputProduct: 'roundwood', outputProduct: 'sliced_veneer', maxYield: 0.45 },
];
/** The aged sawmill receives a lot before every ten transformations, each taking 5 m³ of it. */
const TRANSFORMATIONS_PER_LOT = 10;
const TAKEN_M3 = 5;
/** A fresh sawmill has received three lots of this. */
const FRESH_LOTS = 3;
const FRESH_LOT_M3 = 30;
/** Each measured transformation saws 1 m³ of a received lot. */
const MEASURED_M3 = 1;
const HISTORY_START = Date.parse('2026-02-01T13:00:00Z');
const HISTORY_SPAN_MS = 300 * 86_400_000;
const DELIVERY_CONSUMER = 'processing.custody-inbound';

export class ProcessorScenario implements AggregateScenario {
  readonly label = 'processor';
  readonly commandEvent = 'TransformationRecorded';
  readonly agedId = 'ASE-PUCALLPA-700';
  private readonly agedLots: number;
  /** What each of the aged sawmill's lots keeps after its ten transformations: enough for every measured command. */
  private readonly spareM3: number;
  private freshCount = 0;
  private keys = 0;
  private readonly commands = new Map<string, number>();

  constructor(
    private readonly transformations: number,
    mostCommands: number,
  ) {
    this.agedLots = Math.ceil(transformations / TRANSFORMATIONS_PER_LOT);
    this.spareM3 = Math.ceil(mostCommands / this.agedLots) * MEASURED_M3;
  }

  streamId(id: string): string {
    return processorStream.streamId(id);
  }

  /** Registered; a lot delivered before every ten transformations; each transformation saws 5 m³ of the last lot. */
  agedHistory(): readonly EventToAppend[] {
    const history = new DecidedHistory(processorStream);
    const facilityId = this.agedId;
    const at = (t: number) => new Date(HISTORY_START + Math.floor((t * HISTORY_SPAN_MS) / this.transformations));
    history.decide(this.registration(facilityId, '2026-01-10T15:00:00Z'));
    for (let t = 0; t < this.transformations; t++) {
      const lot = Math.floor(t / TRANSFORMATIONS_PER_LOT);
      if (t % TRANSFORMATIONS_PER_LOT === 0) {
        const received = new Date(at(t).getTime() - 3_600_000);
        history.decide(this.delivery(facilityId, agedLotId(lot), lot % 2 === 0 ? CEDRO : TORNILLO, TRANSFORMATIONS_PER_LOT * TAKEN_M3 + this.spareM3, received));
      }
      history.decide(this.transformation(facilityId, agedLotId(lot), lot % 2 === 0 ? CEDRO : TORNILLO, TAKEN_M3, at(t).toISOString(), t % 4 === 3));
    }
    return history.events;
  }

  /** Registered and three lots delivered, through the store as the app's handler and custody's consumer do. */
  async createFresh(store: StreamStore, count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => `ASE-PUCALLPA-F${String(++this.freshCount).padStart(5, '0')}`);
    let next = 0;
    await runConcurrently(4, { operations: count }, async () => {
      const facilityId = ids[next++]!;
      const now = new Date();
      await processorStream.handle(store, facilityId, this.registration(facilityId, now.toISOString()));
      for (let lot = 0; lot < FRESH_LOTS; lot++) await processorStream.handle(store, facilityId, this.delivery(facilityId, `${facilityId}-L${lot}`, CEDRO, FRESH_LOT_M3, now));
      return 1;
    });
    return ids;
  }

  /** `RecordTransformation` as the handler makes it: 1 m³ of a received lot sawn, at now, with the catalogue's caps and no holds. */
  async command(store: StreamStore, facilityId: string): Promise<void> {
    const n = this.commands.get(facilityId) ?? 0;
    this.commands.set(facilityId, n + 1);
    const [lotId, species] = facilityId === this.agedId ? [agedLotId(n % this.agedLots), (n % this.agedLots) % 2 === 0 ? CEDRO : TORNILLO] : [`${facilityId}-L${n % FRESH_LOTS}`, CEDRO];
    const envelope = this.transformation(facilityId, lotId, species, MEASURED_M3, new Date().toISOString(), false);
    const { events, replayed } = await processorStream.handle(store, facilityId, envelope);
    if (replayed || !eventOfType(events, 'TransformationRecorded')) throw new Error(`RecordTransformation on ${facilityId} recorded ${events.map((e) => e.type).join(', ') || 'nothing'}`);
  }

  fold(events: readonly RecordedEvent[]): unknown {
    return fold(processorDecider, events as readonly Recorded<ProcessorEvent>[]);
  }

  private registration(facilityId: string, occurredAt: string): CommandEnvelope<ProcessorCommand> {
    const command: RegisterProcessor = {
      type: 'RegisterProcessor',
      data: {
        facilityId,
        holderTaxId: HOLDER,
        kind: 'sawmill',
        authority: AUTHORITY,
        resolution: 'RD-0450-2024-GRU-GGR-GERFOR',
        validity: { from: '2024-01-01', until: '2036-12-31' },
        position: { type: 'Point', coordinates: [-74.553889, -8.379167] },
      },
    };
    return this.request(`processing/register-processor/${facilityId}`, REGULATOR, command, occurredAt);
  }

  /** A lot custody delivered, received by processing's consumer of `LotDelivered` (its command id made from the message). */
  private delivery(facilityId: string, lotId: string, species: string, m3: number, at: Date): CommandEnvelope<ProcessorCommand> {
    const guideNumber = `GTF-${lotId}`;
    const command: ReceiveLot = { type: 'ReceiveLot', data: { lotId, guideNumber, species, productType: 'roundwood', volume: cubicMetres(m3), at: at.toISOString() } };
    const delivering = uuidFromName(`bench-streams/deliver/${guideNumber}`);
    const message: IntegrationMessage = {
      id: uuidFromName(`custody/guide-${guideNumber}/GuideDelivered`),
      streamId: `guide-${guideNumber}`,
      type: 'LotDelivered',
      version: 1,
      data: { facilityId, ...command.data },
      metadata: { correlationId: delivering, causationId: delivering, actor: millClerk(facilityId), occurredAt: at.toISOString() },
    };
    return inboundEnvelope(DELIVERY_CONSUMER, message, command);
  }

  /** Sawn wood at 30 % of the input (the cap is 35 %); with `sliced`, part of it sliced into veneer instead. */
  private transformation(facilityId: string, lotId: string, species: string, m3: number, at: string, sliced: boolean): CommandEnvelope<ProcessorCommand> {
    const actor = millClerk(facilityId);
    const products: [TransformationOutput['productType'], number][] = sliced
      ? [
          ['sawn_wood', roundVolume(m3 * 0.2)],
          ['sliced_veneer', roundVolume(m3 * 0.1)],
        ]
      : [['sawn_wood', roundVolume(m3 * 0.3)]];
    const body = { at, inputs: [{ lotId, volume: { value: m3, unit: 'm3' } }], outputs: products.map(([productType, volume]) => ({ productType, species, volume: { value: volume, unit: 'm3' } })) };
    const scope = `processing/record-transformation/${facilityId}`;
    const { id, requestDigest } = commandIdFor(scope, actor, `bench-${++this.keys}`, body);
    // As the handler: the transformation id is the command id, each product lot's id named after facility, transformation and position.
    const command: RecordTransformation = {
      type: 'RecordTransformation',
      data: {
        transformationId: id,
        at,
        inputs: [{ lotId, volume: cubicMetres(m3) }],
        outputs: products.map(([productType, volume], index) => ({ lotId: uuidFromName(`processing/${facilityId}/${id}/output/${index}`), productType, species, volume: cubicMetres(volume) })),
        yieldFacts: YIELDS,
        holds: [],
      },
    };
    return { id, command, actor, occurredAt: at, ...(requestDigest === undefined ? {} : { requestDigest }) };
  }

  private request<C extends ProcessorCommand>(scope: string, actor: Actor, command: C, occurredAt: string): CommandEnvelope<ProcessorCommand> {
    const { id, requestDigest } = commandIdFor(scope, actor, `bench-${++this.keys}`, command.data);
    return { id, command, actor, occurredAt, ...(requestDigest === undefined ? {} : { requestDigest }) };
  }
}

function agedLotId(lot: number): string {
  return `LOT-H-${String(lot).padStart(5, '0')}`;
}

function millClerk(facilityId: string): Actor {
  return { id: 'mill-yard-clerk-01', role: 'processor', organisation: facilityId };
}
