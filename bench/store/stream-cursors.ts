import type { ExpectedVersion } from '#shared-kernel';

/** Where a writer's next append goes: its stream, the version it expects, the first new position. */
export interface NextAppend {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  /** Stream position of the append's first event (1 for a new stream). */
  readonly firstPosition: number;
}

/**
 * Gives each concurrent writer streams of its own, so appends never conflict: a new stream is
 * opened with 'no_stream' and then extended at its exact version until it holds `eventsPerStream`.
 * Ours and the raw baseline walk identical stream layouts.
 */
export class StreamCursors {
  private readonly current = new Map<number, { streamId: string; version: number }>();
  private streams = 0;

  constructor(
    private readonly prefix: string,
    private readonly eventsPerStream: number,
  ) {}

  next(writer: number, events: number): NextAppend {
    let stream = this.current.get(writer);
    if (!stream || stream.version + events > this.eventsPerStream) {
      stream = { streamId: `${this.prefix}-w${writer}-${++this.streams}`, version: 0 };
      this.current.set(writer, stream);
    }
    const expectedVersion: ExpectedVersion = stream.version === 0 ? 'no_stream' : stream.version;
    const firstPosition = stream.version + 1;
    stream.version += events;
    return { streamId: stream.streamId, expectedVersion, firstPosition };
  }
}
