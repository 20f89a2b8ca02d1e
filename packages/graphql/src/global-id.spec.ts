import { GraphQLError } from 'graphql';

import { formatError } from './errors';
import { fromGlobalId, toGlobalId } from './global-id';

const uuid = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
const failure = (fn: () => unknown): GraphQLError => {
  try {
    fn();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
};

describe('global ids', () => {
  it('round-trip and stay opaque', () => {
    const id = toGlobalId('School', uuid);
    expect(id).not.toContain(uuid);
    expect(fromGlobalId(id, 'School')).toBe(uuid);
  });

  it.each(['abc', '', toGlobalId('School', 'not-a-uuid'), `${toGlobalId('School', uuid)}x`])(
    'refuse %p as BAD_USER_INPUT naming the field',
    (bad) => {
      const error = failure(() => fromGlobalId(bad, 'School', 'schoolId'));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolId' });
    },
  );

  it('refuse an id of another type, saying which', () => {
    expect(failure(() => fromGlobalId(toGlobalId('Student', uuid), 'School')).message).toMatch(
      /expected a School id, got a Student id/,
    );
  });
});

describe('formatError', () => {
  beforeAll(() => (process.env.NODE_ENV = 'test'));

  it('hides internal errors behind a generic message without a stack trace', () => {
    const formatted = formatError(
      { message: 'relation "x" does not exist', extensions: { stacktrace: ['at db.ts:1'] } },
      new Error('boom'),
    );
    expect(formatted).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps typed errors but drops their stack trace', () => {
    const formatted = formatError(
      { message: 'id: bad', extensions: { code: 'BAD_USER_INPUT', field: 'id', stacktrace: ['x'] } },
      null,
    );
    expect(formatted).toEqual({ message: 'id: bad', extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });

  it('turns argument validation failures into BAD_USER_INPUT naming the field', () => {
    const formatted = formatError(
      {
        message: 'Argument Validation Error',
        extensions: {
          code: 'BAD_USER_INPUT',
          validationErrors: [{ property: 'first', constraints: { max: 'must not be greater than 100' } }],
        },
      },
      null,
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first', message: 'must not be greater than 100' }],
    });
  });
});
