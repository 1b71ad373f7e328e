import { Logger } from '@nestjs/common';
import { storeKind } from '#event-store';
import { ConfigurationError, type StandaloneConfig, standaloneConfig } from './config.js';
import { createStandaloneApp } from './create-standalone-app.js';

let config: StandaloneConfig;
try {
  config = standaloneConfig();
} catch (error) {
  // An operator's mistake, told as such: the variables at fault, no stack trace.
  if (!(error instanceof ConfigurationError)) throw error;
  process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
  process.exit(1);
}
const app = await createStandaloneApp(config);
await app.listen(config.port, config.host);
Logger.log(`Listening on ${await app.getUrl()} with the ${storeKind(config.eventStore)} event store`, 'Standalone');
