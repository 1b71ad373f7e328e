import { type AuthenticatedActor, NotActingFor, Role } from '#auth';
import { DomainError } from '#shared-kernel';
import type { LineageView } from './domain/lineage.js';
import { exportersOf } from './domain/lot-owner.js';

export class LotNotFound extends DomainError {
  constructor(lotId: string) {
    super('not_found', 'lot_not_found', `No fact about lot ${lotId} has reached the certificates yet`, { lotId });
  }
}

/** Regulators read every lot's lineage; an exporter, the lots delivered to it. */
export function assertMayReadLot(actor: AuthenticatedActor, view: LineageView): void {
  if (actor.role === Role.Regulator) return;
  if (actor.role === Role.Exporter && exportersOf(view).has(actor.organisation)) return;
  throw new NotActingFor(`Lot ${view.lot.lotId} was not delivered to the ${actor.role.replaceAll('_', ' ')} of ${actor.organisation}`, { lotId: view.lot.lotId, actor: { role: actor.role, organisation: actor.organisation } });
}

/** Regulators read every certificate; an exporter, its own. */
export function assertMayReadCertificate(actor: AuthenticatedActor, certificate: { readonly certificateId: string; readonly exporterTaxId: string }): void {
  if (actor.role === Role.Regulator || (actor.role === Role.Exporter && actor.organisation === certificate.exporterTaxId)) return;
  throw new NotActingFor(`Certificate ${certificate.certificateId} is its exporter's and the regulators' only`, { certificateId: certificate.certificateId, actor: { role: actor.role, organisation: actor.organisation } });
}
