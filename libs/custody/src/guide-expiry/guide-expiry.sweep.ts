import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { type Actor, DomainError, type StreamStore, uuidFromName } from '#shared-kernel';
import type { ExpireGuide } from '../domain/guide.commands.js';
import { GuideHeld } from '../domain/guide.errors.js';
import { GUIDE_LIST, type GuideList } from '../guide-list/guide-list.port.js';
import type { GuideListRow } from '../guide-list/guide-list.projection.js';
import { guideFact } from '../guide-lots/guide-facts.js';
import { GuideLots } from '../guide-lots/guide-lots.js';
import { GUIDE_EXPIRY_SWEEP_INTERVAL } from './sweep-interval.js';
import { guideStream } from '../domain/guide.decider.js';

const SWEEP = 'custody.guide-expiry';
const SWEEPER: Actor = { id: SWEEP, role: 'system' };
const BATCH = 100;

/**
 * Closes open guides past their expiry and releases their lots, at an interval; a guide whose load a scan holds is
 * left open. The command ids derive from the guide number, so a sweep that runs twice (or in two processes) expires once.
 */
@Injectable()
export class GuideExpirySweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SWEEP);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(GUIDE_LIST) private readonly guides: GuideList,
    @Inject(GUIDE_EXPIRY_SWEEP_INTERVAL) private readonly intervalMs: number,
    private readonly lots: GuideLots,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Expires every open guide whose expiry is at or before `now`; answers the numbers it expired. */
  async sweep(now = new Date()): Promise<string[]> {
    const expired: string[] = [];
    for (const row of await this.guides.openExpiredBy(now, BATCH)) {
      if (await this.expire(row, now)) expired.push(row.number);
    }
    return expired;
  }

  private tick(): void {
    // One sweep at a time: a slow one is not stacked on.
    if (this.running) return;
    this.running = this.sweep()
      .catch((error: unknown) => this.logger.error(`sweep failed, retrying at the next interval: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }

  private async expire(row: GuideListRow, now: Date): Promise<boolean> {
    const id = uuidFromName(`${SWEEP}/${row.number}`);
    const command: ExpireGuide = { type: 'ExpireGuide', data: { at: now.toISOString() } };
    try {
      const { events } = await guideStream.handle(this.store, row.number, { id, command, actor: SWEEPER, occurredAt: now.toISOString() });
      const expired = guideFact(row.number, events, 'GuideExpired');
      if (expired) await this.lots.close(expired, row.lots);
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Held at a checkpoint: left open until released, and tried again at the next sweep.
      if (error instanceof GuideHeld) return false;
      // Delivered or annulled since the list was read: its lots were dealt with then.
      this.logger.log(`Guide ${row.number} not expired: ${error.code}: ${error.message}`);
      return false;
    }
  }
}
