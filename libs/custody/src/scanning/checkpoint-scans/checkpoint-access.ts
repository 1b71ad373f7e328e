import { assertActs, NotActingFor, Role, roleLabel } from '#auth';
import type { Actor } from '#shared-kernel';
import { NATIONAL_AUTHORITIES } from '../../lot-access.js';

/** A checkpoint's scans are read by its own operator, by the authority running it, and by the national authorities. */
export function assertMayReadScansAt(actor: Actor, checkpoint: { readonly code: string; readonly authority: string }): void {
  if (actor.role === Role.CheckpointOperator) return assertActs(actor, { role: Role.CheckpointOperator, organisation: checkpoint.code }, 'read the scans at');
  const authorities = [...new Set([checkpoint.authority, ...NATIONAL_AUTHORITIES])];
  if (actor.role === Role.Regulator && actor.organisation !== undefined && authorities.includes(actor.organisation)) return;
  throw new NotActingFor(
    `Only the checkpoint operator of ${checkpoint.code} or a regulator of ${authorities.join(' or ')} may read the scans at ${checkpoint.code}; not the ${roleLabel(actor.role)} of ${actor.organisation ?? 'no organisation'}`,
    {
      required: [{ role: Role.CheckpointOperator, organisation: checkpoint.code }, ...authorities.map((organisation) => ({ role: Role.Regulator, organisation }))],
      actor: { role: actor.role, organisation: actor.organisation },
    },
  );
}
