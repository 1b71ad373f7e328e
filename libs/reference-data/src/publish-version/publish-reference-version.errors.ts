import { NotActingFor } from '#auth';
import type { Actor } from '#shared-kernel';

/** The national forest authority keeps the reference data; regional authorities and OSINFOR read it. */
export const PUBLISHER = { role: 'regulator', organisation: 'SERFOR' } as const;

export function onlySerforPublishes(actor: Actor): NotActingFor {
  return new NotActingFor(`Only SERFOR publishes reference data; this token acts for ${actor.organisation ?? 'no organisation'}`, {
    required: PUBLISHER,
    actor: { role: actor.role, organisation: actor.organisation },
  });
}
