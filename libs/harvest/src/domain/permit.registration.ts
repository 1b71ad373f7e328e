import type { RegisterPermit } from './permit.commands.js';
import { InvalidTaxId, PermitAlreadyRegistered, UnknownPermitKind } from './permit.errors.js';
import type { PermitRegistered } from './permit.events.js';
import { requirePolygon, requireText, requireValidity } from './permit.guards.js';
import { PERMIT_KINDS, type PermitKind } from './permit.js';
import type { PermitState } from './permit.state.js';

const RUC = /^\d{11}$/;

export function registerPermit({ data }: RegisterPermit, state: PermitState): PermitRegistered[] {
  if (state) throw new PermitAlreadyRegistered(state.permitId);
  if (!PERMIT_KINDS.includes(data.kind as PermitKind)) throw new UnknownPermitKind(data.kind);
  if (!RUC.test(data.holderTaxId)) throw new InvalidTaxId(data.holderTaxId);
  requirePolygon('area', data.area);
  return [
    {
      type: 'PermitRegistered',
      data: {
        permitId: requireText('permitId', data.permitId),
        kind: data.kind,
        holderTaxId: data.holderTaxId,
        authority: requireText('authority', data.authority),
        resolutionNumber: requireText('resolutionNumber', data.resolutionNumber),
        area: data.area,
        validity: requireValidity('validity', data.validity),
      },
    },
  ];
}
