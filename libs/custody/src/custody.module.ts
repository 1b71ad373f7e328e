import { type DynamicModule, Module } from '@nestjs/common';
import { CitesPermitViewController } from './cites-permit-view/cites-permit-view.controller.js';
import { CITES_PERMIT_VIEW, CitesPermitViewHandler } from './cites-permit-view/cites-permit-view.handler.js';
import { RegisterCitesPermitController } from './register-cites-permit/register-cites-permit.controller.js';
import { RegisterCitesPermitHandler } from './register-cites-permit/register-cites-permit.handler.js';
import { RevokeCitesPermitController } from './revoke-cites-permit/revoke-cites-permit.controller.js';
import { RevokeCitesPermitHandler } from './revoke-cites-permit/revoke-cites-permit.handler.js';
import { publicationProvider } from '#messaging';
import { liveViewProvider, readModelPort } from '#projections';
import { AnnulGuideController } from './annul-guide/annul-guide.controller.js';
import { AnnulGuideHandler } from './annul-guide/annul-guide.handler.js';
import { RecordTransshipmentController } from './record-transshipment/record-transshipment.controller.js';
import { RecordTransshipmentHandler } from './record-transshipment/record-transshipment.handler.js';
import { ConfiscateLotController } from './confiscate-lot/confiscate-lot.controller.js';
import { ConfiscateLotHandler } from './confiscate-lot/confiscate-lot.handler.js';
import { DisposeConfiscatedLotController } from './dispose-confiscated-lot/dispose-confiscated-lot.controller.js';
import { DisposeConfiscatedLotHandler } from './dispose-confiscated-lot/dispose-confiscated-lot.handler.js';
import { DeliverGuideController } from './deliver-guide/deliver-guide.controller.js';
import { DeliverGuideHandler } from './deliver-guide/deliver-guide.handler.js';
import { GuideExpirySweep } from './guide-expiry/guide-expiry.sweep.js';
import type { CustodySettings } from './custody-settings.js';
import { GUIDE_EXPIRY_SWEEP_INTERVAL } from './guide-expiry/sweep-interval.js';
import { GuideListController } from './guide-list/guide-list.controller.js';
import { GuideListHandler } from './guide-list/guide-list.handler.js';
import { GUIDE_LIST } from './guide-list/guide-list.port.js';
import { guideListProjection } from './guide-list/guide-list.projection.js';
import { GuideListReadModel } from './guide-list/guide-list.read-model.js';
import { GuideViewController } from './guide-view/guide-view.controller.js';
import { GUIDE_VIEW, GuideViewHandler } from './guide-view/guide-view.handler.js';
import { LotExtractedConsumer } from './harvest-inbound/lot-extracted.consumer.js';
import { PartyDisqualifiedConsumer } from './sanctions-inbound/party-disqualified.consumer.js';
import { ImmobiliseLotController } from './immobilise-lot/immobilise-lot.controller.js';
import { ImmobiliseLotHandler } from './immobilise-lot/immobilise-lot.handler.js';
import { IssueGuideController } from './issue-guide/issue-guide.controller.js';
import { IssueGuideHandler } from './issue-guide/issue-guide.handler.js';
import { LotViewController } from './lot-view/lot-view.controller.js';
import { LOT_VIEW, LotViewHandler } from './lot-view/lot-view.handler.js';
import { MergeLotsController } from './merge-lots/merge-lots.controller.js';
import { MergeLotsHandler } from './merge-lots/merge-lots.handler.js';
import { TransformationRecordedConsumer } from './processing-inbound/transformation-recorded.consumer.js';
import { custodyPublication } from './publication/custody.publication.js';
import { ReleaseGuideController } from './release-guide/release-guide.controller.js';
import { ReleaseGuideHandler } from './release-guide/release-guide.handler.js';
import { GuideIssuance } from './guide-lots/guide-issuance.js';
import { CaseClosedConsumer } from './case-outcome/case-closed.consumer.js';
import { GuideLots } from './guide-lots/guide-lots.js';
import { GuideLotsProcess } from './guide-lots/guide-lots.process.js';
import { LotLineage } from './lot-lineage/lot-lineage.js';
import { LotLineageProcess } from './lot-lineage/lot-lineage.process.js';
import { ReleaseLotController } from './release-lot/release-lot.controller.js';
import { ReleaseLotHandler } from './release-lot/release-lot.handler.js';
import { ScanningModule } from './scanning/scanning.module.js';
import { StoreConfiscatedLotController } from './store-confiscated-lot/store-confiscated-lot.controller.js';
import { StoreConfiscatedLotHandler } from './store-confiscated-lot/store-confiscated-lot.handler.js';
import { SplitLotController } from './split-lot/split-lot.controller.js';
import { SplitLotHandler } from './split-lot/split-lot.handler.js';


/** The custody context: lots and guides, their publication and inbound translators; scans in their own module. */
@Module({
  controllers: [
    IssueGuideController,
    AnnulGuideController,
    RecordTransshipmentController,
    DeliverGuideController,
    ReleaseGuideController,
    GuideListController,
    GuideViewController,
    ImmobiliseLotController,
    ReleaseLotController,
    ConfiscateLotController,
    StoreConfiscatedLotController,
    DisposeConfiscatedLotController,
    MergeLotsController,
    SplitLotController,
    LotViewController,
    RegisterCitesPermitController,
    RevokeCitesPermitController,
    CitesPermitViewController,
  ],
  providers: [
    IssueGuideHandler,
    AnnulGuideHandler,
    RecordTransshipmentHandler,
    DeliverGuideHandler,
    ReleaseGuideHandler,
    GuideIssuance,
    GuideLots,
    GuideLotsProcess,
    CaseClosedConsumer,
    LotLineage,
    LotLineageProcess,
    ImmobiliseLotHandler,
    ReleaseLotHandler,
    ConfiscateLotHandler,
    StoreConfiscatedLotHandler,
    DisposeConfiscatedLotHandler,
    SplitLotHandler,
    MergeLotsHandler,
    RegisterCitesPermitHandler,
    RevokeCitesPermitHandler,
    GuideListHandler,
    GuideViewHandler,
    LotViewHandler,
    CitesPermitViewHandler,
    LotExtractedConsumer,
    PartyDisqualifiedConsumer,
    TransformationRecordedConsumer,
    GuideExpirySweep,
    ...readModelPort(GUIDE_LIST, guideListProjection, (model) => new GuideListReadModel(model)),
    liveViewProvider(GUIDE_VIEW),
    liveViewProvider(LOT_VIEW),
    liveViewProvider(CITES_PERMIT_VIEW),
    publicationProvider(custodyPublication),
  ],
})
export class CustodyModule {
  static forRoot(settings: CustodySettings): DynamicModule {
    return {
      module: CustodyModule,
      imports: [ScanningModule.forRoot(settings.scans)],
      providers: [{ provide: GUIDE_EXPIRY_SWEEP_INTERVAL, useValue: settings.guideExpirySweepMs }],
    };
  }
}
