import { DomainError } from '#shared-kernel';

/** The checkpoints catalogue in force at the observation time has no such code. */
export class CheckpointNotFound extends DomainError {
  constructor(code: string, at: string) {
    super('not_found', 'checkpoint_not_found', `No checkpoint ${code} is in the checkpoints catalogue in force at ${at}`, { code, at });
  }
}
