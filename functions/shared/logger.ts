import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { sourceMappedStack } from './source-stack';

/**
 * The structured logger every handler uses: the JSON lines Powertools Logger writes (same keys in the same order:
 * level, message, timestamp, service, cold_start, function_arn, function_memory_size, function_name,
 * function_request_id, sampling_rate, xray_trace_id, then the appended keys and the call's own; errors as
 * {name, location, message, stack, cause}; empty top-level values dropped), the same levels and variables
 * (AWS_LAMBDA_LOG_LEVEL first, then the constructor's, POWERTOOLS_LOG_LEVEL, LOG_LEVEL; POWERTOOLS_LOGGER_SAMPLE_RATE,
 * POWERTOOLS_LOGGER_LOG_EVENT, POWERTOOLS_DEV, TZ), info/debug to stdout and warn/error to stderr. Bundled with
 * each function instead of loading Powertools' ~60 modules from the layer at every cold start (~25 ms of CPU,
 * docs/performance.md); test/unit/logger-parity.test.ts compares the lines with Powertools Logger's.
 */

export type LogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'CRITICAL' | 'SILENT';
const THRESHOLD: Record<LogLevel, number> = {
  TRACE: 6,
  DEBUG: 8,
  INFO: 12,
  WARN: 16,
  ERROR: 20,
  CRITICAL: 24,
  SILENT: 28,
};
const RESERVED = new Set(['level', 'message', 'sampling_rate', 'service', 'timestamp']);
const TRUE = new Set(['1', 'y', 'yes', 't', 'true', 'on']);

const isLevel = (value: string | undefined): value is LogLevel => value !== undefined && value in THRESHOLD;
const envFlag = (name: string): boolean => TRUE.has((process.env[name] ?? '').trim().toLowerCase());

export interface LoggerOptions {
  readonly serviceName?: string;
  readonly logLevel?: LogLevel;
  readonly sampleRateValue?: number;
}

type Extra = Error | string | Record<string, unknown> | null | undefined;
type Input = string | ({ readonly message: string } & Record<string, unknown>);

interface LambdaData {
  readonly cold_start: boolean;
  readonly function_arn: string;
  readonly function_memory_size: string;
  readonly function_name: string;
  readonly function_request_id: string;
}

const locationOf = (stack: string | undefined): string => {
  for (const line of (stack ?? '').split('\n')) {
    const match = /\(([^()]*?):(\d+?):(\d+?)\)\\?$/.exec(line);
    if (match) return `${match[1]}:${Number(match[2])}`;
  }
  return '';
};

export const formatError = (error: Error): Record<string, unknown> => {
  const { name, message, cause } = error;
  const stack = typeof error.stack === 'string' ? sourceMappedStack(error.stack) : error.stack;
  const formatted: Record<string, unknown> = {
    name,
    location: locationOf(stack),
    message,
    stack: envFlag('POWERTOOLS_DEV') && typeof stack === 'string' ? stack.split('\n') : stack,
    cause: cause instanceof Error ? formatError(cause) : cause,
  };
  for (const key in error)
    if (!['name', 'message', 'stack', 'cause'].includes(key))
      formatted[key] = (error as unknown as Record<string, unknown>)[key];
  return formatted;
};

