import type { IntegrationTopic } from '#messaging';

/** Every integration event custody publishes, on its topic when contexts run apart. */
export const CUSTODY_TOPIC: IntegrationTopic = {
  context: 'custody',
  types: ['LotDelivered', 'LotImmobilised', 'LotReleased', 'LotConfiscated', 'ConfiscatedLotDisposed', 'LotLineageChanged', 'GuideIssued', 'GuideDelivered', 'ShipmentScanned', 'ShipmentFlagged', 'ShipmentVerdictRevised'],
};
