import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { withCorrelationId } from '#shared-kernel';
import { correlationMixin } from './correlation-mixin.js';

function captured(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const written: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (written.push(chunk.toString()), done()) });
  return { logger: pino({ mixin: correlationMixin }, sink), lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('correlationMixin', () => {
  it('writes the correlation id of the work in hand on its lines, and none outside it', () => {
    const { logger, lines } = captured();
    withCorrelationId('msg-corr-1', () => logger.info('handled'));
    logger.info('idle');
    expect(lines().map((line) => [line.msg, line.correlationId])).toEqual([
      ['handled', 'msg-corr-1'],
      ['idle', undefined],
    ]);
  });

  it('leaves a line whose logger is bound to a request its one correlation id', () => {
    const { logger, lines } = captured();
    withCorrelationId('ambient', () => logger.child({ correlationId: 'request-1' }).info('served'));
    const [line] = lines();
    expect(line!.correlationId).toBe('request-1');
    expect(JSON.stringify(line).match(/correlationId/g)).toHaveLength(1);
  });
});