const timestamp = (now: Date): string => {
  const zone = process.env.TZ;
  if (!zone || zone.includes('UTC')) return now.toISOString();
  let resolved = zone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    resolved = 'UTC';
  }
  const two = '2-digit';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en', {
      hourCycle: 'h23',
      year: 'numeric',
      month: two,
      day: two,
      hour: two,
      minute: two,
      second: two,
      timeZone: resolved,
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const offset = resolved === zone ? -now.getTimezoneOffset() : 0;
  const hours = String(Math.abs(Math.floor(offset / 60))).padStart(2, '0');
  const minutes = String(Math.abs(offset % 60)).padStart(2, '0');
  const millis = String(now.getMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${millis}${offset >= 0 ? '+' : '-'}${hours}:${minutes}`;
};

/** JSON.stringify's replacer as Powertools Logger's: errors formatted, bigints as strings, cycles dropped. */
const replacer = () => {
  const ancestors: unknown[] = [];
  return function (this: unknown, _key: string, value: unknown): unknown {
    const replaced = value instanceof Error ? formatError(value) : value;
    if (typeof replaced === 'bigint') return replaced.toString();
    if (typeof replaced === 'object' && replaced !== null) {
      while (ancestors.length > 0 && ancestors.at(-1) !== this) ancestors.pop();
      if (ancestors.includes(replaced)) return undefined;
      ancestors.push(replaced);
    }
    return replaced;
  };
};

const traceId = (): string | undefined => {
  const store = (
    globalThis as { awslambda?: { InvokeStore?: { getXRayTraceId?: () => string | undefined } } }
  ).awslambda?.InvokeStore;
  const header = store?.getXRayTraceId?.() ?? process.env._X_AMZN_TRACE_ID;
  return header?.split(';')[0]?.replace('Root=', '') || undefined;
};

export class Logger {
  readonly #service: string;
  readonly #alcLevel: LogLevel | undefined;
  readonly #initialLevel: number;
  readonly #sampleRate: number | undefined;
  readonly #dev = envFlag('POWERTOOLS_DEV');
  readonly #logEvent = envFlag('POWERTOOLS_LOGGER_LOG_EVENT');
  readonly #warned = new Set<string>();
  #level: number;
  #coldStart = process.env.AWS_LAMBDA_INITIALIZATION_TYPE === 'on-demand';
  #refreshed = 0;
  #context: LambdaData | undefined;
  #keys: Record<string, unknown> = {};

  constructor(options: LoggerOptions = {}) {
    this.#service = options.serviceName || process.env.POWERTOOLS_SERVICE_NAME || 'service_undefined';
    const alc = process.env.AWS_LAMBDA_LOG_LEVEL === 'FATAL' ? 'CRITICAL' : process.env.AWS_LAMBDA_LOG_LEVEL;
    this.#alcLevel = isLevel(alc) ? alc : undefined;
    const wanted = options.logLevel?.toUpperCase();
    const fromEnv = process.env.POWERTOOLS_LOG_LEVEL || process.env.LOG_LEVEL;
    const chosen = isLevel(wanted) ? wanted : isLevel(fromEnv) ? fromEnv : 'INFO';
    this.#level = THRESHOLD[this.#alcLevel ?? chosen];
    this.#initialLevel = this.#level;
    const rate = options.sampleRateValue ?? Number(process.env.POWERTOOLS_LOGGER_SAMPLE_RATE ?? 0);
    this.#sampleRate = rate >= 0 && rate <= 1 ? rate : undefined;
    if (this.#alcLevel && isLevel(wanted) && THRESHOLD[this.#alcLevel] > THRESHOLD[wanted])
      this.#warnOnce(
        `Current log level (${wanted}) does not match AWS Lambda Advanced Logging Controls minimum log level (${this.#alcLevel}). This can lead to data loss, consider adjusting them.`,
      );
    if (this.#sampled()) this.#setDebugForSampling();
  }

  trace = (input: Input, ...extra: Extra[]): void => this.#log('TRACE', input, extra);
  debug = (input: Input, ...extra: Extra[]): void => this.#log('DEBUG', input, extra);
  info = (input: Input, ...extra: Extra[]): void => this.#log('INFO', input, extra);
  warn = (input: Input, ...extra: Extra[]): void => this.#log('WARN', input, extra);
  error = (input: Input, ...extra: Extra[]): void => this.#log('ERROR', input, extra);
  critical = (input: Input, ...extra: Extra[]): void => this.#log('CRITICAL', input, extra);

  /** Keys added to every line until resetKeys() (injectLambdaContext with resetKeys clears them per invocation). */
  appendKeys(attributes: Record<string, unknown>): void {
    Object.assign(this.#keys, this.#withoutReserved(attributes));
  }

  resetKeys(): void {
    this.#keys = {};
  }

  addContext(context: Context): void {
    const cold = this.#coldStart;
    this.#coldStart = false;
    this.#context = {
      cold_start: cold,
      function_arn: context.invokedFunctionArn,
      function_memory_size: context.memoryLimitInMB,
      function_name: context.functionName,
      function_request_id: context.awsRequestId,
    };
  }

  getLevelName(): LogLevel {
    return (Object.keys(THRESHOLD) as LogLevel[]).find((k) => THRESHOLD[k] === this.#level) ?? 'INFO';
  }

  setLogLevel(level: LogLevel): void {
    if (this.#alcLevel) return;
    this.#level = THRESHOLD[level];
  }

  /** Once per invocation (injectLambdaContext): debug for this invocation at the sample rate, else the level set. */
  refreshSampleRateCalculation(): void {
    if (this.#refreshed++ === 0) return;
    if (this.#sampled()) this.#setDebugForSampling();
    else this.setLogLevel(this.#levelName(this.#initialLevel));
  }

  logEventIfEnabled(event: unknown, overwrite?: boolean): void {
    if (overwrite ?? this.#logEvent) this.info('Lambda invocation event', { event });
  }

  #levelName(threshold: number): LogLevel {
    return (Object.keys(THRESHOLD) as LogLevel[]).find((k) => THRESHOLD[k] === threshold) ?? 'INFO';
  }

  #sampled(): boolean {
    return Boolean(this.#sampleRate) && Math.floor(Math.random() * 100) / 100 <= (this.#sampleRate ?? 0);
  }

  #setDebugForSampling(): void {
    if (this.#level <= THRESHOLD.TRACE) return;
    this.setLogLevel('DEBUG');
    this.debug('Setting log level to DEBUG due to sampling rate');
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    this.warn(message);
  }

  #withoutReserved(attributes: Record<string, unknown>): Record<string, unknown> {
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (RESERVED.has(key)) this.warn(`The key "${key}" is a reserved key and will be dropped.`);
      else kept[key] = value;
    }
    return kept;
  }

  #log(level: LogLevel, input: Input, extra: readonly Extra[]): void {
    if (THRESHOLD[level] < this.#level) return;
    const { message, ...rest } = typeof input === 'string' ? { message: input } : input;
    const additional: Record<string, unknown> = { ...this.#keys, ...this.#withoutReserved(rest) };
    for (const item of extra) {
      if (item === null || item === undefined) continue;
      if (item instanceof Error) additional.error = item;
      else if (typeof item === 'string') additional.extra = item;
      else Object.assign(additional, this.#withoutReserved(item));
    }
    const line: Record<string, unknown> = {
      level,
      message,
      timestamp: timestamp(new Date()),
      service: this.#service,
      ...this.#context,
      sampling_rate: this.#sampleRate,
      xray_trace_id: traceId(),
    };
    for (const [key, value] of Object.entries(additional))
      if (value !== undefined || line[key] === undefined) line[key] = value;
    for (const key of Object.keys(line))
      if (line[key] === undefined || line[key] === '' || line[key] === null) delete line[key];
    const text = JSON.stringify(line, replacer(), this.#dev ? 4 : 0);
    const method = (level === 'CRITICAL' ? 'error' : level === 'TRACE' ? 'log' : level.toLowerCase()) as
      | 'log'
      | 'debug'
      | 'info'
      | 'warn'
      | 'error';
    if (this.#dev) console[method](text);
    else (method === 'warn' || method === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
  }
}

/** Powertools' injectLambdaContext: the Lambda context on every line, keys reset after each invocation. */
export const injectLambdaContext = (
  logger: Logger,
  options: { readonly resetKeys?: boolean; readonly logEvent?: boolean } = {},
): MiddlewareObj<unknown, unknown> => ({
  before: (request) => {
    logger.refreshSampleRateCalculation();
    logger.addContext(request.context);
    logger.logEventIfEnabled(request.event, options.logEvent);
  },
  after: () => {
    if (options.resetKeys) logger.resetKeys();
  },
  onError: () => {
    if (options.resetKeys) logger.resetKeys();
  },
});
