/**
 * Points between two steps of a workflow where a test may kill the process dead, to show that the workflow
 * converges after a restart. Off unless the process runs under `NODE_ENV=test` with `FAULT_KILL_AT` naming points
 * (comma-separated), each `<workflow>/<what it works on>/<step>/<count>`, e.g. `guide-issuance/GTF-2026-000123/dispatched/1`
 * (a merge is named by its first parent, a transformation by its id).
 */
export class FaultPoints {
  private readonly killAt: ReadonlySet<string>;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.killAt = new Set(env.NODE_ENV === 'test' ? (env.FAULT_KILL_AT ?? '').split(',').filter((point) => point !== '') : []);
  }

  /** Kills this process with SIGKILL, no shutdown, when the test named `point`. */
  reached(point: string): void {
    if (this.killAt.has(point)) process.kill(process.pid, 'SIGKILL');
  }
}

/** Injection token of the app's fault points: `@Inject(FAULTS) faults: FaultPoints`. */
export const FAULTS = Symbol('FaultPoints');
