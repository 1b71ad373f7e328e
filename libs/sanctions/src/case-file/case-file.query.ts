import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CaseFileResponse } from './case-file.response.js';

export class CaseFileQuery extends Query<CaseFileResponse> {
  constructor(
    readonly caseId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
