import { assertActs, NotActingFor, Role, roleLabel } from '#auth';
import type { Actor } from '#shared-kernel';
import type { Permit } from './domain/permit.state.js';

/** The national forest authority: it may act for any regional authority. */
const SERFOR = 'SERFOR';
/** Supervises permit holders in the field and may suspend or cancel any permit. */
const OSINFOR = 'OSINFOR';

/** A regional authority (or OSINFOR) registers permits it grants; SERFOR registers for any authority. */
export function assertMayRegister(actor: Actor, authority: string): void {
  assertRegulatorAmong(actor, [authority, SERFOR], `register permits granted by ${authority}`);
}

/** Harvest plans are approved by the authority that granted the permit, or by SERFOR. */
export function assertMayApprovePlan(actor: Actor, permit: Permit): void {
  assertRegulatorAmong(actor, [permit.authority, SERFOR], `approve harvest plans of permit ${permit.permitId}`);
}

/** Suspension, reinstatement and cancellation: the granting authority, SERFOR, or OSINFOR (which sanctions holders). */
export function assertMayChangeStanding(actor: Actor, permit: Permit): void {
  assertRegulatorAmong(actor, [permit.authority, SERFOR, OSINFOR], `change the standing of permit ${permit.permitId}`);
}

/** Only the holder (the token's organisation is the permit's RUC) records what it extracts. */
export function assertHolderOf(actor: Actor, permit: Permit): void {
  assertActs(actor, { role: Role.PermitHolder, organisation: permit.holderTaxId }, 'record extractions under permits held by');
}

/** Regulators read every permit (oversight crosses regions); a permit holder reads its own only. */
export function assertMayRead(actor: Actor, holderTaxId: string): void {
  if (actor.role === Role.Regulator) return;
  assertActs(actor, { role: Role.PermitHolder, organisation: holderTaxId }, 'read permits held by');
}

function assertRegulatorAmong(actor: Actor, authorities: readonly string[], action: string): void {
  const allowed = [...new Set(authorities)];
  if (actor.role === Role.Regulator && actor.organisation !== undefined && allowed.includes(actor.organisation)) return;
  throw new NotActingFor(`Only a regulator of ${allowed.join(' or ')} may ${action}, not the ${roleLabel(actor.role)} of ${actor.organisation ?? 'no organisation'}`, {
    required: allowed.map((organisation) => ({ role: Role.Regulator, organisation })),
    actor: { role: actor.role, organisation: actor.organisation },
  });
}
