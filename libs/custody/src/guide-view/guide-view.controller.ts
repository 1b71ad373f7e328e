import { Controller, Get, Inject } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { EVENT_STORE } from '#event-store';
import { IdParam } from '#http';
import type { StreamStore } from '#shared-kernel';
import { GuideNotFound } from '../domain/guide.errors.js';
import { readGuideHistory } from '../guide-stream.js';
import { assertMayRead, mayRead } from '../read-access.js';
import { type GuideView, guideView } from './guide-view.js';
import { GuideViewResponse } from './guide-view.responses.js';

const GUIDE_READERS =
  'Regulators read every guide; a permit holder the guides naming its RUC as holder, issuer or owner; a processor the guides leaving from or consigned to its facility; a checkpoint operator the guides whose trajectory includes its checkpoint (or that it scanned); an exporter the guides consigned to it. Anyone else: 403 `not_acting_for`.';

/** Live: folded from the guide's stream on each read, so the answer includes the last scan recorded. */
@ApiTags('guides')
@Controller('guides')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.CheckpointOperator, Role.Exporter)
export class GuideViewController {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  @Get(':number')
  @ApiOperation({ summary: 'A guide as issued, with its trajectory, status and every scan with each check result, in observation order', description: GUIDE_READERS })
  @ApiParam({ name: 'number', example: 'GTF-2026-000123' })
  @ApiOkResponse({ type: GuideViewResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`: the guide does not concern the caller' })
  @ApiNotFoundResponse({ description: '`guide_not_found`' })
  async guide(@IdParam('number') guideNumber: string, @CurrentActor() actor: AuthenticatedActor): Promise<Omit<GuideView, 'parties'>> {
    const { parties, ...view } = guideView(guideNumber, await readGuideHistory(this.store, guideNumber));
    if (view.status === 'not_issued' && view.scans.length === 0) throw new GuideNotFound();
    // Scans of a number never issued are evidence for the authorities: to anyone else no such guide exists.
    if (view.status === 'not_issued' && !mayRead(actor, parties)) throw new GuideNotFound();
    assertMayRead(actor, parties, `guide ${guideNumber}`);
    return view;
  }
}
