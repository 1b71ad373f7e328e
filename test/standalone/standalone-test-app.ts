import type { INestApplication, LoggerService, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../apps/standalone/src/app.module.js';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { configureStandaloneApp } from '../../apps/standalone/src/create-standalone-app.js';

/** The real standalone app on an embedded store in `dataDir`, with test controllers mounted beside it. */
export async function standaloneTestApp(
  dataDir: string,
  { controllers = [], logger = false }: { controllers?: Type[]; logger?: LoggerService | false } = {},
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(standaloneConfig({ DATA_DIR: dataDir }))],
    controllers,
  }).compile();
  const app = moduleRef.createNestApplication({ logger });
  configureStandaloneApp(app);
  return app.init();
}
