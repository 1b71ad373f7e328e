import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, RecentReads } from '#event-store';
import type { StreamStore } from '#shared-kernel';
import type { FacilityRegister } from './facility-register.js';
import type { PermitRegister } from './permit-register.js';
import { SCAN_SETTINGS, type ScanSettings } from '../settings/scan-settings.js';
import { facilityRegisterStream } from './facility-register.js';
import { permitRegisterStream } from './permit-register.js';

/**
 * The registers scans are judged on, read at most once per `factsFreshForMs` per permit or facility: every scan
 * reads its origin's and destination's, and they change only when harvest or processing announce something. A
 * note made in this process is seen at once.
 */
@Injectable()
export class RegisterReads {
  private readonly permits: RecentReads<PermitRegister>;
  private readonly facilities: RecentReads<FacilityRegister>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(SCAN_SETTINGS) settings: ScanSettings,
  ) {
    this.permits = new RecentReads(settings.factsFreshForMs);
    this.facilities = new RecentReads(settings.factsFreshForMs);
  }

  permit(permitId: string): Promise<PermitRegister> {
    return this.permits.read(permitRegisterStream.streamId(permitId), () => permitRegisterStream.load(this.store, permitId));
  }

  facility(facilityId: string): Promise<FacilityRegister> {
    return this.facilities.read(facilityRegisterStream.streamId(facilityId), () => facilityRegisterStream.load(this.store, facilityId));
  }

  /** After this process noted something on a permit's register. */
  permitNoted(permitId: string): void {
    this.permits.forget(permitRegisterStream.streamId(permitId));
  }

  /** After this process noted something on a facility's register. */
  facilityNoted(facilityId: string): void {
    this.facilities.forget(facilityRegisterStream.streamId(facilityId));
  }
}
