import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/**
 * What Swagger UI needs and no more: its own scripts (the page has no inline script), its stylesheet and the
 * inline styles of its page and components, the data: images of its stylesheet, and calls to this API for "Try it out".
 */
export const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Swagger UI at `/docs`, the document at `/docs-json`, built on the first request for either: building it took
 * ~0.15 s of every start. The e2e suites read it, so a bad decorator fails the tests.
 */
export function serveOpenApi(app: NestFastifyApplication): void {
  // Over the API's policy, which lets a page load nothing; `/docs-json` is JSON and keeps the API's.
  app.getHttpAdapter().getInstance().addHook('onRequest', (request, reply, done) => {
    const path = request.url.split('?')[0]!;
    if (path === '/docs' || path.startsWith('/docs/')) reply.header('Content-Security-Policy', DOCS_CONTENT_SECURITY_POLICY);
    done();
  });
  const config = new DocumentBuilder()
    .setTitle('Timber traceability')
    .setDescription('Traceability of Peruvian timber from harvest permit to export')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config));
}
