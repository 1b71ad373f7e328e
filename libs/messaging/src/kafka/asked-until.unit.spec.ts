import { describe, expect, it } from '@jest/globals';
import { KafkaJSConnectionError, KafkaJSProtocolError } from 'kafkajs';
import { askedUntil } from './asked-until.js';

// The error kafkajs gives for a partition whose leader is not settled yet (code 6, retriable).
const notLeader = () => new KafkaJSProtocolError(Object.assign(new Error('This server is not the leader for that topic-partition'), { type: 'NOT_LEADER_FOR_PARTITION', code: 6, retriable: true }));

describe('askedUntil', () => {
  it('asks again while the partition has no settled leader and returns the first good answer', async () => {
    let asked = 0;
    const answer = await askedUntil(async () => (++asked < 3 ? Promise.reject(notLeader()) : 'offsets'), Date.now() + 5_000, 1);
    expect(answer).toBe('offsets');
    expect(asked).toBe(3);
  });

  it('tells a broker that cannot be reached at once, though kafkajs calls it retriable', async () => {
    let asked = 0;
    const down = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    await expect(askedUntil(async () => Promise.reject((asked++, down)), Date.now() + 5_000, 1)).rejects.toBe(down);
    expect(asked).toBe(1);
  });

  it('tells any other refusal at once', async () => {
    let asked = 0;
    const refusal = new KafkaJSProtocolError(Object.assign(new Error('Not authorized to access topics'), { type: 'TOPIC_AUTHORIZATION_FAILED', code: 29, retriable: false }));
    await expect(askedUntil(async () => Promise.reject((asked++, refusal)), Date.now() + 5_000, 1)).rejects.toBe(refusal);
    expect(asked).toBe(1);
  });

  it('gives up on an unsettled leader once the deadline has passed', async () => {
    let asked = 0;
    await expect(askedUntil(async () => Promise.reject((asked++, notLeader())), Date.now() + 30, 5)).rejects.toThrow('not the leader');
    expect(asked).toBeGreaterThan(1);
  });
});
