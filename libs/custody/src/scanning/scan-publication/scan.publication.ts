import type { Publication } from '#messaging';
import { inBaseUnit, type Recorded, type StreamStore } from '#shared-kernel';
import type { LoadLineV1, ShipmentFlaggedV1, ShipmentScannedV1, ShipmentVerdictRevisedV1 } from '../../integration/index.js';
import { seizedTimber } from '../../domain/guide.undeclared.js';
import { declaredLoad, observedLoad, type SpeciesLoad } from '../../domain/scan-checks/load-matching.js';
import type { IssuedGuide } from '../../domain/guide.js';
import type { GuideIssued, ScanVerdictRevised, ShipmentScanned } from '../../domain/guide.events.js';
import { guideStream } from '../../domain/guide.decider.js';
import { issuedGuide } from '../../issued-guide.js';

export type ScanIntegrationEvent = ShipmentScannedV1 | ShipmentFlaggedV1 | ShipmentVerdictRevisedV1;

/**
 * Custody's scans and their revisions. Unlike the lots' and guides' publication it reads the guide of a flagged scan,
 * because `ShipmentFlagged` names its lots and holder; the guide as issued and its recorded scans never change, so a
 * redelivery is identical.
 */
export function scanPublication(store: StreamStore): Publication<ShipmentScanned | ScanVerdictRevised> {
  return {
    name: 'custody-scans',
    publishes: ['ShipmentScanned', 'ShipmentFlagged', 'ShipmentVerdictRevised'],
    eventTypes: ['ShipmentScanned', 'ScanVerdictRevised'],
    streamPrefixes: ['guide-'],
    publish: async (event: Recorded<ShipmentScanned | ScanVerdictRevised>) => {
      if (event.type === 'ScanVerdictRevised') return revisionIntegrationEvents(event.data, await revisedScan(store, event.data));
      const { data } = event;
      // Only `ShipmentFlagged` names the guide's lots and holder: a scan that holds nothing is published without reading the guide.
      return scanIntegrationEvents(data, data.verdict.decision === 'immobilise' ? await issuedGuide(store, data.guideNumber) : undefined);
    },
  };
}

/**
 * The revised scan as recorded, with the revision's results, and the guide, when the revision makes it immobilise: it is
 * flagged as it would have been. One flagged already was published with its findings then.
 */
async function revisedScan(store: StreamStore, revision: ScanVerdictRevised['data']): Promise<FlaggedAgain | undefined> {
  if (revision.verdict.decision !== 'immobilise' || revision.previous.decision === 'immobilise') return undefined;
  // One read gives both: the guide as issued and the scan as recorded.
  const history = await guideStream.read(store, revision.guideNumber);
  const scanned = history.find((event): event is Recorded<ShipmentScanned> => event.type === 'ShipmentScanned' && event.data.scanId === revision.scanId);
  const guide = history.find((event): event is Recorded<GuideIssued> => event.type === 'GuideIssued')?.data;
  if (!scanned) throw new Error(`Revision of scan ${revision.scanId} of guide ${revision.guideNumber} names no recorded scan`);
  const { results, verdict, caseId } = revision;
  return { scan: { ...scanned.data, results, verdict, ...(caseId === undefined ? {} : { caseId }) }, guide };
}

interface FlaggedAgain {
  readonly scan: ShipmentScanned['data'];
  readonly guide: IssuedGuide | undefined;
}

/** Every revision as `ShipmentVerdictRevised`; one that makes its scan immobilise also as that scan's `ShipmentFlagged`. */
export function revisionIntegrationEvents(revision: ScanVerdictRevised['data'], flagged: FlaggedAgain | undefined): ScanIntegrationEvent[] {
  const { guideNumber, scanId, checkpoint, authority, observedAt, previous, verdict, reason, caseId, at } = revision;
  const revised: ShipmentVerdictRevisedV1 = {
    type: 'ShipmentVerdictRevised',
    version: 1,
    data: {
      guideNumber,
      scanId,
      checkpoint,
      authority,
      observedAt,
      previous: { verdict: previous.decision, failedRules: previous.failed, warningRules: previous.warnings },
      verdict: verdict.decision,
      failedRules: verdict.failed,
      warningRules: verdict.warnings,
      revisedBy: reason,
      ...(caseId === undefined ? {} : { caseId }),
      at,
    },
  };
  const flags = flagged ? scanIntegrationEvents(flagged.scan, flagged.guide).filter((event) => event.type === 'ShipmentFlagged') : [];
  return [revised, ...flags];
}

/**
 * Every scan is published as `ShipmentScanned`; one whose verdict is `immobilise` also as `ShipmentFlagged`,
 * with the guide's lots and holder (none for a number never issued) and the failed checks, for the sanctions context.
 */
export function scanIntegrationEvents(scan: ShipmentScanned['data'], guide: IssuedGuide | undefined): ScanIntegrationEvent[] {
  const { guideNumber, scanId, checkpoint, authority, plate, driverId, observedAt, verdict, results } = scan;
  const scanned: ShipmentScannedV1 = {
    type: 'ShipmentScanned',
    version: 1,
    data: { guideNumber, scanId, checkpoint, authority, plate, observedAt, verdict: verdict.decision, failedRules: verdict.failed, warningRules: verdict.warnings },
  };
  if (verdict.decision !== 'immobilise') return [scanned];
  const flagged: ShipmentFlaggedV1 = {
    type: 'ShipmentFlagged',
    version: 1,
    data: {
      guideNumber,
      scanId,
      lots: guide?.lines.map((line) => line.lotId) ?? [],
      ...(guide === undefined ? {} : { holderTaxId: guide.holderTaxId }),
      checkpoint,
      authority,
      plate,
      driverId,
      observedAt,
      failedChecks: results.filter((result) => result.outcome === 'failure').map(({ rule, expected, observed, message }) => ({ rule, expected, observed, message })),
      ...(scan.caseId === undefined ? {} : { caseId: scan.caseId, load: loadSideBySide(scan, guide) }),
    },
  };
  return [scanned, flagged];
}

function loadSideBySide(scan: ShipmentScanned['data'], guide: IssuedGuide | undefined): NonNullable<ShipmentFlaggedV1['data']['load']> {
  const line = ({ name, pieces, measure, amount }: SpeciesLoad): LoadLineV1 => ({ species: name, pieces, volume: inBaseUnit(amount, measure) });
  return {
    declared: guide ? declaredLoad(guide).map(line) : [],
    observed: observedLoad(scan.observedLines).map(line),
    seized: seizedTimber(scan).map(({ lotId, species, pieces, volume, basis, seizedPieces }) => ({
      lotId,
      species,
      pieces,
      volume,
      basis,
      ...(seizedPieces ? { pieceCodes: seizedPieces.map((piece) => piece.code) } : {}),
    })),
  };
}
