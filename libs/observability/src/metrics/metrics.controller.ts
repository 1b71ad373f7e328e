import { Controller, Get, Header } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { prometheusContentType } from 'prom-client';
import { Public } from '#auth';
import { MetricsQuery } from './metrics.query.js';

/** Public, for the scraper; not an API for clients, so not in the OpenAPI document. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Header('Content-Type', prometheusContentType)
  metrics(): Promise<string> {
    return this.queries.execute(new MetricsQuery());
  }
}
