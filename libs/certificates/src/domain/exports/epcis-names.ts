import type { GeoPoint } from '#shared-kernel';

/** The URIs EPCIS names the lineage's things by: one path per kind under the deployment's base. */
export interface EpcisNames {
  /** Where the `tt:` fields, steps and dispositions are defined. */
  readonly namespace: string;
  readonly lot: (lotId: string) => string;
  readonly guide: (guideNumber: string) => string;
  readonly transformation: (transformationId: string) => string;
  readonly facility: (facilityId: string) => string;
  readonly checkpoint: (checkpointId: string) => string;
  readonly party: (taxId: string) => string;
  readonly permit: (permitId: string) => string;
  readonly plan: (planId: string) => string;
  readonly case: (caseId: string) => string;
  /** The same fact always gets the same event id, so a document made twice names its events alike. */
  readonly event: (kind: string, ...ids: readonly string[]) => string;
}

export function epcisNames(baseUri: string): EpcisNames {
  const base = baseUri.replace(/\/+$/, '');
  const under = (...segments: readonly string[]) => [base, ...segments.map(encodeURIComponent)].join('/');
  return {
    namespace: `${base}/epcis/ns#`,
    lot: (lotId) => under('lots', lotId),
    guide: (guideNumber) => under('guides', guideNumber),
    transformation: (transformationId) => under('transformations', transformationId),
    facility: (facilityId) => under('facilities', facilityId),
    checkpoint: (checkpointId) => under('checkpoints', checkpointId),
    party: (taxId) => under('parties', taxId),
    permit: (permitId) => under('permits', permitId),
    plan: (planId) => under('plans', planId),
    case: (caseId) => under('cases', caseId),
    event: (kind, ...ids) => under('epcis', 'events', kind, ...ids),
  };
}

/** A point as an RFC 5870 `geo:` URI, latitude first, as EPCIS allows for a read point. */
export function geoUri({ coordinates: [longitude, latitude] }: GeoPoint): string {
  return `geo:${latitude},${longitude}`;
}
