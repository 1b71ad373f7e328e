import { assertActs, NotActingFor, Role, roleLabel } from '#auth';
import type { Actor } from '#shared-kernel';

/** The national forest authority: it may act for any regional authority. */
const SERFOR = 'SERFOR';
/** Supervises and sanctions: it may suspend or reinstate any processor. */
const OSINFOR = 'OSINFOR';

/** A regulator registers processors its own authority authorises; SERFOR registers for any authority. */
export function assertMayRegister(actor: Actor, authority: string): void {
  assertRegulatorAmong(actor, [authority, SERFOR], `register processors authorised by ${authority}`);
}

/** Suspension and reinstatement: the authority that authorised the processor, SERFOR or OSINFOR. */
export function assertMayChangeStanding(actor: Actor, facilityId: string, authority: string): void {
  assertRegulatorAmong(actor, [authority, SERFOR, OSINFOR], `change the standing of processor ${facilityId}`);
}

/** Only the facility itself (the token's organisation is its facility id) records what it transforms. */
export function assertIsProcessor(actor: Actor, facilityId: string): void {
  assertActs(actor, { role: Role.Processor, organisation: facilityId }, 'record transformations at');
}

/** Regulators read every processor (oversight crosses regions); a processor reads its own books only. */
export function assertMayRead(actor: Actor, facilityId: string): void {
  if (actor.role === Role.Regulator) return;
  assertActs(actor, { role: Role.Processor, organisation: facilityId }, 'read the books of');
}

function assertRegulatorAmong(actor: Actor, authorities: readonly string[], action: string): void {
  const allowed = [...new Set(authorities)];
  if (actor.role === Role.Regulator && actor.organisation !== undefined && allowed.includes(actor.organisation)) return;
  throw new NotActingFor(`Only a regulator of ${allowed.join(' or ')} may ${action}, not the ${roleLabel(actor.role)} of ${actor.organisation ?? 'no organisation'}`, {
    required: allowed.map((organisation) => ({ role: Role.Regulator, organisation })),
    actor: { role: actor.role, organisation: actor.organisation },
  });
}
