import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter, type HttpServer } from '@nestjs/common';
import { errorResponse } from './error-response.js';

/** Catches everything, so no framework default body ever reaches a client. */
@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorResponseFilter.name);

  constructor(private readonly http: HttpServer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body } = errorResponse(exception);
    // A fault of ours: the client learns nothing of it, the log gets all of it.
    if (status >= HttpStatus.INTERNAL_SERVER_ERROR) {
      this.logger.error(exception instanceof Error ? exception.message : String(exception), exception instanceof Error ? exception.stack : undefined);
    }
    const response: unknown = host.switchToHttp().getResponse();
    // A streamed answer already has its status on the wire: all that is left is to end it.
    if (this.http.isHeadersSent(response)) this.http.end(response);
    else this.http.reply(response, body, status);
  }
}
