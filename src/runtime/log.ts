import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/**
 * Field names that could carry message text, names or secrets. Call sites log ids and counts only; this list is
 * the net under that rule, not the rule itself.
 */
const REDACT = [
  'text',
  'value',
  'attachments',
  'name',
  'body',
  '*.text',
  '*.value',
  '*.attachments',
  '*.name',
  '*.body',
  'headers.authorization',
  'authorization',
  'password',
  'MicrosoftAppPassword',
];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'wijksignaal' },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: errorSummary },
    },
    options.destination,
  );
}

/**
 * Errors from the connector carry the request they failed on, with the reply text in it. Log what identifies the
 * failure, never the payload.
 */
function errorSummary(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  return {
    type: e.name,
    message: e.message,
    code: typeof e.code === 'string' ? e.code : undefined,
    statusCode: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    stack: e.stack,
  };
}
