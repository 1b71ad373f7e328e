import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { type Actor, DomainError, type StreamStore } from '#shared-kernel';
import { CASE_LIST, type CaseList } from '../case-list/case-list.port.js';
import type { CaseRow } from '../case-list/case-list.projection.js';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import { caseStream } from '../domain/case.decider.js';
import { DEADLINE_CHECK_INTERVAL } from './check-interval.js';
import { DEADLINE_CHECK, missedDeadline, MOVED_ON_WHEN_DUE } from './missed-deadline.js';

const CHECKER: Actor = { id: DEADLINE_CHECK, role: 'system' };
const PAGE = 100;

/**
 * Moves on the cases whose deadline passed, at an interval: what is due is read from the case list in the database,
 * never kept in memory, so a restart or another instance finds it alike. The command ids derive from the case and
 * its deadline, so a check that runs twice (or in two processes) moves a case once.
 */
@Injectable()
export class DeadlineCheck implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DEADLINE_CHECK);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CASE_LIST) private readonly cases: CaseList,
    @Inject(DEADLINE_CHECK_INTERVAL) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Moves on every case whose deadline passed by `now`; answers the ids of those it moved now. */
  async runOnce(now = new Date()): Promise<string[]> {
    const day = peruDateOf(now.toISOString());
    const moved: string[] = [];
    for (let after: CaseRow | undefined; ; ) {
      const rows = await this.cases.deadlinePassed(MOVED_ON_WHEN_DUE, day, PAGE, after);
      for (const row of rows) if (await this.moveOn(row, now)) moved.push(row.caseId);
      if (rows.length < PAGE) return moved;
      after = rows.at(-1);
    }
  }

  private tick(): void {
    // One check at a time: a slow one is not stacked on.
    if (this.running) return;
    this.running = this.runOnce()
      .catch((error: unknown) => this.logger.error(`check failed, tried again at the next interval: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }

  private async moveOn(row: CaseRow, now: Date): Promise<boolean> {
    const due = missedDeadline(row, now);
    if (!due) return false;
    try {
      const { events, replayed } = await caseStream.handle(this.store, row.caseId, { ...due, actor: CHECKER, occurredAt: now.toISOString() });
      return !replayed && events.length > 0;
    } catch (error) {
      // Reviewed or declared final by hand since the list was read: nothing is due on it any more.
      if (error instanceof DomainError) this.logger.log(`Case ${row.caseId} not moved on: ${error.code}: ${error.message}`);
      // One case failing leaves the others to be moved; it is tried again at the next check.
      else this.logger.error(`Case ${row.caseId} not checked, tried again at the next interval: ${String(error)}`);
      return false;
    }
  }
}
