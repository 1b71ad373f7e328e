import { Module } from '@nestjs/common';
import { publicationProvider } from '#messaging';
import { liveViewProvider, readModelPort } from '#projections';
import { ApproveHarvestPlanController } from './approve-harvest-plan/approve-harvest-plan.controller.js';
import { ApproveHarvestPlanHandler } from './approve-harvest-plan/approve-harvest-plan.handler.js';
import { GuideIssuedConsumer } from './custody-inbound/guide-issued.consumer.js';
import { PermitListController } from './permit-list/permit-list.controller.js';
import { PermitListHandler } from './permit-list/permit-list.handler.js';
import { PERMIT_LIST } from './permit-list/permit-list.port.js';
import { permitListProjection } from './permit-list/permit-list.projection.js';
import { PermitListReadModel } from './permit-list/permit-list.read-model.js';
import { PermitStandingController } from './permit-standing/permit-standing.controller.js';
import { PermitStandingHandler } from './permit-standing/permit-standing.handler.js';
import { PermitViewController } from './permit-view/permit-view.controller.js';
import { PERMIT_VIEW, PermitBalanceHandler, PermitViewHandler } from './permit-view/permit-view.handlers.js';
import { harvestPublication } from './publication/harvest.publication.js';
import { RecordExtractionController } from './record-extraction/record-extraction.controller.js';
import { RecordExtractionHandler } from './record-extraction/record-extraction.handler.js';
import { RegisterPermitController } from './register-permit/register-permit.controller.js';
import { RegisterPermitHandler } from './register-permit/register-permit.handler.js';
import { PartyDisqualifiedConsumer } from './sanctions-inbound/party-disqualified.consumer.js';


/** The harvest context: its use cases, read models, publication and inbound translators. */
@Module({
  controllers: [
    RegisterPermitController,
    ApproveHarvestPlanController,
    PermitStandingController,
    RecordExtractionController,
    PermitListController,
    PermitViewController,
  ],
  providers: [
    RegisterPermitHandler,
    ApproveHarvestPlanHandler,
    PermitStandingHandler,
    RecordExtractionHandler,
    PermitViewHandler,
    PermitBalanceHandler,
    PermitListHandler,
    GuideIssuedConsumer,
    PartyDisqualifiedConsumer,
    ...readModelPort(PERMIT_LIST, permitListProjection, (model) => new PermitListReadModel(model)),
    liveViewProvider(PERMIT_VIEW),
    publicationProvider(harvestPublication),
  ],
})
export class HarvestModule {}
