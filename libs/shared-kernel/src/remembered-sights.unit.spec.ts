import { describe, expect, it } from '@jest/globals';
import type { Event } from './messages.js';
import { RememberedSights } from './remembered-sights.js';
import type { StreamSight } from './stream-sight.js';

const sight = (version: number, snapshot?: number): StreamSight<Event, number> => ({ state: version, version, events: [], found: [], ...(snapshot === undefined ? {} : { snapshot }) });

describe('RememberedSights', () => {
  it('holds the streams used last, forgetting the one used longest ago', () => {
    const remembered = new RememberedSights<Event, number>(2);
    remembered.keep('a', sight(1));
    remembered.keep('b', sight(1));
    expect(remembered.recall('a')).toEqual(sight(1));
    remembered.keep('c', sight(1));
    expect(remembered.recall('b')).toBeUndefined();
    expect(remembered.recall('a')).toEqual(sight(1));
    expect(remembered.recall('c')).toEqual(sight(1));
  });

  it('keeps the newer sight of a stream, and forgets one when told', () => {
    const remembered = new RememberedSights<Event, number>(2);
    remembered.keep('a', sight(1));
    remembered.keep('a', sight(2));
    expect(remembered.recall('a')?.version).toBe(2);
    remembered.forget('a');
    expect(remembered.recall('a')).toBeUndefined();
  });

  it('holds nothing when told to hold none, and no sight read from a snapshot', () => {
    const none = new RememberedSights<Event, number>(0);
    none.keep('a', sight(1));
    expect(none.recall('a')).toBeUndefined();
    const some = new RememberedSights<Event, number>(2);
    some.keep('a', sight(5, 3));
    expect(some.recall('a')).toBeUndefined();
  });
});
