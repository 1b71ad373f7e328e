import type { ReadModel } from '#projections';
import type { PlanGuides } from './plan-guides.port.js';
import type { PlanGuideRow } from './plan-guides.projection.js';

/** A plan has at most a few hundred guides; more would be a fault of the register, not a reason to miss some. */
const MOST_PLAN_GUIDES = 100_000;

/** The plan guides over the `custody_plan_guides` projection, served by its (permitId, planId) index. */
export class PlanGuidesReadModel implements PlanGuides {
  constructor(private readonly model: ReadModel<PlanGuideRow>) {}

  async ofPlan(permitId: string, planId: string): Promise<PlanGuideRow[]> {
    const rows = await this.model.query<{ data: PlanGuideRow }>(
      (table) => `SELECT data FROM ${table} WHERE data->>'permitId' = $1 AND data->>'planId' = $2 LIMIT $3`,
      [permitId, planId, MOST_PLAN_GUIDES],
    );
    return rows.map((row) => row.data);
  }
}
