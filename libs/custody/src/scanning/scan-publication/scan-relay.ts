import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { MESSAGE_BUS, type MessageBus, messagesOf } from '#messaging';
import type { RecordedEvent } from '#shared-kernel';
import type { IssuedGuide } from '../../domain/guide.js';
import type { ShipmentScanned } from '../../domain/guide.events.js';
import { CheckpointedSubscriber } from '../checkpointed-subscriber.js';
import { issuedGuide } from '../issued-guide.js';
import { SCAN_RELAY, scanIntegrationEvents } from './scan.publication.js';

/**
 * The relay of scans: publishes a batch, then checkpoints (at-least-once), message ids derived from the
 * recorded event. Unlike a plain publication it reads the guide of a flagged scan, because `ShipmentFlagged` names
 * its lots and holder; the guide as issued never changes once scanned, so a redelivery is identical.
 */
@Injectable()
export class ScanRelay extends CheckpointedSubscriber {
  protected readonly logger = new Logger(SCAN_RELAY.name);

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {
    super(store, { name: SCAN_RELAY.name, filter: { eventTypes: SCAN_RELAY.eventTypes, streamPrefixes: SCAN_RELAY.streamPrefixes } });
  }

  protected async handle(events: readonly RecordedEvent[]): Promise<void> {
    const guides = new Map<string, Promise<IssuedGuide | undefined>>();
    const guideOf = (guideNumber: string) => guides.get(guideNumber) ?? guides.set(guideNumber, issuedGuide(this.store, guideNumber)).get(guideNumber)!;
    const messages = [];
    for (const event of events as readonly (RecordedEvent & ShipmentScanned)[]) {
      // Only `ShipmentFlagged` names the guide's lots and holder: a scan that holds nothing is published without reading the guide.
      const flagged = event.data.verdict.decision === 'immobilise';
      const published = scanIntegrationEvents(event.data, flagged ? await guideOf(event.data.guideNumber) : undefined);
      messages.push(...messagesOf(event, { publish: () => published }));
    }
    await this.bus.publish(messages);
  }
}
