import { type ActingFor, actsFor, assertActs, NotActingFor, Role, roleLabel } from '#auth';
import type { Actor } from '#shared-kernel';
import type { IssuedGuide } from './domain/guide.js';
import type { GuideHold } from './domain/guide.state.js';
import { NATIONAL_AUTHORITIES } from './lot-access.js';
import { party } from './read-access.js';

/** Who issues a guide: the permit holder for a permit's timber, the processor for its products. */
export function issuerOf(guide: Pick<IssuedGuide, 'origin' | 'holderTaxId'>): ActingFor {
  return guide.origin.kind === 'permit'
    ? { role: Role.PermitHolder, organisation: guide.holderTaxId }
    : { role: Role.Processor, organisation: guide.origin.processorId };
}

export function assertMayIssue(actor: Actor, guide: Pick<IssuedGuide, 'origin' | 'holderTaxId'>): void {
  const issuer = issuerOf(guide);
  assertActs(actor, issuer, issuer.role === Role.PermitHolder ? 'issue guides for timber held by' : 'issue guides for products of');
}

/** The issuer takes its guide back; so may the authority that registered it, or a national one. */
export function assertMayAnnul(actor: Actor, guide: IssuedGuide): void {
  if (actsFor(actor, issuerOf(guide))) return;
  const authorities = [...new Set([guide.authority, ...NATIONAL_AUTHORITIES])];
  if (actor.role === Role.Regulator && actor.organisation !== undefined && authorities.includes(actor.organisation)) return;
  const issuer = issuerOf(guide);
  throw new NotActingFor(
    `Only the ${roleLabel(issuer.role)} of ${issuer.organisation} or a regulator of ${authorities.join(' or ')} may annul guide ${guide.number}; not the ${roleLabel(actor.role)} of ${actor.organisation ?? 'no organisation'}`,
    { required: [issuer, ...authorities.map((organisation) => ({ role: Role.Regulator, organisation }))], actor: { role: actor.role, organisation: actor.organisation } },
  );
}

/** A scan's hold on the load is lifted by the authority of the checkpoint that held it, or a national one. */
export function assertMayReleaseHold(actor: Actor, guideNumber: string, hold: GuideHold): void {
  const authorities = [...new Set([hold.authority, ...NATIONAL_AUTHORITIES])];
  if (actor.role === Role.Regulator && actor.organisation !== undefined && authorities.includes(actor.organisation)) return;
  throw new NotActingFor(`Only a regulator of ${authorities.join(' or ')} may release the load of guide ${guideNumber} held under ${hold.caseRef}; not the ${roleLabel(actor.role)} of ${actor.organisation ?? 'no organisation'}`, {
    required: authorities.map((organisation) => ({ role: Role.Regulator, organisation })),
    actor: { role: actor.role, organisation: actor.organisation },
  });
}

/** Only the processor at the destination takes delivery. */
export function assertMayReceive(actor: Actor, guide: IssuedGuide): void {
  assertActs(actor, { role: Role.Processor, organisation: guide.destination.facilityId }, `take delivery of guide ${guide.number} at`);
}

/**
 * Everyone a guide concerns besides regulators, as `role:organisation`: the holder, issuer and owner;
 * the processors it leaves from and goes to; the checkpoints of its trajectory; an exporter it is consigned to.
 */
export function guideParties(guide: IssuedGuide): string[] {
  const parties = [
    ...[guide.holderTaxId, guide.issuerTaxId, guide.ownerTaxId].map((taxId) => party(Role.PermitHolder, taxId)),
    ...[guide.destination.facilityId, guide.consignee.facilityId].map((facilityId) => party(Role.Processor, facilityId)),
    ...(guide.origin.kind === 'processor' ? [party(Role.Processor, guide.origin.processorId)] : []),
    ...guide.trajectory.checkpoints.map((checkpoint) => party(Role.CheckpointOperator, checkpoint.code)),
    ...(guide.consignee.kind === 'exporter' ? [party(Role.Exporter, guide.consignee.taxId)] : []),
  ];
  return [...new Set(parties)];
}
