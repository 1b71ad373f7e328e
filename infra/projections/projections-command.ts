import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { standaloneConfig, tokenConfig } from '../../apps/standalone/src/config.js';
import { reachableUrl } from '../../apps/standalone/src/settings/seed.settings.js';
import { OperationsClient, OperationsError, type ReadModelAnswer } from './operations-client.js';
import { duration, progressLine, RateOfProgress, readModelTable } from './projections-output.js';

export const PROJECTIONS_USAGE = `Usage: npm run --silent projections -- list [--url <url>]
       npm run --silent projections -- rebuild <name> [--url <url>]

Asks the running app (the embedded store's folder is held by the app alone): where \`npm start\` listens with
the same PORT and HOST, or at --url. Signs an operator token with the app's local key pair, DATA_DIR and
AUTH_* read as the app reads them.

  list            every read model: its lifecycle, the code's version and the version answering, the last
                  event folded (commit/prepare), the log's last event for it, the lag in events, a rebuild
  rebuild <name>  folds a projection again into a fresh table beside the one answering, shows its progress
                  and the time left, and returns once the new table answers (Ctrl-C stops watching, not
                  the rebuild)
`;

/** A mistake in the command line: the user gets the message and the usage. */
export class ProjectionsUsageError extends Error {}

/** Where the command writes: answers on `out`, progress on `err`, redrawn in place when it is a terminal. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
  readonly interactive: boolean;
}

export interface ProjectionsCommandOptions {
  /** How often a rebuild's progress is asked for. */
  readonly pollMs?: number;
}

/** `npm run projections -- …` against the app `env` describes; resolves to the exit code. */
export async function projectionsCommand(args: readonly string[], env: NodeJS.ProcessEnv, output: CommandOutput, { pollMs = 500 }: ProjectionsCommandOptions = {}): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out(PROJECTIONS_USAGE);
    return 0;
  }
  const [action, name, ...rest] = positionals;
  if (rest.length > 0) throw new ProjectionsUsageError(`Unexpected ${rest.join(' ')}`);
  if (action === 'list' && name !== undefined) throw new ProjectionsUsageError('list takes no name');
  if (action === 'rebuild' && name === undefined) throw new ProjectionsUsageError('rebuild needs the name of a projection (see list)');
  if (action !== 'list' && action !== 'rebuild') throw new ProjectionsUsageError(action === undefined ? 'Say list or rebuild' : `Unknown command ${action}`);
  const { host, port } = standaloneConfig(env);
  const client = new OperationsClient(values.url ?? reachableUrl(host, port), tokenConfig(env));
  try {
    if (action === 'list') {
      output.out(`${readModelTable(await client.readModels())}\n`);
      return 0;
    }
    return await rebuild(client, name!, output, pollMs);
  } catch (error) {
    if (!(error instanceof OperationsError)) throw error;
    output.err(`${error.message}\n`);
    return 1;
  }
}

async function rebuild(client: OperationsClient, name: string, output: CommandOutput, pollMs: number): Promise<number> {
  const started = Date.now();
  const asked = await client.rebuild(name);
  const target = asked.rebuilding?.table;
  if (target === undefined) {
    output.out(`${name} answers from ${asked.table}.\n`);
    return 0;
  }
  output.err(`Rebuilding ${name} (version ${asked.rebuilding!.version}) into ${target}; ${asked.table} answers until it has caught up.\n`);
  const progress = new Progress(output);
  let seen: ReadModelAnswer = asked;
  for (;;) {
    const build = seen.rebuilding;
    if (build?.table === target) {
      if (build.failure !== undefined) {
        progress.end();
        output.err(`The rebuild of ${name} failed: ${build.failure}. ${seen.table} still answers.\n`);
        return 1;
      }
      progress.draw(build.events, build.total);
    } else if (seen.table === target) {
      progress.finish();
      output.out(`${name} answers from ${target}, rebuilt in ${duration((Date.now() - started) / 1000)}.\n`);
      return 0;
    } else {
      progress.end();
      output.err(`The rebuild into ${target} was left; ${name} answers from ${seen.table}.\n`);
      return 1;
    }
    await sleep(pollMs);
    seen = (await client.readModels()).find((model) => model.name === name) ?? seen;
  }
}

/** One progress line: redrawn in place on a terminal, else written again at each tenth done. */
class Progress {
  private readonly rate = new RateOfProgress();
  private drawn?: { readonly line: string; readonly tenth: number; readonly total: number };

  constructor(private readonly output: CommandOutput) {}

  draw(done: number, total: number): void {
    const line = progressLine(done, total, this.rate.secondsLeft(done, total));
    const tenth = total === 0 ? 10 : Math.floor((10 * done) / total);
    if (this.output.interactive) this.output.err(`\r${line}\u001b[K`);
    else if (this.drawn?.tenth !== tenth) this.output.err(`${line}\n`);
    this.drawn = { line, tenth, total };
  }

  /** The bar full: the new table answers. */
  finish(): void {
    const total = this.drawn?.total ?? 0;
    this.draw(total, total);
    this.end();
  }

  end(): void {
    if (this.output.interactive && this.drawn) this.output.err('\n');
    this.drawn = undefined;
  }
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: { url: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new ProjectionsUsageError(error instanceof Error ? error.message : String(error));
  }
}
