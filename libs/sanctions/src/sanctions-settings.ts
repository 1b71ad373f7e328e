/** What sanctions is configured with, read by the app at start and passed to `SanctionsModule.forRoot`. */
export interface SanctionsSettings {
  /** How often cases are checked for a missed deadline, in milliseconds. */
  readonly deadlineCheckMs: number;
}
