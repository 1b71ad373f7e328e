import { Logger } from '@nestjs/common';
import { storeKind } from '#event-store';
import { standaloneConfig } from './config.js';
import { createStandaloneApp } from './create-standalone-app.js';

const config = standaloneConfig();
const app = await createStandaloneApp(config);
await app.listen(config.port, config.host);
Logger.log(`Listening on ${await app.getUrl()} with the ${storeKind(config.eventStore)} event store`, 'Standalone');
