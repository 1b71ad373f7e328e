import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import { assertGrantsCites } from '../cites-permit-access.js';
import { onCitesPermit } from '../cites-permit-stream.js';
import type { CitesPermitState } from '../domain/cites-permit.js';
import type { RevokeCitesPermitDto } from './revoke-cites-permit.dto.js';

/** From the revocation on, the permit covers no load; scans observed before it are judged as they were. */
@Injectable()
export class RevokeCitesPermitHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(number: string, body: RevokeCitesPermitDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<CitesPermitState> {
    assertGrantsCites(actor);
    const { id, requestDigest } = commandIdFor(`custody/revoke-cites-permit/${number}`, actor, idempotencyKey, body);
    const command = { type: 'RevokeCitesPermit', data: { number, reason: body.reason, at: new Date().toISOString() } } as const;
    const { state } = await onCitesPermit(this.store, number, { id, command, actor, occurredAt: command.data.at, requestDigest });
    return state;
  }
}
