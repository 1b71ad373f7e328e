import { commandIdFor } from '#http';
import { inboundEnvelope, type IntegrationMessage } from '#messaging';
import {
  type Actor,
  type CommandEnvelope,
  cubicMetres,
  eventOfType,
  type EventToAppend,
  fold,
  type Recorded,
  type RecordedEvent,
  rectangle,
  type StreamStore,
  uuidFromName,
} from '#shared-kernel';
import type { ApproveHarvestPlan, PermitCommand, RecordExtraction, RecordVolumeMoved, RegisterPermit } from '../../libs/harvest/src/domain/permit.commands.js';
import { permitDecider, permitStream } from '../../libs/harvest/src/domain/permit.decider.js';
import type { PermitEvent } from '../../libs/harvest/src/domain/permit.events.js';
import { runConcurrently } from '../shared/concurrent-load.js';
import type { AggregateScenario } from './aggregate-scenario.js';
import { DecidedHistory } from './decided-history.js';

// A concession in Ucayali with one annual plan (cedro and tornillo): its holder records extractions, custody's guides are counted on it.

const AUTHORITY = 'ARFFS-UCAYALI';
const HOLDER = '20481234567';
const REGULATOR: Actor = { id: 'arffs-ucayali-officer-07', role: 'regulator', organisation: AUTHORITY };
const HOLDER_CLERK: Actor = { id: 'holder-clerk-01', role: 'permit_holder', organisation: HOLDER };
const CEDRO = 'Cedrela odorata';
const TORNILLO = 'Cedrelinga cateniformis';
const PLAN_ID = 'POA-2026';
const PLAN_VALIDITY = { from: '2026-01-01', to: '2026-12-31' };
const HARVEST_AREA = rectangle(-74.58, -8.42, -74.52, -8.36);
/** Inside the harvest area, written with six decimals as EUDR asks. */
const PLOT = [-74.553889, -8.379167] as const;
/** What each guide of the aged permit moves, and each extraction before a run of guides records: moved never exceeds extracted. */
const GUIDE_M3 = 4;
const GUIDES_PER_LOT = 25;
const LOT_M3 = GUIDE_M3 * GUIDES_PER_LOT;
/** Each measured extraction. */
const MEASURED_M3 = 10;
/** The aged permit's guides are spread over the plan's year, from February to November. */
const HISTORY_START = Date.parse('2026-02-01T13:00:00Z');
const HISTORY_SPAN_MS = 300 * 86_400_000;
const GUIDE_CONSUMER = 'harvest.custody-inbound';

export class PermitScenario implements AggregateScenario {
  readonly label = 'permit';
  readonly commandEvent = 'ExtractionRecorded';
  readonly agedId = '25-UCA/C-J-700-01';
  private freshCount = 0;
  private extractions = 0;
  private keys = 0;
  /** Each species' quota: the aged permit's guides and every measured extraction fit in it. */
  private readonly authorisedM3: number;

  constructor(
    private readonly guides: number,
    mostCommands: number,
  ) {
    this.authorisedM3 = Math.ceil(guides / GUIDES_PER_LOT / 2) * LOT_M3 + mostCommands * MEASURED_M3;
  }

  streamId(id: string): string {
    return permitStream.streamId(id);
  }

  /** Registered, its plan approved, then an extraction before every 25 guides; every guide counted as custody's consumer counts it. */
  agedHistory(): readonly EventToAppend[] {
    const history = new DecidedHistory(permitStream);
    const permitId = this.agedId;
    const at = (guide: number) => new Date(HISTORY_START + Math.floor((guide * HISTORY_SPAN_MS) / this.guides));
    history.decide(this.registration(permitId, '2026-01-05T15:00:00Z'));
    history.decide(this.planApproval(permitId, '2026-01-20T15:00:00Z'));
    for (let guide = 0; guide < this.guides; guide++) {
      const lot = Math.floor(guide / GUIDES_PER_LOT);
      const species = lot % 2 === 0 ? CEDRO : TORNILLO;
      if (guide % GUIDES_PER_LOT === 0) history.decide(this.extraction(permitId, `LOT-H-${String(lot).padStart(5, '0')}`, species, LOT_M3, at(guide)));
      history.decide(this.guideCounted(permitId, guide, species, at(guide)));
    }
    return history.events;
  }

