import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type AuthenticatedActor, NotActingFor, Role } from '#auth';
import { CERTIFICATE_LIST, type CertificateList } from './certificate-list.port.js';
import type { CertificateListParams } from './certificate-list.params.js';
import type { CertificateRow } from './certificate-list.projection.js';

export class CertificateListQuery extends Query<{ certificates: CertificateRow[] }> {
  constructor(
    readonly params: CertificateListParams,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** Regulators list every certificate; an exporter, its own, refused requests included. */
@QueryHandler(CertificateListQuery)
export class CertificateListHandler implements IQueryHandler<CertificateListQuery> {
  constructor(@Inject(CERTIFICATE_LIST) private readonly certificates: CertificateList) {}

  async execute({ params, actor }: CertificateListQuery): Promise<{ certificates: CertificateRow[] }> {
    const { limit = 50, ...filter } = params;
    if (actor.role === Role.Exporter) {
      if (filter.exporterTaxId !== undefined && filter.exporterTaxId !== actor.organisation) {
        throw new NotActingFor(`The exporter ${actor.organisation} may list its own certificates only, not ${filter.exporterTaxId}'s`, { exporterTaxId: filter.exporterTaxId });
      }
      return { certificates: await this.certificates.find({ ...filter, exporterTaxId: actor.organisation }, limit) };
    }
    return { certificates: await this.certificates.find(filter, limit) };
  }
}
