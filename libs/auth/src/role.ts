/**
 * Who may call the API, each acting for one organisation (the token's `org` claim):
 * - `permit_holder`: the holder's tax id (RUC);
 * - `checkpoint_operator`: the forestry checkpoint's code;
 * - `processor`: the facility id;
 * - `regulator`: the authority — `SERFOR`, `OSINFOR` or a regional authority such as `ARFFS-UCAYALI`;
 * - `exporter`: the exporter's tax id (RUC);
 * - `carrier`: whoever drives or runs the transport, by identity document (DNI) or RUC: party to the cases of its loads;
 * - `operator`: the team that runs the service (its parked messages and replays), not a party to any lot.
 * The public (buyers, customs abroad) has no token and no role.
 */
export const Role = {
  PermitHolder: 'permit_holder',
  CheckpointOperator: 'checkpoint_operator',
  Processor: 'processor',
  Regulator: 'regulator',
  Exporter: 'exporter',
  Carrier: 'carrier',
  Operator: 'operator',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** `checkpoint_operator` → `checkpoint operator`, for messages people read. */
export function roleLabel(role: string): string {
  return role.replaceAll('_', ' ');
}
