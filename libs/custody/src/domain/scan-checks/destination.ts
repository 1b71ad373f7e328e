import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

/**
 * Check 9: the destination is an authorised processor, depot or exporter, and the consignee the guide
 * names. An unauthorised or unknown facility gives no legal outlet; a mismatch with the consignee is a slip.
 */
export function checkDestination({ facts, guide }: GuidedScan): CheckResult[] {
  const { consignee, destination } = guide.issued;
  const facility = facts.destination;
  const expected = { facilityId: consignee.facilityId, kind: consignee.kind, taxId: consignee.taxId, authorised: true };
  const observed = { facilityId: destination.facilityId, kind: facility?.kind ?? null, taxId: facility?.holderTaxId ?? null, authorised: facility?.authorised ?? false };
  if (!facility) return [result('DESTINATION', 'failure', expected, observed, `No facility ${destination.facilityId} is registered: the timber has no legal destination`)];
  if (!facility.authorised) return [result('DESTINATION', 'failure', expected, observed, `Facility ${destination.facilityId} is not authorised to receive timber`)];
  const mismatches = [
    ...(destination.facilityId === consignee.facilityId ? [] : [`the destination is ${destination.facilityId}, the consignee's facility ${consignee.facilityId}`]),
    ...(facility.kind === consignee.kind ? [] : [`the facility is a ${facility.kind}, the consignee declared as a ${consignee.kind}`]),
    ...(facility.holderTaxId === consignee.taxId ? [] : [`the facility is held by ${facility.holderTaxId}, the consignee is ${consignee.taxId}`]),
  ];
  if (mismatches.length > 0) return [result('DESTINATION', 'warning', expected, observed, `The destination does not match the consignee: ${mismatches.join('; ')}`)];
  return [result('DESTINATION', 'pass', expected, observed, `Facility ${destination.facilityId} is an authorised ${facility.kind} and the consignee`)];
}
