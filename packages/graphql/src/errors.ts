import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Something the caller can fix; names the offending input field. */
export function userInputError(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found.`, { extensions: { code: 'NOT_FOUND' } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Codes whose message is meant for the caller; everything else is an internal error. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Time and rate budgets (gateway fetches, SQL statement timeout, per-caller limits).
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  'TIMEOUT',
  'RATE_LIMITED',
]);

/** PostgreSQL cancelled the statement at `statement_timeout` (SQLSTATE 57014, query_canceled). */
function statementTimedOut(error: unknown): boolean {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const e = original as { code?: unknown; driverError?: { code?: unknown } } | null;
  return e?.code === '57014' || e?.driverError?.code === '57014';
}

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function flatten(failures: ValidationFailure[], prefix = ''): { field: string; message: string }[] {
  return failures.flatMap((f) => {
    const field = prefix ? `${prefix}.${f.property}` : f.property;
    const own = Object.values(f.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(f.children ?? [], field)];
  });
}

/**
 * Apollo `formatError` for every server: keeps typed errors, turns argument validation
 * failures into BAD_USER_INPUT naming the field, and hides everything else behind a generic
 * message so no stack trace, SQL or internal detail ever reaches a caller.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const validationErrors = formatted.extensions?.validationErrors as ValidationFailure[] | undefined;
  if (validationErrors?.length) {
    const fields = flatten(validationErrors);
    return {
      message: fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    // Production gives no hints about the schema (graphql-js suggests field, argument and enum names).
    const message =
      process.env.NODE_ENV === 'production'
        ? formatted.message.replace(/ ?Did you mean [^?]*\?/g, '')
        : formatted.message;
    if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
      // graphql-js names the input in its message: `Variable "$input" got invalid value … at "input.opensAt"`.
      // The variable's own name is the caller's choice: `$i` at "i.tasks[0].dueOn" names tasks[0].dueOn, as userErrors
      // do.
      const inside = /got invalid value .*? at "[^".[]+[.]?([^"]+)"/.exec(message);
      const named = inside ?? /^Variable "\$([^"]+)"/.exec(message);
      if (named) extensions.field = named[1];
    }
    return { ...formatted, message, extensions };
  }
  if (statementTimedOut(error)) {
    return {
      message: 'This took longer than the service allows; try again, or ask for less at once.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'TIMEOUT' },
    };
  }
  // Deployed services log internal errors with their request id (@mentorship/observability's
  // request plugin); this switch prints them where no plugin runs (in-process tests).
  if (process.env.LOG_INTERNAL_ERRORS === '1') {
    console.error('internal error:', (error as { originalError?: unknown })?.originalError ?? error);
  }
  return {
    message: 'Internal server error.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
