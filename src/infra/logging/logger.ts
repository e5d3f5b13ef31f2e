import type { LogFields, Logger } from '../../ports/runtime';
import { redact } from './redact';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

export interface JsonLoggerOptions {
  level?: LogLevel;
  service?: string;
  /** where lines go (tests capture them) */
  write?: (line: string) => void;
  /** fields on every line, e.g. the Lambda request id */
  base?: LogFields;
}

/** One JSON object per line, in the shape CloudWatch Logs Insights queries well; personal data masked. */
export class JsonLogger implements Logger {
  private readonly threshold: number;
  private readonly write: (line: string) => void;

  constructor(private readonly options: JsonLoggerOptions = {}) {
    this.threshold = LEVELS[options.level ?? 'info'];
    this.write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
  }

  child(base: LogFields): JsonLogger {
    return new JsonLogger({ ...this.options, base: { ...this.options.base, ...base } });
  }

  debug(message: string, fields?: LogFields): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.log('error', message, fields);
  }

  private log(level: LogLevel, message: string, fields?: LogFields): void {
    if (LEVELS[level] < this.threshold) return;
    const entry = {
      level,
      time: new Date().toISOString(),
      service: this.options.service,
      message: redact(message),
      ...(redact({ ...this.options.base, ...fields }) as LogFields),
    };
    this.write(JSON.stringify(entry));
  }
}
