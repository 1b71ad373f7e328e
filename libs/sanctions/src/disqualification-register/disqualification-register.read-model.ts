import type { ReadModel } from '#projections';
import type { RegisteredDisqualification } from '../domain/disqualification-register.js';
import type { DisqualificationFilter, DisqualificationRegister } from './disqualification-register.port.js';

/** The register over the `sanctions_disqualifications` projection, the last to end first. */
export class DisqualificationRegisterReadModel implements DisqualificationRegister {
  constructor(private readonly model: ReadModel<RegisteredDisqualification>) {}

  async find({ taxId, runningOn }: DisqualificationFilter): Promise<RegisteredDisqualification[]> {
    const rows = await this.model.query<{ data: RegisteredDisqualification }>(
      (table) =>
        `SELECT data FROM ${table} WHERE ($1::text IS NULL OR data->>'taxId' = $1::text) AND ($2::text IS NULL OR data->>'until' >= $2::text)
           ORDER BY data->>'until' DESC, id`,
      [taxId ?? null, runningOn ?? null],
    );
    return rows.map((row) => row.data);
  }
}
