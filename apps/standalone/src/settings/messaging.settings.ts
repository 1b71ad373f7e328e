import { integer, list } from './setting-kinds.js';
import { setting } from './setting.js';

/** How contexts reach each other: over Kafka when brokers are named, else on the in-process bus. */
export const MESSAGING_SETTINGS = {
  kafkaBrokers: setting({ name: 'KAFKA_BROKERS', meaning: 'Kafka bootstrap brokers, `host:port` comma-separated: contexts then exchange events over Kafka; required by a single-context service', ...list }),
  kafkaPartitions: setting({ name: 'KAFKA_PARTITIONS', fallback: '8', meaning: 'partitions of each topic the service creates: the most instances of one consumer that share its load', ...integer(1, 1000) }),
} as const;
