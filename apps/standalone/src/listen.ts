import { Logger } from '@nestjs/common';
import { storeKind } from '#event-store';
import { ConfigurationError, type StandaloneConfig } from './config.js';
import { createStandaloneApp } from './create-standalone-app.js';

/** Reads the configuration, then serves: what `npm start` and each context's service run. */
export async function listen(name: string, readConfig: () => StandaloneConfig): Promise<void> {
  let config: StandaloneConfig;
  try {
    config = readConfig();
  } catch (error) {
    // An operator's mistake, told as such: the variables at fault, no stack trace.
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
    process.exit(1);
  }
  const app = await createStandaloneApp(config);
  await app.listen(config.port, config.host);
  const bus = config.messaging.kafka ? `Kafka at ${config.messaging.kafka.brokers.join(',')}` : 'the in-process bus';
  Logger.log(`Listening on ${await app.getUrl()} with the ${storeKind(config.eventStore)} event store and ${bus}`, name);
}