  /** Registered and its plan approved, through the store as the app's handlers do. */
  async createFresh(store: StreamStore, count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => `25-UCA/C-J-F${String(++this.freshCount).padStart(5, '0')}-01`);
    let next = 0;
    await runConcurrently(4, { operations: count }, async () => {
      const permitId = ids[next++]!;
      const now = new Date().toISOString();
      await permitStream.handle(store, permitId, this.registration(permitId, now));
      await permitStream.handle(store, permitId, this.planApproval(permitId, now));
      return 1;
    });
    return ids;
  }

  /** `RecordExtraction` as the holder's request makes it: a new lot of 10 m³ (its id, key and digest). */
  async command(store: StreamStore, permitId: string): Promise<void> {
    const n = ++this.extractions;
    const envelope = this.extraction(permitId, `LOT-M-${String(n).padStart(6, '0')}`, n % 2 === 0 ? CEDRO : TORNILLO, MEASURED_M3, new Date(), '2026-11-20');
    const { events, replayed } = await permitStream.handle(store, permitId, envelope);
    if (replayed || !eventOfType(events, 'ExtractionRecorded')) throw new Error(`RecordExtraction on ${permitId} recorded ${events.map((e) => e.type).join(', ') || 'nothing'}`);
  }

  fold(events: readonly RecordedEvent[]): unknown {
    return fold(permitDecider, events as readonly Recorded<PermitEvent>[]);
  }

  /** An `ExtractionRecorded` as a fresh permit records it: the floor appends rows of its size. */
  floorEvent(): EventToAppend {
    const history = new DecidedHistory(permitStream);
    const permitId = '25-UCA/C-J-999-01';
    history.decide(this.registration(permitId, '2026-01-05T15:00:00Z'));
    history.decide(this.planApproval(permitId, '2026-01-20T15:00:00Z'));
    history.decide(this.extraction(permitId, 'LOT-FLOOR', CEDRO, MEASURED_M3, new Date(), '2026-11-20'));
    return history.events.at(-1)!;
  }

  private registration(permitId: string, occurredAt: string): CommandEnvelope<PermitCommand> {
    const command: RegisterPermit = {
      type: 'RegisterPermit',
      data: {
        permitId,
        kind: 'concession',
        holderTaxId: HOLDER,
        authority: AUTHORITY,
        resolutionNumber: 'RD-0700-2024-GRU-GGR-GERFOR',
        area: rectangle(-74.7, -8.5, -74.4, -8.3),
        validity: { from: '2024-01-01', to: '2063-12-31' },
      },
    };
    return this.request(`harvest/register-permit/${permitId}`, REGULATOR, command, occurredAt);
  }

  private planApproval(permitId: string, occurredAt: string): CommandEnvelope<PermitCommand> {
    const authorised = cubicMetres(this.authorisedM3);
    const command: ApproveHarvestPlan = {
      type: 'ApproveHarvestPlan',
      data: {
        permitId,
        planId: PLAN_ID,
        validity: PLAN_VALIDITY,
        harvestAreas: [HARVEST_AREA],
        species: [
          { species: CEDRO, authorised, minimumCuttingDiameterCm: 65 },
          { species: TORNILLO, authorised },
        ],
      },
    };
    return this.request(`harvest/approve-harvest-plan/${permitId}`, REGULATOR, command, occurredAt);
  }

  private extraction(permitId: string, lotId: string, species: string, m3: number, at: Date, harvestDate = at.toISOString().slice(0, 10)): CommandEnvelope<PermitCommand> {
    const command: RecordExtraction = {
      type: 'RecordExtraction',
      data: {
        permitId,
        planId: PLAN_ID,
        lotId,
        species,
        volume: cubicMetres(m3),
        pieces: Math.max(1, Math.round(m3 / 4)),
        harvestDate,
        geolocation: { type: 'Point', coordinates: [PLOT[0], PLOT[1]] },
        pointDecimals: [6, 6],
      },
    };
    return this.request(`harvest/record-extraction/${permitId}`, HOLDER_CLERK, command, at.toISOString());
  }

  /** A guide custody issued, counted by harvest's consumer of `GuideIssued` (its command id made from the message). */
  private guideCounted(permitId: string, guide: number, species: string, issuedAt: Date): CommandEnvelope<PermitCommand> {
    const guideNumber = `GTF-2026-${String(guide).padStart(6, '0')}`;
    const command: RecordVolumeMoved = { type: 'RecordVolumeMoved', data: { permitId, planId: PLAN_ID, guideNumber, lines: [{ species, volume: cubicMetres(GUIDE_M3) }] } };
    const issuing = uuidFromName(`bench-streams/issue-guide/${guideNumber}`);
    const message: IntegrationMessage = {
      id: uuidFromName(`custody/guide-${guideNumber}/GuideIssued`),
      streamId: `guide-${guideNumber}`,
      type: 'GuideIssued',
      version: 1,
      data: command.data,
      metadata: { correlationId: issuing, causationId: issuing, actor: HOLDER_CLERK, occurredAt: issuedAt.toISOString() },
    };
    return inboundEnvelope(GUIDE_CONSUMER, message, command);
  }

  /** As an HTTP request with an Idempotency-Key makes it: command id and request digest. */
  private request<C extends PermitCommand>(scope: string, actor: Actor, command: C, occurredAt: string): CommandEnvelope<PermitCommand> {
    const { id, requestDigest } = commandIdFor(scope, actor, `bench-${++this.keys}`, command.data);
    return { id, command, actor, occurredAt, ...(requestDigest === undefined ? {} : { requestDigest }) };
  }
}
