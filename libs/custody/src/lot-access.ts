import { type ActingFor, assertActs, NotActingFor, Role, roleLabel } from '#auth';
import type { Actor } from '#shared-kernel';
import type { LotPlace } from './domain/lot.js';
import type { Lot, LotHold } from './domain/lot.state.js';

/** Authorities that act in every region. */
export const NATIONAL_AUTHORITIES: readonly string[] = ['SERFOR', 'OSINFOR'];

/** Where the lot is kept: where it rests or, on the road, where it left from (its dispatcher still answers for it). */
export function keptAt(lot: Lot): LotPlace {
  return lot.whereabouts.kind === 'resting' ? lot.whereabouts.place : lot.whereabouts.from;
}

/** Who acts for a place: the permit holder for its yard, the processor for its facility, the authority for what it seized. */
export function keeperOf(place: LotPlace): ActingFor {
  if (place.kind === 'holder') return { role: Role.PermitHolder, organisation: place.holderTaxId };
  return place.kind === 'facility' ? { role: Role.Processor, organisation: place.facilityId } : { role: Role.Regulator, organisation: place.authority };
}

/** Only whoever keeps the lot may ship, split or merge it. */
export function assertKeeps(actor: Actor, lot: Lot, verb: string): void {
  assertActs(actor, keeperOf(keptAt(lot)), `${verb} lot ${lot.lotId}, kept by`);
}

/** A hold is lifted (released or turned into a confiscation) by the authority that holds the lot, or a national one. */
export function assertMayActOnHold(actor: Actor, lot: Lot, verb: string): void {
  const hold: LotHold = lot.hold;
  if (hold.kind === 'none') return;
  const allowed = [...new Set([hold.authority, ...NATIONAL_AUTHORITIES])];
  if (actor.role === Role.Regulator && actor.organisation !== undefined && allowed.includes(actor.organisation)) return;
  throw new NotActingFor(`Only a regulator of ${allowed.join(' or ')} may ${verb} lot ${lot.lotId}, held under case ${hold.caseRef}; not the ${roleLabel(actor.role)} of ${actor.organisation ?? 'no organisation'}`, {
    required: allowed.map((organisation) => ({ role: Role.Regulator, organisation })),
    actor: { role: actor.role, organisation: actor.organisation },
  });
}
