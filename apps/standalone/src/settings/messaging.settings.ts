import { integer, list } from './setting-kinds.js';
import { type Kind, setting } from './setting.js';

/** A prefix of Kafka topic and group names: the characters Kafka takes in them. */
const kafkaName: Kind<string> = { expected: 'letters, digits, `.`, `_` or `-`, at most 100', parse: (value) => (/^[A-Za-z0-9._-]{1,100}$/.test(value) ? value : undefined) };

/** How contexts reach each other: over Kafka when brokers are named, else on the in-process bus. */
export const MESSAGING_SETTINGS = {
  kafkaBrokers: setting({ name: 'KAFKA_BROKERS', meaning: 'Kafka bootstrap brokers, `host:port` comma-separated: contexts then exchange events over Kafka; required by a single-context service', ...list }),
  kafkaNamespace: setting({ name: 'KAFKA_NAMESPACE', fallback: 'timber', meaning: 'what the topics and consumer groups are named from (`<namespace>.custody.v1`): deployments sharing brokers each take their own', ...kafkaName }),
  kafkaPartitions: setting({ name: 'KAFKA_PARTITIONS', fallback: '8', meaning: 'partitions of each topic the service creates: the most instances of one consumer that share its load', ...integer(1, 1000) }),
} as const;
