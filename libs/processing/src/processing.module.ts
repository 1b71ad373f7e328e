import { Module } from '@nestjs/common';
import { publicationProvider } from '#messaging';
import { liveViewProvider } from '#projections';
import { LotDeliveredConsumer } from './custody-inbound/lot-delivered.consumer.js';
import { PartyDisqualifiedConsumer } from './sanctions-inbound/party-disqualified.consumer.js';
import { LotHoldsConsumer } from './custody-inbound/lot-holds.consumer.js';
import { ProcessorStandingController } from './processor-standing/processor-standing.controller.js';
import { ProcessorStandingHandler } from './processor-standing/processor-standing.handler.js';
import { ProcessorViewController } from './processor-view/processor-view.controller.js';
import { PROCESSOR_VIEW, ProcessorBalanceHandler, ProcessorViewHandler, TransformationHistoryHandler } from './processor-view/processor-view.handlers.js';
import { processingPublication } from './publication/processing.publication.js';
import { RecordTransformationController } from './record-transformation/record-transformation.controller.js';
import { RecordTransformationHandler } from './record-transformation/record-transformation.handler.js';
import { RegisterProcessorController } from './register-processor/register-processor.controller.js';
import { RegisterProcessorHandler } from './register-processor/register-processor.handler.js';


/** The processing context: its use cases, live queries, publication and inbound translators. */
@Module({
  controllers: [RegisterProcessorController, ProcessorStandingController, RecordTransformationController, ProcessorViewController],
  providers: [
    RegisterProcessorHandler,
    ProcessorStandingHandler,
    RecordTransformationHandler,
    ProcessorViewHandler,
    ProcessorBalanceHandler,
    TransformationHistoryHandler,
    LotDeliveredConsumer,
    PartyDisqualifiedConsumer,
    LotHoldsConsumer,
    publicationProvider(processingPublication),
    liveViewProvider(PROCESSOR_VIEW),
  ],
})
export class ProcessingModule {}
