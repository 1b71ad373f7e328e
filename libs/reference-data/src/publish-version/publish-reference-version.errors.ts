import { NotActingFor } from '#auth';
import { DomainError, type Actor } from '#shared-kernel';
import type { Catalogue } from '../domain/catalogue.js';

/** The national forest authority keeps the reference data; regional authorities and OSINFOR read it. */
export const PUBLISHER = { role: 'regulator', organisation: 'SERFOR' } as const;

export function onlySerforPublishes(actor: Actor): NotActingFor {
  return new NotActingFor(`Only SERFOR publishes reference data; this token acts for ${actor.organisation ?? 'no organisation'}`, {
    required: PUBLISHER,
    actor: { role: actor.role, organisation: actor.organisation },
  });
}

export class IdempotencyKeyReused extends DomainError {
  constructor(catalogue: Catalogue, version: number) {
    super('conflict', 'idempotency_key_reused', `This Idempotency-Key already published version ${version} of ${catalogue} with a different body`, {
      catalogue,
      publishedVersion: version,
    });
  }
}
