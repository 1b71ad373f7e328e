import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Message } from 'kafkajs';
import { SqlEventStore } from '#event-store';
import { postgresClient } from '#sql';
import { BenchDatabase } from '../shared/bench-database.js';
import { formatCount, printLine, printResult, progress, roundRate, roundRatio, runMain } from '../shared/report.js';
import { bareRelayRound } from './bare-relay.js';
import { relayBenchConfig } from './bench-config.js';
import { loadCounted, streamOf } from './bench-events.js';
import { endToEndLag, lagConsumer, lagPrefix } from './end-to-end-lag.js';
import { deleteTopics, ensureDeadLetterTopic, kafkaMessagesOf, rawRound, readRound, relayRound, type Round } from './relay-rounds.js';

const SCHEMAS = { publisher: 'bench_relay_publisher', subscriber: 'bench_relay_subscriber' } as const;

/** bench:relay — the Kafka relay against a bare kafkajs producer, then the lag from an append in one service to its effect in another. */
runMain(async () => {
  const config = relayBenchConfig();
  const db = BenchDatabase.open(config.databaseUrl);
  // A pool each, as two services have.
  const publisherClient = postgresClient({ url: config.databaseUrl, maxConnections: 6 });
  const subscriberClient = postgresClient({ url: config.databaseUrl, maxConnections: 6 });
  const run = randomUUID().replaceAll('-', '').slice(0, 8);
  const contexts: string[] = [];
  const lagContext = `benchlag${run}`;
  try {
    progress(`Postgres ${await db.serverVersion()}, Node ${process.version}, Kafka at ${config.brokers.join(',')}; ${formatCount(config.events)} events over ${config.streams} streams, batches of ${config.batch}`);
    await db.dropSchemas(SCHEMAS.publisher, SCHEMAS.subscriber);
    // The services' own store settings: a subscription wakes on NOTIFY, polling only as a fallback.
    const publisher = await SqlEventStore.open(publisherClient, { schema: SCHEMAS.publisher, ownsClient: false });
    const subscriber = await SqlEventStore.open(subscriberClient, { schema: SCHEMAS.subscriber, ownsClient: false });
    const prefix = `load${run}`;
    for (let seq = 0; seq < config.events; seq += 100) {
      const batch = Array.from({ length: Math.min(100, config.events - seq) }, (_, i) => loadCounted(seq + i));
      await publisher.append(streamOf(prefix, seq / 100, config.streams), batch, 'any');
    }
    const stored = await publisher.readAll({ maxCount: config.events + 1, filter: { streamPrefixes: [`${prefix}-`] } });
    if (stored.length !== config.events) throw new Error(`Stored ${stored.length} of ${config.events} events`);
    const mapping = performance.now();
    const sizes = (await kafkaMessagesOf(stored, prefix, 'sample')).map(messageBytes);
    const mapMs = performance.now() - mapping;
    progress(`${formatCount(stored.length)} events stored; a message is ${formatCount(sizes.reduce((a, b) => a + b, 0) / sizes.length)} B (key, value, headers); making them all from the events takes ${formatCount(mapMs)} ms`);
    await ensureDeadLetterTopic(config);
    const read = await readRound(publisher, config, prefix);
    progress(`the relay's reads alone: ${describe(read)}`);
    await db.checkpoint();

    const relay: Round[] = [];
    const bare: Round[] = [];
    const raw: Round[] = [];
    const idempotent: Round[] = [];
    for (let round = 1; round <= config.rounds; round++) {
      const relayContext = `benchrelay${run}r${round}`;
      const rawContext = `benchraw${run}r${round}`;
      const idempotentContext = `benchidem${run}r${round}`;
      const bareContext = `benchbare${run}r${round}`;
      contexts.push(relayContext, rawContext, idempotentContext, bareContext);
      relay.push(await relayRound(publisher, config, prefix, relayContext));
      bare.push(await bareRelayRound(config, SCHEMAS.publisher, prefix, bareContext));
      raw.push(await rawRound(await kafkaMessagesOf(stored, prefix, rawContext), config, rawContext, false));
      idempotent.push(await rawRound(await kafkaMessagesOf(stored, prefix, idempotentContext), config, idempotentContext, true));
      progress(`round ${round}: relay ${describe(relay.at(-1)!)}, bare relay ${describe(bare.at(-1)!)}, raw ${describe(raw.at(-1)!)}, raw idempotent ${describe(idempotent.at(-1)!)}`);
    }
    const relayPerS = median(relay.map((round) => round.perSecond));
    const barePerS = median(bare.map((round) => round.perSecond));
    const rawPerS = median(raw.map((round) => round.perSecond));
    const idempotentPerS = median(idempotent.map((round) => round.perSecond));
    const relayCpu = median(relay.map((round) => round.cpuMicrosPerMessage));
    const rawCpu = median(raw.map((round) => round.cpuMicrosPerMessage));
    const bareCpu = median(bare.map((round) => round.cpuMicrosPerMessage));
    const machine = { relay: median(relay.map((round) => round.machineMicrosPerMessage)), bare: median(bare.map((round) => round.machineMicrosPerMessage)), raw: median(raw.map((round) => round.machineMicrosPerMessage)) };
    const cores = { relay: median(relay.map((round) => round.busyCores)), bare: median(bare.map((round) => round.busyCores)), raw: median(raw.map((round) => round.busyCores)) };

    contexts.push(lagContext);
    const { latencies, appended } = await endToEndLag(publisher, subscriber, config, lagPrefix(), lagContext);
    const expected = config.lagRate * config.lagSeconds;
    if (latencies.count !== expected || appended.count !== expected) throw new Error(`${appended.count} of ${expected} events appended, ${latencies.count} seen by the consumer`);

    printLine(`relay: ${formatCount(relayPerS)} messages/s, raw kafkajs: ${formatCount(rawPerS)} messages/s, raw idempotent: ${formatCount(idempotentPerS)} messages/s (medians of ${config.rounds} alternating rounds): ratio ${roundRatio(relayPerS / rawPerS)}, to idempotent ${roundRatio(relayPerS / idempotentPerS)} (target ≥ 0.8)`);
    printLine(`bare relay (a worker thread reads the table with one prepared statement and splices the stored JSON; this thread only sends, as raw does): ${formatCount(barePerS)} messages/s, ${roundRatio(barePerS / rawPerS)} of raw; the relay is ${roundRatio(relayPerS / barePerS)} of it`);
    printLine(`this process's CPU per message (medians): relay ${relayCpu.toFixed(1)} µs, bare relay ${bareCpu.toFixed(1)} µs, raw ${rawCpu.toFixed(1)} µs (relay ${roundRatio(relayCpu / rawCpu)}× raw): the relay also reads, parses and makes each message, on the same cores as the broker and Postgres`);
    printLine(`the machine's CPU per message (this process, Postgres and the broker; medians): relay ${machine.relay.toFixed(1)} µs, bare relay ${machine.bare.toFixed(1)} µs, raw ${machine.raw.toFixed(1)} µs, with ${cores.relay.toFixed(2)}, ${cores.bare.toFixed(2)} and ${cores.raw.toFixed(2)} of ${availableParallelism()} cores busy`);
    printLine(`append → effect in another service at ${config.lagRate} events/s for ${config.lagSeconds} s: p50 ${latencies.percentile(0.5)} ms, p99 ${latencies.percentile(0.99)} ms, max ${latencies.percentile(1)} ms (target p99 ≤ 500 ms); of which the append itself: p50 ${appended.percentile(0.5)} ms, p99 ${appended.percentile(0.99)} ms`);
    printResult({
      bench: 'relay',
      relay_per_s: roundRate(relayPerS),
      raw_per_s: roundRate(rawPerS),
      ratio: roundRatio(relayPerS / rawPerS),
      lag_p99_ms: latencies.percentile(0.99),
      lag_p50_ms: latencies.percentile(0.5),
      append_p50_ms: appended.percentile(0.5),
      append_p99_ms: appended.percentile(0.99),
      read_per_s: roundRate(read.perSecond),
      map_ms: Math.round(mapMs),
      relay_cpu_us_per_msg: Number(relayCpu.toFixed(1)),
      raw_cpu_us_per_msg: Number(rawCpu.toFixed(1)),
      bare_relay_per_s: roundRate(barePerS),
      bare_ratio: roundRatio(barePerS / rawPerS),
      relay_to_bare: roundRatio(relayPerS / barePerS),
      bare_cpu_us_per_msg: Number(bareCpu.toFixed(1)),
      relay_machine_us_per_msg: Number(machine.relay.toFixed(1)),
      bare_machine_us_per_msg: Number(machine.bare.toFixed(1)),
      raw_machine_us_per_msg: Number(machine.raw.toFixed(1)),
      relay_busy_cores: Number(cores.relay.toFixed(2)),
      bare_busy_cores: Number(cores.bare.toFixed(2)),
      raw_busy_cores: Number(cores.raw.toFixed(2)),
      raw_idempotent_per_s: roundRate(idempotentPerS),
      ratio_idempotent: roundRatio(relayPerS / idempotentPerS),
      relay_rounds: relay.map((round) => roundRate(round.perSecond)).join(' '),
      bare_rounds: bare.map((round) => roundRate(round.perSecond)).join(' '),
      raw_rounds: raw.map((round) => roundRate(round.perSecond)).join(' '),
      raw_idempotent_rounds: idempotent.map((round) => roundRate(round.perSecond)).join(' '),
      events: config.events,
      batch: config.batch,
    });
    await publisher.close();
    await subscriber.close();
  } finally {
    await deleteTopics(config, contexts, [lagConsumer(lagContext)]).catch((error: unknown) => progress(`topics not deleted: ${String(error)}`));
    await db.dropSchemas(SCHEMAS.publisher, SCHEMAS.subscriber);
    await Promise.all([publisherClient.close(), subscriberClient.close(), db.close()]);
  }
});

const messageBytes = (message: Message) =>
  Buffer.byteLength(String(message.key)) + Buffer.byteLength(String(message.value)) + Object.entries(message.headers ?? {}).reduce((sum, [name, value]) => sum + name.length + Buffer.byteLength(String(value)), 0);

const describe = (round: Round) => `${formatCount(round.perSecond)}/s (${round.seconds.toFixed(2)} s, ${round.cpuMicrosPerMessage.toFixed(1)} µs CPU a message, ${round.machineMicrosPerMessage.toFixed(1)} µs of the machine's, ${round.busyCores.toFixed(2)} cores busy)`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
