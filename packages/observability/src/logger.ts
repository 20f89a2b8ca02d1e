import pino, { type DestinationStream, type Logger } from 'pino';

import { prettyDestination } from './pretty';

export type { Logger } from 'pino';

/**
 * What may appear in a log line. Logs are for operating the platform, not a second audit log
 * (DESIGN.md §2): never a token, header, query text, variables, a name or anyone's id. Request
 * lines carry the request id, the operation's registered name, duration and error codes only.
 * These keys are removed wherever they appear, should a caller ever pass one by mistake.
 */
const NEVER_LOGGED = [
  'authorization',
  'token',
  'headers',
  'variables',
  'query',
  'parameters',
  'body',
  'principal',
  '*.authorization',
  '*.token',
  '*.headers',
  '*.variables',
  '*.query',
  '*.parameters',
  '*.body',
  '*.principal',
];

/**
 * Errors keep their kind, code and stack only. pino's default serializer copies every own
 * property, and TypeORM's QueryFailedError carries the SQL `parameters` (names, ids) and pg's
 * errors a `detail` with row values: neither may reach a log.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.constructor?.name ?? error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: error.message.slice(0, 300),
    stack: error.stack?.split('\n').slice(1, 11).join('\n'),
  };
}

export type LogFormat = 'json' | 'pretty';

export function logFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  const value = env.LOG_FORMAT || 'json';
  if (value !== 'json' && value !== 'pretty') throw new Error('LOG_FORMAT must be json or pretty.');
  return value;
}

/**
 * Errors and fatal start-up failures on stderr, the rest on stdout (a collector takes both; a
 * person or a supervisor sees the failures apart). stderr is written synchronously; stdout's JSON
 * lines asynchronously, so a request's log line costs no blocking write on the request path (a
 * synchronous write per request was 3–6% of a service's CPU under load, tests/results/deployed-bench.md)
 * and lines written while one is in flight go out together; pino flushes what is left on exit.
 */
function standardStreams(format: LogFormat): DestinationStream {
  const stream = (fd: 1 | 2) => {
    if (format === 'json') return pino.destination({ fd, sync: fd === 2 });
    return prettyDestination(fd === 1 ? process.stdout : process.stderr);
  };
  const streams = [
    { level: 'trace' as const, stream: stream(1) },
    { level: 'error' as const, stream: stream(2) },
  ];
  return pino.multistream(streams, { dedupe: true });
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * One JSON object per line on stdout (`LOG_FORMAT=json`, the default: what a container platform
 * collects), or one readable line per entry (`pretty`, which `npm start` sets for its children).
 */
export function createLogger(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
  destination?: DestinationStream,
): Logger {
  const level = env.LOG_LEVEL || 'info';
  if (!LEVELS.has(level)) throw new Error(`LOG_LEVEL must be one of ${[...LEVELS].join(', ')}.`);
  const format = logFormat(env);
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      redact: { paths: NEVER_LOGGED, remove: true },
    },
    destination ?? standardStreams(format),
  );
}

let current: Logger | undefined;

/**
 * The process's logger, for code that runs outside a request's plugin (the HTTP layer, start-up,
 * background jobs). main.ts names it with `configureProcessLogger`; until then (in-process tests)
 * it is silent under NODE_ENV=test.
 */
export function processLogger(): Logger {
  if (current) return current;
  const quiet = process.env.NODE_ENV === 'test';
  const env = quiet ? { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' } : process.env;
  try {
    current = createLogger('mentorship', env);
  } catch {
    // A bad LOG_FORMAT or LOG_LEVEL must not hide the start-up error that is being reported.
    current = createLogger('mentorship', { LOG_FORMAT: 'json', LOG_LEVEL: 'info' });
  }
  return current;
}

export function configureProcessLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  current = createLogger(service, env);
  return current;
}

/** A `(line) => void` for the services' existing log callbacks (migrations, seeding, background jobs). */
export function lineLogger(logger: Logger): (line: string) => void {
  return (line) => logger.info(line);
}
