import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '#auth';
import { DisqualificationRegisterParams } from './disqualification-register.params.js';
import { DisqualificationRegisterQuery } from './disqualification-register.query.js';
import { DisqualificationRegisterResponse } from './disqualification-register.response.js';

@ApiTags('cases')
@Controller('disqualifications')
@Roles(Role.Regulator)
export class DisqualificationRegisterController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'The parties final sanctions disqualify from permits, guides and processor registrations, with the case, the authority and the period',
    description: 'Every regulator sees the whole register: a disqualification bars the party before every authority. Eventually consistent with the sanctions (milliseconds).',
  })
  @ApiOkResponse({ type: DisqualificationRegisterResponse })
  register(@Query() params: DisqualificationRegisterParams): Promise<DisqualificationRegisterResponse> {
    return this.queries.execute(new DisqualificationRegisterQuery(params));
  }
}
