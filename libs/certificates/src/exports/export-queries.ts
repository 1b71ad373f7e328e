import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { EpcisDocument } from '../domain/exports/epcis-document.js';
import type { EudrStatement } from '../domain/exports/eudr-statement.js';
import type { LaceyDeclaration } from '../domain/exports/lacey-declaration.js';

/** A lot's chain of custody as one EPCIS 2.0 document. */
export class EpcisExportQuery extends Query<EpcisDocument> {
  constructor(
    readonly lotId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** A certificate's data for the EU due diligence statement. */
export class EudrExportQuery extends Query<EudrStatement> {
  constructor(
    readonly certificateId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** A certificate's data for the US Lacey Act declaration. */
export class LaceyExportQuery extends Query<LaceyDeclaration> {
  constructor(
    readonly certificateId: string,
    readonly actor: AuthenticatedActor,
    readonly value?: { readonly amount: string; readonly currency: string },
  ) {
    super();
  }
}
