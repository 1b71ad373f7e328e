import type { PlanGuideRow } from './plan-guides.projection.js';

/** The guides issued for each permit's plan, as scans count what other guides moved: eventually consistent. */
export interface PlanGuides {
  /** Every guide issued under the plan, annulled ones included. */
  ofPlan(permitId: string, planId: string): Promise<PlanGuideRow[]>;
}

/** Injection token of the plan guides: `@Inject(PLAN_GUIDES) planGuides: PlanGuides`. */
export const PLAN_GUIDES = Symbol('PlanGuides');
