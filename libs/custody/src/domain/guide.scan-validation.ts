import {
  duplicateProblems,
  instantProblems,
  nameProblems,
  notNegativeProblems,
  piecesProblems,
  positionProblems,
  positiveProblems,
  problem,
  type Problem,
  textProblems,
  volumeProblems,
} from './guide.problems.js';
import { isBefore } from './guide.time.js';
import type { ObservedLine, ScanObservation } from './scan-checks/scan-context.js';
import type { ScanFacts, ScanThresholds } from './scan-checks/scan-facts.js';

/** Everything wrong with a scan before it can be judged: what the checkpoint recorded, and the facts the handler gathered. */
export function scanProblems(scan: ScanObservation, facts: ScanFacts): Problem[] {
  return [
    ...textProblems('scanId', scan.scanId),
    ...textProblems('checkpoint', scan.checkpoint),
    ...textProblems('guideNumber', scan.guideNumber),
    ...textProblems('plate', scan.plate),
    ...textProblems('driverId', scan.driverId),
    ...scan.observedLines.flatMap(observedLineProblems),
    ...(scan.scaleWeightKg === undefined ? [] : positiveProblems('scaleWeightKg', scan.scaleWeightKg)),
    ...(scan.checkedPieces ?? []).flatMap((piece, index) => textProblems(`checkedPieces[${index}].code`, piece.code)),
    ...duplicateProblems('checkedPieces', (scan.checkedPieces ?? []).map((piece) => piece.code)),
    ...timeProblems(scan.observedAt, scan.recordedAt),
    ...positionProblems('position', scan.position),
    ...factProblems(scan, facts),
  ];
}

function observedLineProblems(line: ObservedLine, index: number): Problem[] {
  const path = `observedLines[${index}]`;
  return [
    ...nameProblems(`${path}.scientificName`, line.scientificName),
    ...piecesProblems(`${path}.pieces`, line.pieces, true),
    ...volumeProblems(`${path}.volume`, line.volume, true),
  ];
}

function timeProblems(observedAt: string, recordedAt: string): Problem[] {
  const format = [...instantProblems('observedAt', observedAt), ...instantProblems('recordedAt', recordedAt)];
  if (format.length > 0) return format;
  return isBefore(recordedAt, observedAt) ? [problem('recordedAt', 'recorded_before_observed')] : [];
}

function factProblems(scan: ScanObservation, facts: ScanFacts): Problem[] {
  return [
    ...(facts.checkpoint.code === scan.checkpoint ? [] : [problem('facts.checkpoint.code', 'not_this_checkpoint')]),
    ...positionProblems('facts.checkpoint.position', facts.checkpoint.position),
    ...thresholdProblems(facts.thresholds),
    ...facts.sightings.flatMap((sighting, index) => [
      ...positionProblems(`facts.sightings[${index}].position`, sighting.position),
      ...instantProblems(`facts.sightings[${index}].observedAt`, sighting.observedAt),
    ]),
    ...facts.citesPermits.flatMap((permit, index) => [
      ...instantProblems(`facts.citesPermits[${index}].validFrom`, permit.validFrom),
      ...instantProblems(`facts.citesPermits[${index}].validUntil`, permit.validUntil),
    ]),
  ];
}

function thresholdProblems(thresholds: ScanThresholds): Problem[] {
  const path = 'facts.thresholds';
  return [
    ...notNegativeProblems(`${path}.volumeTolerancePercent`, thresholds.volumeTolerancePercent),
    ...notNegativeProblems(`${path}.pieceTolerance`, thresholds.pieceTolerance),
    ...notNegativeProblems(`${path}.weightTolerancePercent`, thresholds.weightTolerancePercent),
    ...positiveProblems(`${path}.maximumSpeedKmPerHour`, thresholds.maximumSpeedKmPerHour),
    ...positiveProblems(`${path}.maximumDwellHours`, thresholds.maximumDwellHours),
    ...positiveProblems(`${path}.corridorWidthKm`, thresholds.corridorWidthKm),
  ];
}
