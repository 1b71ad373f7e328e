import { NotActingFor, Role, roleLabel } from '#auth';
import type { Actor } from '#shared-kernel';

// Lots and guides are read by regulators, and by the parties they name: `role:organisation` keys.

export function party(role: string, organisation: string): string {
  return `${role}:${organisation}`;
}

/** Regulators read everything; anyone else only what names them among its parties. */
export function mayRead(actor: Actor, parties: readonly string[]): boolean {
  return actor.role === Role.Regulator || (actor.organisation !== undefined && parties.includes(party(actor.role, actor.organisation)));
}

export function assertMayRead(actor: Actor, parties: readonly string[], what: string): void {
  if (mayRead(actor, parties)) return;
  throw new NotActingFor(`The ${roleLabel(actor.role)} of ${actor.organisation ?? 'no organisation'} may not read ${what}`, {
    actor: { role: actor.role, organisation: actor.organisation },
  });
}
