/**
 * One environment variable of the configuration, declared once: its name, what it means, its one default and
 * what it takes. The README's configuration table lists the same variables (checked by test/architecture).
 */
export interface Setting<T> {
  readonly name: string;
  /** One line, as in the README's table. */
  readonly meaning: string;
  /** The value when the variable is unset or empty, written as in the environment; none: unset means absent. */
  readonly fallback?: string;
  /** What a value must be, completing "<NAME> must be …". */
  readonly expected: string;
  /** The value of a non-empty text, or undefined when the text is not one. */
  parse(text: string): T | undefined;
  /** How a refused text is shown: a secret part of it masked. */
  shown?(text: string): string;
}

/** A setting with a default: its value is never absent. */
export interface DefaultedSetting<T> extends Setting<T> {
  readonly fallback: string;
}

/** What a setting takes: the part its kind gives (see setting-kinds.ts). */
export type Kind<T> = Pick<Setting<T>, 'expected' | 'parse' | 'shown'>;

type Declaration<T> = Kind<T> & { readonly name: string; readonly meaning: string; readonly fallback?: string };

export function setting<T>(declaration: Declaration<T> & { readonly fallback: string }): DefaultedSetting<T>;
export function setting<T>(declaration: Declaration<T> & { readonly fallback?: undefined }): Setting<T>;
export function setting<T>(declaration: Declaration<T>): Setting<T> {
  return declaration;
}

export type ValueOf<S> = S extends DefaultedSetting<infer T> ? T : S extends Setting<infer T> ? T | undefined : never;

export type Settings = Readonly<Record<string, Setting<unknown>>>;

export type Values<S extends Settings> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** Every refused setting at once, so an operator fixes them in one go. */
export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The configuration is refused:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads each setting once and stops on every refused one at once; `check` adds what no single setting can see
 * (two that exclude each other), and gets undefined for a refused one.
 */
export function readSettings<S extends Settings>(env: NodeJS.ProcessEnv, settings: S, check: (values: Values<S>) => readonly string[] = () => []): Values<S> {
  const problems: string[] = [];
  const values = Object.fromEntries(
    Object.entries(settings).map(([key, declared]) => {
      const { value, problem } = readOne(declared, env[declared.name]);
      if (problem !== undefined) problems.push(problem);
      return [key, value];
    }),
  ) as Values<S>;
  problems.push(...check(values));
  if (problems.length > 0) throw new ConfigurationError(problems);
  return values;
}

/** Whether the variable is set: `VAR=` in a shell or a compose file means unset. */
export function isSet(env: NodeJS.ProcessEnv, declared: Setting<unknown>): boolean {
  return nonEmpty(env[declared.name]) !== undefined;
}

function readOne(declared: Setting<unknown>, raw: string | undefined): { value: unknown; problem?: string } {
  const text = nonEmpty(raw) ?? declared.fallback;
  if (text === undefined) return { value: undefined };
  const value = declared.parse(text);
  if (value !== undefined) return { value };
  return { value, problem: `${declared.name} must be ${declared.expected}, got "${shortened(declared.shown?.(text) ?? text)}"` };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

// A PEM or a long URL pasted into the wrong variable should not fill the terminal.
function shortened(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
