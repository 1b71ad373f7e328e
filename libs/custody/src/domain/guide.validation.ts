import type { GuideLine, GuideOrigin, IssuedGuide, Trajectory, TrajectoryCheckpoint } from './guide.js';
import { plateKey } from './guide.names.js';
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
  taxIdProblems,
  textProblems,
  volumeProblems,
} from './guide.problems.js';
import { isBefore, minutesBetween } from './guide.time.js';
import { pieceListProblems } from './guide.piece-lists.js';

/** Everything wrong with a guide before it may be issued. */
export function guideProblems(guide: IssuedGuide): Problem[] {
  return [
    ...textProblems('number', guide.number),
    ...textProblems('registrationNumber', guide.registrationNumber),
    ...textProblems('authority', guide.authority),
    ...taxIdProblems('issuerTaxId', guide.issuerTaxId),
    ...taxIdProblems('holderTaxId', guide.holderTaxId),
    ...taxIdProblems('ownerTaxId', guide.ownerTaxId),
    ...originProblems(guide.origin),
    ...taxIdProblems('consignee.taxId', guide.consignee.taxId),
    ...textProblems('consignee.facilityId', guide.consignee.facilityId),
    ...textProblems('destination.facilityId', guide.destination.facilityId),
    ...positionProblems('destination.position', guide.destination.position),
    ...vehicleProblems(guide.vehiclePlates),
    ...textProblems('driver.id', guide.driver.id),
    ...textProblems('driver.licence', guide.driver.licence),
    ...linesProblems(guide.lines),
    ...validityProblems(guide.issuedAt, guide.expiresAt),
    ...trajectoryProblems(guide.trajectory, guide.issuedAt, guide.expiresAt),
  ];
}

function originProblems(origin: GuideOrigin): Problem[] {
  const ids = origin.kind === 'permit' ? [...textProblems('origin.permitId', origin.permitId), ...textProblems('origin.planId', origin.planId)] : textProblems('origin.processorId', origin.processorId);
  return [...ids, ...positionProblems('origin.position', origin.position)];
}

function vehicleProblems(plates: readonly string[]): Problem[] {
  if (plates.length === 0) return [problem('vehiclePlates', 'no_vehicle')];
  return [...plates.flatMap((plate, index) => textProblems(`vehiclePlates[${index}]`, plate)), ...duplicateProblems('vehiclePlates', plates.map(plateKey))];
}

function linesProblems(lines: readonly GuideLine[]): Problem[] {
  if (lines.length === 0) return [problem('lines', 'no_lines')];
  return [...lines.flatMap(lineProblems), ...duplicateProblems('lines', lines.map((line) => line.lotId)), ...pieceListProblems(lines)];
}

function lineProblems(line: GuideLine, index: number): Problem[] {
  const path = `lines[${index}]`;
  return [
    ...textProblems(`${path}.lotId`, line.lotId),
    ...nameProblems(`${path}.scientificName`, line.scientificName),
    ...textProblems(`${path}.commonName`, line.commonName),
    ...volumeProblems(`${path}.volume`, line.volume),
    ...piecesProblems(`${path}.pieces`, line.pieces),
  ];
}

function validityProblems(issuedAt: string, expiresAt: string): Problem[] {
  const format = [...instantProblems('issuedAt', issuedAt), ...instantProblems('expiresAt', expiresAt)];
  if (format.length > 0) return format;
  return isBefore(issuedAt, expiresAt) ? [] : [problem('expiresAt', 'expiry_not_after_issue')];
}

function trajectoryProblems(trajectory: Trajectory, issuedAt: string, expiresAt: string): Problem[] {
  const width = trajectory.corridorWidthKm === undefined ? [] : positiveProblems('trajectory.corridorWidthKm', trajectory.corridorWidthKm);
  // Windows are held to the validity only once the validity itself is sound.
  const validMinutes = validityProblems(issuedAt, expiresAt).length === 0 ? minutesBetween(issuedAt, expiresAt) : Infinity;
  const checkpoints = trajectory.checkpoints.flatMap((checkpoint, index) =>
    checkpointProblems(checkpoint, trajectory.checkpoints[index - 1], `trajectory.checkpoints[${index}]`, validMinutes),
  );
  const codes = duplicateProblems(
    'trajectory.checkpoints',
    trajectory.checkpoints.map((checkpoint) => checkpoint.code),
  );
  return [...width, ...checkpoints, ...codes];
}

function checkpointProblems(checkpoint: TrajectoryCheckpoint, previous: TrajectoryCheckpoint | undefined, path: string, validMinutes: number): Problem[] {
  const { earliestArrivalMinutes: earliest, latestArrivalMinutes: latest } = checkpoint;
  const found = [
    ...textProblems(`${path}.code`, checkpoint.code),
    ...positionProblems(`${path}.position`, checkpoint.position),
    ...notNegativeProblems(`${path}.earliestArrivalMinutes`, earliest),
    ...notNegativeProblems(`${path}.latestArrivalMinutes`, latest),
  ];
  if (earliest > latest) found.push(problem(`${path}.latestArrivalMinutes`, 'arrival_window_inverted'));
  // Checkpoints are listed in travel order, so each window opens and closes after the previous one.
  if (previous && !(earliest > previous.earliestArrivalMinutes)) found.push(problem(`${path}.earliestArrivalMinutes`, 'arrival_not_increasing'));
  if (previous && !(latest > previous.latestArrivalMinutes)) found.push(problem(`${path}.latestArrivalMinutes`, 'arrival_not_increasing'));
  if (latest > validMinutes) found.push(problem(`${path}.latestArrivalMinutes`, 'arrival_after_expiry'));
  return found;
}
