import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { MessageMetadata } from '#shared-kernel';
import type { IntegrationMessage } from '../integration-message.js';

/** Header names: a broker tool or another language reads the envelope without parsing the value. */
const HEADERS = { id: 'message-id', type: 'type', version: 'version', correlation: 'correlation-id', causation: 'causation-id' } as const;

type Value = { readonly data: unknown; readonly metadata: MessageMetadata };

/** Keyed by its stream, so one lot's or guide's messages share a partition and keep their order. */
export function toKafkaMessage(message: IntegrationMessage): Message {
  return {
    key: message.streamId,
    value: JSON.stringify({ data: message.data, metadata: message.metadata } satisfies Value),
    headers: {
      [HEADERS.id]: message.id,
      [HEADERS.type]: message.type,
      [HEADERS.version]: String(message.version),
      [HEADERS.correlation]: message.metadata.correlationId,
      [HEADERS.causation]: message.metadata.causationId,
    },
  };
}

export function fromKafkaMessage(message: KafkaMessage): IntegrationMessage {
  const headers = message.headers ?? {};
  const { data, metadata } = JSON.parse(message.value!.toString('utf8')) as Value;
  return { id: header(headers, HEADERS.id), type: header(headers, HEADERS.type), version: Number(header(headers, HEADERS.version)), data, metadata, streamId: message.key!.toString('utf8') };
}

/** The envelope's type, read without parsing the value: messages of types the consumer does not read are skipped cheaply. */
export function typeOf(message: KafkaMessage): string {
  return header(message.headers ?? {}, HEADERS.type);
}

function header(headers: IHeaders, name: string): string {
  const value = headers[name];
  if (value === undefined) throw new Error(`Message without a ${name} header`);
  return (Array.isArray(value) ? value[0]! : value).toString();
}
