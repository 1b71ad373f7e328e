import type { ReadModelAnswer, RebuildAnswer } from './operations-client.js';

const BAR_WIDTH = 30;

const count = (n: number) => n.toLocaleString('en-US');

/** The read models as a table, one per line, columns padded to their widest cell. */
export function readModelTable(models: readonly ReadModelAnswer[]): string {
  const header = ['NAME', 'LIFECYCLE', 'VERSION', 'ANSWERING', 'POSITION', 'HEAD', 'LAG', 'NOTE'];
  const rows = models.map((model) =>
    model.lifecycle === 'live'
      ? [model.name, model.lifecycle, '-', '-', '-', '-', '-', `folded from ${model.streams} on each read`]
      : [
          model.name,
          model.lifecycle,
          String(model.version),
          String(model.activeVersion),
          position(model.position),
          position(model.headPosition),
          count(model.lag ?? 0),
          model.rebuilding ? rebuildNote(model.rebuilding) : '',
        ],
  );
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function position(at: { commit: string; prepare: string } | undefined): string {
  return at ? `${at.commit}/${at.prepare}` : '-';
}

function rebuildNote(build: RebuildAnswer): string {
  const state = build.failure === undefined ? `${count(build.events)}/${count(build.total)} events (${percent(build.events, build.total)}%)` : `failed: ${build.failure}`;
  return `rebuilding v${build.version} (${build.reason}) into ${build.table}: ${state}`;
}

function percent(done: number, total: number): number {
  return total === 0 ? 100 : Math.min(100, Math.floor((100 * done) / total));
}

/** `[######------] 1,200/5,000 events  24%  about 12 s left`: one line, redrawn in place on a terminal. */
export function progressLine(done: number, total: number, secondsLeft: number | undefined): string {
  const filled = total === 0 ? BAR_WIDTH : Math.min(BAR_WIDTH, Math.round((BAR_WIDTH * done) / total));
  const left = done >= total ? 'done' : secondsLeft === undefined ? 'time left not known yet' : `about ${duration(secondsLeft)} left`;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${count(done)}/${count(total)} events  ${percent(done, total)}%  ${left}`;
}

/** Seconds as a person reads them: `45 s`, `3 min 20 s`, `2 h 5 min`. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min${whole % 60 === 0 ? '' : ` ${whole % 60} s`}`;
  return `${Math.floor(whole / 3600)} h${Math.floor((whole % 3600) / 60) === 0 ? '' : ` ${Math.floor((whole % 3600) / 60)} min`}`;
}

/** The time left at the rate seen since the first observation; unknown until something was folded between two. */
export class RateOfProgress {
  private first?: { readonly at: number; readonly done: number };

  secondsLeft(done: number, total: number, at = Date.now()): number | undefined {
    this.first ??= { at, done };
    const [elapsed, folded] = [(at - this.first.at) / 1000, done - this.first.done];
    return elapsed > 0 && folded > 0 ? (total - done) / (folded / elapsed) : undefined;
  }
}
