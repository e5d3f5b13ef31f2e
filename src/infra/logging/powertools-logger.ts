import { LogFormatter, LogItem, Logger as Powertools } from '@aws-lambda-powertools/logger';
import type { LogFields, Logger } from '../../ports/runtime';
import type { LogLevel } from './logger';
import { redact, redactText } from './redact';

type FormatArgs = Parameters<LogFormatter['formatAttributes']>;

/**
 * The project's line shape (`level`, `time`, `service`, `message`, then fields) with the project's
 * redaction as Powertools' formatter, so every line it prints, its own warnings included, is masked.
 */
class RedactingFormatter extends LogFormatter {
  formatAttributes(attributes: FormatArgs[0], additional: FormatArgs[1]): LogItem {
    const context = attributes.lambdaContext;
    return new LogItem({
      attributes: {
        level: String(attributes.logLevel).toLowerCase(),
        time: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        message: redactText(String(attributes.message ?? '')),
        ...(context ? { lambdaRequestId: context.awsRequestId, coldStart: context.coldStart } : {}),
        ...(attributes.xRayTraceId ? { xrayTraceId: attributes.xRayTraceId } : {}),
      },
    }).addAttributes(redact(additional) as FormatArgs[1]);
  }
}

const LEVEL_NAMES = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' } as const;

const toStdout = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * Prints every level to stdout (as JsonLogger does, so one stream holds the whole turn), or
 * through `write` when one is given (tests capture lines).
 */
class PrintingPowertools extends Powertools {
  // no initialiser: Powertools may print from its own constructor, before one would have run
  write?: (line: string) => void;

  protected override printLog(_logLevel: number, log: LogItem): void {
    log.prepareForPrint();
    (this.write ?? toStdout)(JSON.stringify(log.getAttributes(), this.getJsonReplacer()));
  }
}

export interface PowertoolsJsonLoggerOptions {
  level?: LogLevel;
  service?: string;
  write?: (line: string) => void;
  base?: LogFields;
}

/** The Logger port on Powertools for AWS Lambda (its log levels, sampling and Lambda context), masked as JsonLogger is. */
export class PowertoolsJsonLogger implements Logger {
  private constructor(
    private readonly inner: Powertools,
    private readonly base: LogFields,
  ) {}

  static create(options: PowertoolsJsonLoggerOptions = {}): PowertoolsJsonLogger {
    const inner = new PrintingPowertools({
      serviceName: options.service ?? 'voice-shop',
      logLevel: LEVEL_NAMES[options.level ?? 'info'],
      logFormatter: new RedactingFormatter(),
    });
    if (options.write) inner.write = options.write;
    return new PowertoolsJsonLogger(inner, options.base ?? {});
  }

  /** Shares the one Powertools instance: a turn's child costs an object, not a logger and a console. */
  child(fields: LogFields): PowertoolsJsonLogger {
    return new PowertoolsJsonLogger(this.inner, { ...this.base, ...fields });
  }

  debug(message: string, fields?: LogFields): void {
    this.inner.debug(message, { ...this.base, ...fields });
  }
  info(message: string, fields?: LogFields): void {
    this.inner.info(message, { ...this.base, ...fields });
  }
  warn(message: string, fields?: LogFields): void {
    this.inner.warn(message, { ...this.base, ...fields });
  }
  error(message: string, fields?: LogFields): void {
    this.inner.error(message, { ...this.base, ...fields });
  }
}
