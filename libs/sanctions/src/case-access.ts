import { type AuthenticatedActor, NotActingFor, Role } from '#auth';
import type { InfractionCase } from './domain/case.state.js';

/** The tax ids a case is against: the one charged, and the guide's or permit's holder named by the facts. */
export function partiesOf(found: InfractionCase): string[] {
  return [...new Set([found.charges?.accusedTaxId, found.subject.holderTaxId].filter((taxId): taxId is string => taxId !== undefined))];
}

/** A carrier is party to the case of a load it drove, or to one that charges it. */
function carries(actor: AuthenticatedActor, found: InfractionCase): boolean {
  return actor.organisation !== undefined && (actor.organisation === found.subject.driverId || actor.organisation === found.charges?.accusedTaxId);
}

/** A regulator of the case's authority, or of the body hearing its appeal; the party the case is against, its facility's processor, its load's carrier. */
export function mayRead(actor: AuthenticatedActor, found: InfractionCase): boolean {
  if (actor.role === Role.Regulator) return actor.organisation === found.authority || actor.organisation === found.review?.reviewingBody;
  if (actor.role === Role.Processor) return found.subject.facilityId !== undefined && actor.organisation === found.subject.facilityId;
  if (actor.role === Role.Carrier) return carries(actor, found);
  return actor.role === Role.PermitHolder && actor.organisation !== undefined && partiesOf(found).includes(actor.organisation);
}

/** The party charged acts for itself: as a permit holder or carrier of the document charged, or as the processor of the facility when its holder is charged. */
export function actsForAccused(actor: AuthenticatedActor, found: InfractionCase): boolean {
  const accused = found.charges?.accusedTaxId;
  if (accused === undefined) return false;
  if (actor.role === Role.PermitHolder || actor.role === Role.Carrier) return actor.organisation === accused;
  return actor.role === Role.Processor && actor.organisation === found.subject.facilityId && accused === found.subject.holderTaxId;
}

export function assertMayRead(actor: AuthenticatedActor, found: InfractionCase): void {
  if (!mayRead(actor, found)) throw new NotActingFor(`Case ${found.caseId} is ${found.authority}'s and its parties' only`, { caseId: found.caseId, actor: { role: actor.role, organisation: actor.organisation } });
}

/** Steps of the procedure are the authority's own; a review, its reviewing body's. */
export function assertActsForAuthority(actor: AuthenticatedActor, found: InfractionCase, body = found.authority): void {
  if (actor.role === Role.Regulator && actor.organisation === body) return;
  throw new NotActingFor(`Only a regulator of ${body} may take this step in case ${found.caseId}, not the ${actor.role.replaceAll('_', ' ')} of ${actor.organisation ?? 'no organisation'}`, {
    caseId: found.caseId,
    required: { role: Role.Regulator, organisation: body },
    actor: { role: actor.role, organisation: actor.organisation },
  });
}
