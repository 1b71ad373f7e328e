/**
 * Points between two steps of a workflow where a test may kill the process dead, to show that the workflow
 * converges after a restart. Off unless armed: the app arms the points `FAULT_KILL_AT` names (comma-separated) only
 * under `NODE_ENV=test`, each `<workflow>/<what it works on>/<step>/<count>`, e.g. `guide-issuance/GTF-2026-000123/dispatched/1`
 * (a merge is named by its first parent, a transformation by its id).
 */
export class FaultPoints {
  private readonly killAt: ReadonlySet<string>;

  constructor(killAt: readonly string[] = []) {
    this.killAt = new Set(killAt);
  }

  /** Kills this process with SIGKILL, no shutdown, when the test named `point`. */
  reached(point: string): void {
    if (this.killAt.has(point)) process.kill(process.pid, 'SIGKILL');
  }
}

/** Injection token of the app's fault points: `@Inject(FAULTS) faults: FaultPoints`. */
export const FAULTS = Symbol('FaultPoints');
