import type { Actor } from '#shared-kernel';
import { NotActingFor } from './auth-errors.js';
import { roleLabel, type Role } from './role.js';

/** Whom an act belongs to: the role it needs and the organisation it is done for or at. */
export interface ActingFor {
  readonly role: Role;
  readonly organisation: string;
}

export function actsFor(actor: Actor, required: ActingFor): boolean {
  return actor.role === required.role && actor.organisation === required.organisation;
}

/**
 * Refuses with 403 unless the actor holds `required`; `action` is the verb phrase the organisation completes,
 * so `assertActs(actor, { role: 'checkpoint_operator', organisation: 'CP-Y' }, 'scan at')` refuses the
 * operator of CP-X with "The checkpoint operator of CP-X may scan at CP-X only, not CP-Y".
 */
export function assertActs(actor: Actor, required: ActingFor, action: string): void {
  if (actsFor(actor, required)) return;
  const details = { required, actor: { role: actor.role, organisation: actor.organisation } };
  if (actor.role === required.role && actor.organisation !== undefined) {
    throw new NotActingFor(`The ${roleLabel(actor.role)} of ${actor.organisation} may ${action} ${actor.organisation} only, not ${required.organisation}`, details);
  }
  throw new NotActingFor(
    `Only the ${roleLabel(required.role)} of ${required.organisation} may ${action} ${required.organisation}, not the ${actingAs(actor)}`,
    details,
  );
}

function actingAs(actor: Actor): string {
  return actor.organisation === undefined ? roleLabel(actor.role) : `${roleLabel(actor.role)} of ${actor.organisation}`;
}
