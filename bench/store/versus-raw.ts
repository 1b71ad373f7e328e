import type { BenchDatabase } from '../shared/bench-database.js';
import { perSecond, runConcurrently } from '../shared/concurrent-load.js';
import { formatCount, progress } from '../shared/report.js';

type Operation = (worker: number) => Promise<number>;

export interface VersusRaw {
  /** Our units (events) per second. */
  readonly oursPerSecond: number;
  readonly rawPerSecond: number;
  /** ours / raw. */
  readonly ratio: number;
}

export interface VersusRawPlan {
  readonly label: string;
  readonly writers: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly rounds: number;
  /** A fresh operation per call, so warm-up and timed runs use streams of their own. */
  readonly ours: (stage: string) => Operation;
  readonly raw: (stage: string) => Operation;
}

/**
 * Checkpoints, warms both sides up, then in each round runs ours for a fixed time and the raw
 * baseline for the same number of operations, from the same number of concurrent writers. The
 * checkpoint comes before the warm-up so the burst of full-page WAL images that follows a checkpoint
 * falls mostly into the untimed warm-up; the rounds alternate so slower drift hits both sides.
 */
export async function measureVersusRaw(db: BenchDatabase, plan: VersusRawPlan): Promise<VersusRaw> {
  const { label, writers, rounds } = plan;
  await db.checkpoint();
  progress(`${label}: warm-up, ${plan.warmupSeconds} s each side, ${writers} writers`);
  await runConcurrently(writers, { seconds: plan.warmupSeconds }, plan.ours('warm'));
  await runConcurrently(writers, { seconds: plan.warmupSeconds }, plan.raw('warm'));

  let ours = { units: 0, seconds: 0 };
  let raw = { units: 0, seconds: 0 };
  for (let round = 1; round <= rounds; round++) {
    const o = await runConcurrently(writers, { seconds: plan.seconds / rounds }, plan.ours(`r${round}`));
    const r = await runConcurrently(writers, { operations: o.operations }, plan.raw(`r${round}`));
    if (r.operations !== o.operations) throw new Error(`${label}: raw ran ${r.operations} operations, ours ${o.operations}`);
    progress(
      `${label} round ${round}/${rounds}: ours ${formatCount(o.units)} events in ${o.seconds.toFixed(2)} s = ${formatCount(perSecond(o.units, o.seconds))}/s; ` +
        `raw ${formatCount(r.units)} in ${r.seconds.toFixed(2)} s = ${formatCount(perSecond(r.units, r.seconds))}/s`,
    );
    ours = { units: ours.units + o.units, seconds: ours.seconds + o.seconds };
    raw = { units: raw.units + r.units, seconds: raw.seconds + r.seconds };
  }
  const oursPerSecond = perSecond(ours.units, ours.seconds);
  const rawPerSecond = perSecond(raw.units, raw.seconds);
  const ratio = rawPerSecond > 0 ? oursPerSecond / rawPerSecond : 0;
  progress(`${label}: ours ${formatCount(oursPerSecond)}/s, raw ${formatCount(rawPerSecond)}/s, ratio ${ratio.toFixed(3)}`);
  return { oursPerSecond, rawPerSecond, ratio };
}
