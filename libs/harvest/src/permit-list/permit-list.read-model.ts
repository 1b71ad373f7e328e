import type { ReadModel } from '#projections';
import type { PermitView } from '../permit-view/permit-view.js';
import type { PermitList, PermitListFilter } from './permit-list.port.js';

/** The permit list over the `harvest_permits` projection: a filter is a JSON containment, served by the table's JSON index. */
export class PermitListReadModel implements PermitList {
  constructor(private readonly model: ReadModel<PermitView>) {}

  find(filter: PermitListFilter, limit: number): Promise<PermitView[]> {
    return this.model.rows.find(given(filter), limit);
  }
}

/** A field left undefined does not narrow the list. */
function given<T extends object>(filter: T): Partial<T> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as Partial<T>;
}
