import { lineageLots, type LineageView } from '../lineage.js';
import { epcisTime, type EpcisEvent } from './epcis-event.js';
import { guideEvents } from './epcis-guide-events.js';
import { makingEvents, measureEvents } from './epcis-lot-events.js';
import { epcisNames } from './epcis-names.js';
import { instant, lotsInOrder, timeline } from './epcis-timeline.js';

export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/** An EPCIS 2.0 JSON-LD document; the `tt:` prefix names this system's own fields, steps and dispositions. */
export interface EpcisDocument {
  readonly '@context': readonly [typeof EPCIS_CONTEXT, { readonly tt: string }];
  readonly type: 'EPCISDocument';
  readonly schemaVersion: '2.0';
  readonly creationDate: string;
  readonly epcisBody: { readonly eventList: readonly EpcisEvent[] };
}

/** A lot's whole chain of custody back to the forest as GS1 EPCIS 2.0 events, in time order. */
export function epcisDocument(view: LineageView, options: { readonly createdAt: string; readonly baseUri: string }): EpcisDocument {
  const names = epcisNames(options.baseUri);
  const lots = lotsInOrder(view);
  const times = timeline(lots, view.transformations, options.createdAt);
  const lotIds = new Set(lineageLots(view).map((lot) => lot.lotId));
  const events = [
    ...makingEvents(lots, view.transformations, names, times),
    ...view.guides.flatMap((guide) => guideEvents(guide, lotIds, names, times)),
    ...measureEvents(lots, names, times),
  ];
  return {
    '@context': [EPCIS_CONTEXT, { tt: names.namespace }],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: epcisTime(options.createdAt),
    // A stable sort: events at the same time keep the order they were made in, the lots' before what was done to them.
    epcisBody: { eventList: events.sort((a, b) => instant(a.eventTime) - instant(b.eventTime)) },
  };
}
