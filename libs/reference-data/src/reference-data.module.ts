import { Global, Module } from '@nestjs/common';
import { REFERENCE_DATA } from './integration/reference-data.js';
import { ProposeRouteController } from './propose-route/propose-route.controller.js';
import { ProposeRouteHandler } from './propose-route/propose-route.handler.js';
import { PublishShippedVersions } from './publish-shipped/publish-shipped-versions.js';
import { PublishReferenceVersionController } from './publish-version/publish-reference-version.controller.js';
import { PublishReferenceVersionHandler } from './publish-version/publish-reference-version.handler.js';
import { ReferenceCatalogueController } from './read-catalogue/reference-catalogue.controller.js';
import { CatalogueInForceHandler, SpeciesInForceHandler, VersionHistoryHandler } from './read-catalogue/reference-catalogue.handlers.js';
import { ReferenceDataService } from './versions/reference-data.service.js';
import { ReferenceVersions } from './versions/reference-versions.js';

/** Global, so any context injects `REFERENCE_DATA` (from `#reference-data/integration`) without importing this module. */
@Global()
@Module({
  controllers: [ReferenceCatalogueController, PublishReferenceVersionController, ProposeRouteController],
  providers: [
    ReferenceVersions,
    ReferenceDataService,
    { provide: REFERENCE_DATA, useExisting: ReferenceDataService },
    PublishReferenceVersionHandler,
    VersionHistoryHandler,
    SpeciesInForceHandler,
    CatalogueInForceHandler,
    ProposeRouteHandler,
    PublishShippedVersions,
  ],
  exports: [REFERENCE_DATA],
})
export class ReferenceDataModule {}
