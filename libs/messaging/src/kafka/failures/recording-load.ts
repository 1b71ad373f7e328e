import type { StreamStore } from '#shared-kernel';
import { countsOf, messageIdOf } from './counted-publication.js';

/** A service recording all the time: one `CountRecorded` at a time into `streams` streams in turn, until stopped. */
export class RecordingLoad {
  /** The ids of the messages appended so far, in the order of their appends. */
  readonly appended: string[] = [];
  private running = true;
  private readonly loop: Promise<void>;

  constructor(store: StreamStore, run: string, streams: number, pauseMs: number) {
    this.loop = (async () => {
      for (let i = 0; this.running; i++) {
        const stream = `s${i % streams}`;
        const [event] = countsOf(run, stream, Math.floor(i / streams), 1);
        await store.append(`count-${run}-${stream}`, [event!], 'any');
        this.appended.push(messageIdOf(event!.id));
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    })();
    // Observed by stop(); an append that failed stops the load at once.
    this.loop.catch(() => undefined);
  }

  /** Resolves once the last append is in; rejects with the error of an append that failed. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
