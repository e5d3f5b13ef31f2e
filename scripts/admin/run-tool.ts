/**
 * How an admin tool ends: its exit code, or one line on stderr saying what went wrong. A person
 * running a command needs the reason, not a stack trace.
 */
import { ConfigError } from '../../src/config';

/** The command line is wrong; the usage line follows the reason. */
export class ToolUsageError extends Error {
  readonly usage: string;
  constructor(message: string, usage: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'ToolUsageError';
    this.usage = usage;
  }
}

/** One line for any failure: a configuration's problems joined, otherwise the message's first line. */
export function oneLine(err: unknown): string {
  if (err instanceof ConfigError) return `invalid configuration: ${err.problems.join('; ')}`;
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || (err as Error)?.name || 'failed';
}

export function runTool(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (err) => {
      process.stderr.write(`${name}: ${oneLine(err)}\n`);
      if (err instanceof ToolUsageError) process.stderr.write(`${err.usage}\n`);
      process.exit(1);
    },
  );
}
