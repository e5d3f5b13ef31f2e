/**
 * How an admin tool ends: its exit code, or one line on stderr saying what went wrong. A person
 * running a command needs the reason, not a stack trace.
 */
import { ConfigError } from '../../src/config';
import { DynamoServiceError } from '../../src/infra/dynamodb/errors';

/** The command line is wrong; the usage line follows the reason. */
export class ToolUsageError extends Error {
  readonly usage: string;
  constructor(message: string, usage: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'ToolUsageError';
    this.usage = usage;
  }
}

/** What DynamoDB's answers mean to someone running a tool against AWS. */
const STORE_HINTS: Record<string, string> = {
  ResourceNotFoundException: 'a table is missing: is TABLE_PREFIX right, and the stack deployed in AWS_REGION?',
  UnrecognizedClientException: 'AWS does not know these credentials (another account, or expired?)',
  InvalidSignatureException: 'AWS refused the signature of these credentials',
  ExpiredTokenException: 'the credentials have expired: log in again (aws sso login)',
  AccessDeniedException: 'these credentials may not use this table',
};

/** One line for any failure: a configuration's problems joined, otherwise the message's first line. */
export function oneLine(err: unknown): string {
  if (err instanceof ConfigError) return `invalid configuration: ${err.problems.join('; ')}`;
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0] || (err as Error)?.name || 'failed';
  const hint = err instanceof DynamoServiceError ? STORE_HINTS[err.name] : undefined;
  return hint ? `${hint} (DynamoDB: ${message})` : message;
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
