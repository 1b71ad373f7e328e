import type { FieldViolation } from '#http';
import type { ReferenceData } from '#reference-data/integration';
import { DomainError } from '#shared-kernel';
import type { Trajectory, TrajectoryCheckpoint } from '../domain/guide.js';
import type { TrajectoryDto } from './issue-guide.dto.js';

/** A trajectory names checkpoints of the catalogue in force when the guide is issued, and no others. */
export class UnknownCheckpoints extends DomainError {
  constructor(fields: readonly FieldViolation[]) {
    super('invalid', 'unknown_checkpoint', 'The trajectory names checkpoints that the checkpoints catalogue in force does not hold', { fields });
  }
}

/** The trajectory as registered: each code checked against the catalogue in force at issue, positions taken from it unless given. */
export async function registeredTrajectory(reference: ReferenceData, dto: TrajectoryDto, issuedAt: string): Promise<Trajectory> {
  const at = new Date(issuedAt);
  const entries = await Promise.all(dto.checkpoints.map((checkpoint) => reference.checkpoint(checkpoint.code, at)));
  const unknown = dto.checkpoints.flatMap((checkpoint, index) =>
    entries[index] ? [] : [{ path: `trajectory.checkpoints.${index}.code`, messages: [`${checkpoint.code} is not in the checkpoints catalogue in force at ${issuedAt}`] }],
  );
  if (unknown.length > 0) throw new UnknownCheckpoints(unknown);
  const checkpoints = dto.checkpoints.map((checkpoint, index): TrajectoryCheckpoint => {
    const entry = entries[index]!;
    return {
      code: checkpoint.code,
      position: checkpoint.position ?? [entry.longitude, entry.latitude],
      mandatory: checkpoint.mandatory ?? true,
      earliestArrivalMinutes: checkpoint.earliestArrivalMinutes,
      latestArrivalMinutes: checkpoint.latestArrivalMinutes,
    };
  });
  return dto.corridorWidthKm === undefined ? { checkpoints } : { checkpoints, corridorWidthKm: dto.corridorWidthKm };
}
