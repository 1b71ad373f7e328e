// pino's numeric levels: 40 is warn.
const WARN = 40;
const SHOWN = 60;

/** A service's warnings, errors and any line not in JSON (a stack trace, a crash), the last of them: what a failure is read in. */
export function noteworthy(log: string): string {
  const lines = log.split('\n').filter((line) => line.trim() !== '' && levelOf(line) >= WARN);
  return lines.slice(-SHOWN).join('\n') || '(nothing above info)';
}

function levelOf(line: string): number {
  try {
    const { level } = JSON.parse(line) as { level?: unknown };
    return typeof level === 'number' ? level : Infinity;
  } catch {
    return Infinity;
  }
}
