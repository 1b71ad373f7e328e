import { jsonEvent, NO_STREAM, WrongExpectedVersionError, type EventData, type EventStoreDBClient } from '@eventstore/db-client';
import { keepRecentEvents, leaseStream, readLastEvent } from './bookkeeping-streams.js';

/** How long a claim lasts without renewal; the holder renews it three times as often. */
const LEASE_TTL_MS = 10_000;

export interface LeaseClaimed {
  readonly owner: string;
  /** Epoch milliseconds, on the claimant's clock: clocks that disagree by more than the TTL let two owners overlap. */
  readonly until: number;
}

/** Who holds a lease whose stream ends with `last`, seen at `now`: nobody once it is released or expired. */
export function leaseHolder(last: { readonly type: string; readonly data: unknown } | undefined, now: number): string | undefined {
  if (last?.type !== 'LeaseClaimed') return undefined;
  const { owner, until } = last.data as Partial<LeaseClaimed>;
  return typeof owner === 'string' && typeof until === 'number' && until > now ? owner : undefined;
}

function claimed(owner: string, until: number): EventData {
  return jsonEvent({ type: 'LeaseClaimed', data: { owner, until } satisfies LeaseClaimed });
}

/** One owner per name across processes: claims and renewals append at the revision last read, so of two claimants one wins. */
export class StreamLease {
  private readonly renewal: NodeJS.Timeout;
  private renewing: Promise<void> = Promise.resolve();
  private lost = false;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly stream: string,
    private readonly owner: string,
    private revision: bigint,
    private validUntil: number,
  ) {
    this.renewal = setInterval(() => (this.renewing = this.renewing.then(() => this.renew())), LEASE_TTL_MS / 3);
  }

  /** The lease, or undefined while another owner holds it or won the race to claim it. */
  static async claim(client: EventStoreDBClient, subscription: string, owner: string): Promise<StreamLease | undefined> {
    const stream = leaseStream(subscription);
    const last = await readLastEvent(client, stream);
    const holder = leaseHolder(last, Date.now());
    if (holder !== undefined && holder !== owner) return undefined;
    if (!last) await keepRecentEvents(client, stream);
    const until = Date.now() + LEASE_TTL_MS;
    try {
      const result = await client.appendToStream(stream, claimed(owner, until), { expectedRevision: last?.revision ?? NO_STREAM });
      return new StreamLease(client, stream, owner, result.nextExpectedRevision, until);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return undefined;
      throw error;
    }
  }

  /** False once another owner took the lease over, or once it lapsed for want of a successful renewal. */
  get held(): boolean {
    return !this.lost && Date.now() < this.validUntil;
  }

  /** Ends renewal and hands the lease back; if that write fails the lease simply expires. */
  async release(): Promise<void> {
    clearInterval(this.renewal);
    await this.renewing;
    if (!this.held) return;
    await this.client
      .appendToStream(this.stream, jsonEvent({ type: 'LeaseReleased', data: { owner: this.owner } }), { expectedRevision: this.revision })
      .catch(() => undefined);
  }

  private async renew(): Promise<void> {
    if (this.lost) return;
    const until = Date.now() + LEASE_TTL_MS;
    try {
      const result = await this.client.appendToStream(this.stream, claimed(this.owner, until), { expectedRevision: this.revision });
      this.revision = result.nextExpectedRevision;
      this.validUntil = until;
    } catch (error) {
      // Someone else wrote the lease, so it is theirs; any other failure leaves it to lapse unless a later renewal succeeds.
      if (error instanceof WrongExpectedVersionError) this.lost = true;
    }
  }
}
