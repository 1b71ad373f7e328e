import { type DynamicModule, Module } from '@nestjs/common';
import { publicationProvider } from '#messaging';
import { liveViewProvider, readModelPort } from '#projections';
import { CASE_CONDUCTS, CaseConductsFromCatalogue } from './case-conducts.js';
import { CaseDeadlinesFromCalendar, CASE_DEADLINES } from './case-deadlines.js';
import { CaseFileController } from './case-file/case-file.controller.js';
import { CaseOpeningController } from './case-opening/case-opening.controller.js';
import { AddFindingsHandler, OpenCaseHandler } from './case-opening/open-case.handler.js';
import { CASE_FILE, CaseFileHandler } from './case-file/case-file.handler.js';
import { CaseListController } from './case-list/case-list.controller.js';
import { CaseListHandler } from './case-list/case-list.handler.js';
import { CASE_LIST } from './case-list/case-list.port.js';
import { caseListProjection } from './case-list/case-list.projection.js';
import { CaseListReadModel } from './case-list/case-list.read-model.js';
import { CaseProcedureController } from './case-procedure/case-procedure.controller.js';
import { CaseLotVolumesConsumer } from './case-statistics/case-lot-volumes.consumer.js';
import { CaseStatisticsController } from './case-statistics/case-statistics.controller.js';
import { CaseStatisticsHandler } from './case-statistics/case-statistics.handler.js';
import { CASE_STATISTICS } from './case-statistics/case-statistics.port.js';
import { caseStatisticsProjection } from './case-statistics/case-statistics.projection.js';
import { CaseStatisticsReadModel } from './case-statistics/case-statistics.read-model.js';
import { CaseStepHandler } from './case-procedure/case-step.handler.js';
import { DEADLINE_CHECK_INTERVAL } from './deadline-check/check-interval.js';
import { DeadlineCheck } from './deadline-check/deadline-check.js';
import { DisqualificationRegisterController } from './disqualification-register/disqualification-register.controller.js';
import { DisqualificationRegisterHandler } from './disqualification-register/disqualification-register.handler.js';
import { DISQUALIFICATION_REGISTER } from './disqualification-register/disqualification-register.port.js';
import { disqualificationRegisterProjection } from './disqualification-register/disqualification-register.projection.js';
import { DisqualificationRegisterReadModel } from './disqualification-register/disqualification-register.read-model.js';
import { PartyDisqualifiedConsumer } from './disqualification-register/party-disqualified.consumer.js';
import { sanctionsPublication } from './publication/sanctions.publication.js';
import type { SanctionsSettings } from './sanctions-settings.js';
import { ShipmentFlaggedConsumer } from './custody-inbound/shipment-flagged.consumer.js';
import { GuideNotCountedConsumer } from './harvest-inbound/guide-not-counted.consumer.js';
import { IdentificationReportController } from './identification-report/identification-report.controller.js';
import { RecordIdentificationHandler } from './identification-report/record-identification.handler.js';
import { TransformationFlaggedConsumer } from './processing-inbound/transformation-flagged.consumer.js';
import { OpenCaseStatisticsController } from './open-data/open-case-statistics.controller.js';
import { OpenCaseStatisticsHandler } from './open-data/open-case-statistics.handler.js';

/** The sanctions context: infraction cases opened from every flag, their procedure, the regulators' queue and files. */
@Module({
  controllers: [CaseListController, CaseFileController, CaseOpeningController, CaseProcedureController, IdentificationReportController, CaseStatisticsController, OpenCaseStatisticsController, DisqualificationRegisterController],
  providers: [
    CaseListHandler,
    CaseFileHandler,
    CaseStepHandler,
    RecordIdentificationHandler,
    ShipmentFlaggedConsumer,
    GuideNotCountedConsumer,
    TransformationFlaggedConsumer,
    OpenCaseHandler,
    AddFindingsHandler,
    CaseStatisticsHandler,
    OpenCaseStatisticsHandler,
    CaseLotVolumesConsumer,
    DeadlineCheck,
    DisqualificationRegisterHandler,
    PartyDisqualifiedConsumer,
    { provide: CASE_DEADLINES, useClass: CaseDeadlinesFromCalendar },
    { provide: CASE_CONDUCTS, useClass: CaseConductsFromCatalogue },
    ...readModelPort(CASE_LIST, caseListProjection, (model) => new CaseListReadModel(model)),
    ...readModelPort(CASE_STATISTICS, caseStatisticsProjection, (model) => new CaseStatisticsReadModel(model)),
    ...readModelPort(DISQUALIFICATION_REGISTER, disqualificationRegisterProjection, (model) => new DisqualificationRegisterReadModel(model)),
    liveViewProvider(CASE_FILE),
    publicationProvider(sanctionsPublication),
  ],
})
export class SanctionsModule {
  static forRoot(settings: SanctionsSettings): DynamicModule {
    return { module: SanctionsModule, providers: [{ provide: DEADLINE_CHECK_INTERVAL, useValue: settings.deadlineCheckMs }] };
  }
}
