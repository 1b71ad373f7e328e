import { postgresEventStore } from '#event-store';
import { InProcessBus } from '#messaging';
import { progress } from '../shared/report.js';
import { productFacts, registrationFacts } from './lineage-forest.js';

/**
 * Puts every product's lineage on the app's bus as a context in another process would: the project's own
 * `InProcessBus.publish` over the app's event schema appends each message to its `bus-<stream>` stream, and the app's
 * consumers, subscribed to the same log, take them from there. Answers the product lot ids.
 */
export async function publishForest(databaseUrl: string, schema: string, products: number): Promise<string[]> {
  const store = await postgresEventStore({ url: databaseUrl, schema, maxConnections: 2 });
  try {
    const bus = new InProcessBus(store);
    await bus.publish(registrationFacts(products));
    const productLotIds: string[] = [];
    let published = 0;
    for (let p = 0; p < products; p++) {
      const { productLotId, messages } = productFacts(p);
      await bus.publish(messages);
      productLotIds.push(productLotId);
      published += messages.length;
    }
    progress(`${published.toLocaleString('en-US')} messages published for ${products} products`);
    return productLotIds;
  } finally {
    await store.close();
  }
}
