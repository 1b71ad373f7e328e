import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CertificateResponse } from '../certificate-file/certificate.response.js';
import type { CertificateRequestDto } from './certificate-request.dto.js';

/** An exporter asks for an origin certificate for one of its product lots. */
export class RequestCertificateCommand extends Command<CertificateResponse> {
  constructor(
    readonly body: CertificateRequestDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
