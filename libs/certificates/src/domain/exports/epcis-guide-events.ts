import type { GuideRecord } from '../lineage.js';
import { eventHead, lotQuantity, type EpcisEvent } from './epcis-event.js';
import type { EpcisNames } from './epcis-names.js';
import type { Timeline } from './epcis-timeline.js';

/** The guide's transport of the view's lots: loaded under it, stopped at checkpoints, received at its destination. */
export function guideEvents(guide: GuideRecord, lotIds: ReadonlySet<string>, names: EpcisNames, timeline: Timeline): EpcisEvent[] {
  const lots = guide.lots.filter((lotId) => lotIds.has(lotId));
  // A guide that carried none of the view's lots tells nothing of their custody.
  if (lots.length === 0) return [];
  const quantities = lots.map((lotId) => lotQuantity(names.lot(lotId)));
  const guideUri = names.guide(guide.guideNumber);
  // The guide is the transport's business document: a GTF, Peru's forest transport guide.
  const transport = [{ type: 'tt:gtf', bizTransaction: guideUri }];
  const { destination } = guide;
  const facility = destination && names.facility(destination.facilityId);
  const loading: EpcisEvent = {
    ...eventHead('AggregationEvent', names.event('loadings', guide.guideNumber), timeline.at(guide.issuedAt, lots)),
    action: 'ADD',
    parentID: guideUri,
    childQuantityList: quantities,
    bizStep: 'loading',
    disposition: 'in_transit',
    ...(guide.holderTaxId === undefined ? {} : { sourceList: [{ type: 'owning_party', source: names.party(guide.holderTaxId) }] }),
    ...(destination === undefined
      ? {}
      : {
          destinationList: [
            { type: 'owning_party', destination: names.party(destination.consigneeTaxId) },
            { type: 'location', destination: names.facility(destination.facilityId) },
          ],
        }),
    ...(guide.issuerTaxId === undefined ? {} : { 'tt:issuer': names.party(guide.issuerTaxId) }),
    ...(guide.authority === undefined ? {} : { 'tt:authority': guide.authority }),
  };
  const inspections = guide.flags.map(
    (flag): EpcisEvent => ({
      ...eventHead('ObjectEvent', names.event('inspections', flag.scanId), timeline.at(flag.observedAt, [])),
      action: 'OBSERVE',
      bizStep: 'inspecting',
      disposition: 'non_conformant',
      quantityList: quantities,
      readPoint: { id: names.checkpoint(flag.checkpoint) },
      bizTransactionList: transport,
      'tt:failedRules': flag.rules,
      ...(flag.caseId === undefined ? {} : { 'tt:case': names.case(flag.caseId) }),
    }),
  );
  const receipt: EpcisEvent[] =
    guide.deliveredAt === undefined
      ? []
      : [
          {
            ...eventHead('ObjectEvent', names.event('receipts', guide.guideNumber), timeline.at(guide.deliveredAt, [])),
            action: 'OBSERVE',
            bizStep: 'receiving',
            disposition: 'in_progress',
            quantityList: quantities,
            ...(facility === undefined ? {} : { readPoint: { id: facility }, bizLocation: { id: facility } }),
            bizTransactionList: transport,
          },
        ];
  return [loading, ...inspections, ...receipt];
}
