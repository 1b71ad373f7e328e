import { actsFor, NotActingFor, Role } from '#auth';
import type { Actor } from '#shared-kernel';
import type { CitesPermitTerms } from './domain/cites-permit.js';

/** SERFOR is Peru's CITES management authority for timber: it alone grants and revokes the permits. */
export const CITES_AUTHORITY = { role: Role.Regulator, organisation: 'SERFOR' } as const;

export function assertGrantsCites(actor: Actor): void {
  if (actsFor(actor, CITES_AUTHORITY)) return;
  throw new NotActingFor(`Only SERFOR registers and revokes CITES permits; this token acts for ${actor.organisation ?? 'no organisation'}`, {
    required: CITES_AUTHORITY,
    actor: { role: actor.role, organisation: actor.organisation },
  });
}

/** Regulators read every permit; its holder, as permit holder or exporter under its RUC, its own. */
export function assertMayReadCitesPermit(actor: Actor, permit: CitesPermitTerms): void {
  const holder = (actor.role === Role.PermitHolder || actor.role === Role.Exporter) && actor.organisation === permit.holderTaxId;
  if (actor.role === Role.Regulator || holder) return;
  throw new NotActingFor(`CITES permit ${permit.number} is not held by ${actor.organisation ?? 'no organisation'}`, { actor: { role: actor.role, organisation: actor.organisation } });
}
