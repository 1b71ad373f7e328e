/** What one context publishes on Kafka: its integration event types, all on its topic. */
export interface IntegrationTopic {
  /** The publishing context, e.g. `custody`: its topic is `timber.custody.v1`. */
  readonly context: string;
  readonly types: readonly string[];
}

/** The major version of every context's topic: a breaking change to a context's contract opens `.v2` beside it. */
const CONTRACT_VERSION = 1;

/** What a deployment's topics and consumer groups start with: deployments sharing brokers keep apart by it. */
export const DEFAULT_NAMESPACE = 'timber';

/** Where messages a consumer could not handle are copied, keyed by the consumer, with the reason in their headers. */
export function deadLetterTopic(namespace = DEFAULT_NAMESPACE): string {
  return `${namespace}.dead-letter.v${CONTRACT_VERSION}`;
}

/** The default namespace's dead-letter topic. */
export const DEAD_LETTER_TOPIC = deadLetterTopic();

/** The topic of each integration event type, from the contexts' declarations. */
export class Topics {
  private readonly byType = new Map<string, string>();

  constructor(
    declared: readonly IntegrationTopic[],
    readonly namespace = DEFAULT_NAMESPACE,
  ) {
    for (const { context, types } of declared) {
      for (const type of types) {
        const other = this.byType.get(type);
        if (other) throw new Error(`${type} is declared on ${other} and on ${topicName(context, namespace)}`);
        this.byType.set(type, topicName(context, namespace));
      }
    }
  }

  /** The topic a type travels on; an undeclared type is a deployment mistake, told at once. */
  of(type: string): string {
    const topic = this.byType.get(type);
    if (!topic) throw new Error(`No topic declares the integration event ${type}`);
    return topic;
  }

  /** The topics holding the given types, each once. */
  holding(types: readonly string[]): string[] {
    return [...new Set(types.map((type) => this.of(type)))];
  }

  get types(): readonly string[] {
    return [...this.byType.keys()];
  }

  get deadLetters(): string {
    return deadLetterTopic(this.namespace);
  }

  /** The consumer group of a consumer: its own position on every topic it reads. */
  groupOf(consumer: string): string {
    return `${this.namespace}.${consumer}`;
  }
}

export function topicName(context: string, namespace = DEFAULT_NAMESPACE): string {
  return `${namespace}.${context}.v${CONTRACT_VERSION}`;
}
