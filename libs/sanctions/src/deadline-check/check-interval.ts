/** Injection token of the deadline check's interval in milliseconds (`SanctionsSettings.deadlineCheckMs`). */
export const DEADLINE_CHECK_INTERVAL = Symbol('DeadlineCheckInterval');
