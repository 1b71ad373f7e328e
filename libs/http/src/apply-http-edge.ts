import type { INestApplication } from '@nestjs/common';
import { ErrorResponseFilter } from './error-response.filter.js';
import { validationPipe } from './validation-pipe.js';

/** Every app and every e2e test configures its edge through here, so they all answer alike. */
export function applyHttpEdge(app: INestApplication): void {
  app.useGlobalFilters(new ErrorResponseFilter(app.getHttpAdapter()));
  app.useGlobalPipes(validationPipe());
}
