import type { GraphQLResponse } from '@mentorship/testing';

/** Every attack must fail without leaking a name, a stack trace or SQL. */
export function expectNothingLeaked(response: GraphQLResponse, names: string[] = []) {
  const text = JSON.stringify(response);
  expect(text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+|SELECT|INSERT|QueryFailedError/i);
  for (const name of names) expect(text).not.toContain(name);
}
