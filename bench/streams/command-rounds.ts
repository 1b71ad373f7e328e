import { performance } from 'node:perf_hooks';
import type { StreamStore } from '#shared-kernel';
import { Latencies } from '../shared/latencies.js';
import { progress } from '../shared/report.js';
import type { AggregateScenario } from './aggregate-scenario.js';

/** One kind of timed operation, run one at a time. */
export interface Side {
  readonly name: string;
  /** Untimed: what the next `count` operations need (new aggregates). */
  prepare(count: number): Promise<void>;
  run(): Promise<void>;
  /** Operations run so far, timed or not. */
  readonly runs: number;
}

/** The command on a new aggregate each time, made through the app's store just before the round. */
export function freshSide(name: string, scenario: AggregateScenario, app: StreamStore, store: () => StreamStore): Side {
  let ids: string[] = [];
  let runs = 0;
  return {
    name,
    get runs() {
      return runs;
    },
    async prepare(count) {
      ids = await scenario.createFresh(app, count);
    },
    async run() {
      const id = ids.shift();
      if (id === undefined) throw new Error(`${name}: no fresh aggregate prepared`);
      await scenario.command(store(), id);
      runs++;
    },
  };
}

/** The command on the aged aggregate each time. */
export function agedSide(name: string, scenario: AggregateScenario, store: () => StreamStore): Side {
  let runs = 0;
  return {
    name,
    get runs() {
      return runs;
    },
    prepare: async () => undefined,
    async run() {
      await scenario.command(store(), scenario.agedId);
      runs++;
    },
  };
}

export function plainSide(name: string, operation: () => Promise<void>): Side {
  let runs = 0;
  return {
    name,
    get runs() {
      return runs;
    },
    prepare: async () => undefined,
    async run() {
      await operation();
      runs++;
    },
  };
}

/** Up to `count` operations one after another, stopping early once `seconds` have passed (after one at least): each one's ms. */
export async function runRound(side: Side, count: number, seconds: number): Promise<number[]> {
  await side.prepare(count);
  const deadline = performance.now() + seconds * 1000;
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await side.run();
    const ended = performance.now();
    samples.push(ended - started);
    if (ended >= deadline) break;
  }
  return samples;
}

/** Rounds in which each side takes its turn in order (fresh, aged, fresh, aged…), so the machine's drift reaches every side alike. */
export async function alternatingRounds(label: string, sides: readonly Side[], rounds: number, count: number, seconds: number): Promise<Map<string, Latencies>> {
  const latencies = new Map(sides.map((side) => [side.name, new Latencies()]));
  for (let round = 1; round <= rounds; round++) {
    const parts: string[] = [];
    for (const side of sides) {
      const samples = await runRound(side, count, seconds);
      const all = latencies.get(side.name)!;
      samples.forEach((ms) => all.add(ms));
      parts.push(`${side.name} ${samples.length} × p50 ${formatMs(median(samples))}`);
    }
    progress(`${label} round ${round}/${rounds}: ${parts.join('; ')}`);
  }
  return latencies;
}

export function median(samples: readonly number[]): number {
  const latencies = new Latencies();
  samples.forEach((ms) => latencies.add(ms));
  return latencies.percentile(0.5);
}

/** 0.8123 → "0.81 ms", 12.34 → "12.3 ms", 4712.3 → "4,712 ms". */
export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/** Three significant figures, for the JSON line. */
export function roundMs(ms: number): number {
  return Number(ms.toPrecision(3));
}
