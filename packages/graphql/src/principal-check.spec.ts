import { type Principal, Role } from '@mentorship/auth';

import { cachedPrincipalCheck } from './principal-check';

describe('cachedPrincipalCheck', () => {
  const mentor: Principal = { personId: 't-1', role: Role.MENTOR, districtId: 'd', schoolId: 's' };
  let at = 0;
  let gone = false;
  let asked = 0;
  const guard = cachedPrincipalCheck(
    async () => {
      asked++;
      return gone ? 'You are no longer on the staff of this school.' : null;
    },
    { ttlMs: 30_000, now: () => new Date(at) },
  );
  beforeEach(() => {
    at = 1_000_000;
    gone = false;
    asked = 0;
  });

  it('asks once per caller and claims within the TTL, and refuses once the TTL has passed after a change', async () => {
    await guard(mentor);
    await guard(mentor);
    expect(asked).toBe(1);
    await guard({ ...mentor, role: Role.HEAD_TEACHER, classroomId: 'c' });
    expect(asked).toBe(2);
    gone = true;
    at += 29_000;
    await expect(guard(mentor)).resolves.toBeUndefined();
    at += 1_000;
    await expect(guard(mentor)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it(
    'asks again when the clock goes back, never caches a ' + 'failed lookup, and never asks about SERVICE callers',
    async () => {
      const failing = cachedPrincipalCheck(
        async () => {
          asked++;
          throw new Error('db down');
        },
        { ttlMs: 30_000, now: () => new Date(at) },
      );
      await expect(failing(mentor)).rejects.toThrow('db down');
      await expect(failing(mentor)).rejects.toThrow('db down');
      expect(asked).toBe(2);
      await guard(mentor);
      at -= 1;
      await guard(mentor);
      expect(asked).toBe(4);
      await guard({ personId: 'school-service', role: Role.SERVICE, districtId: '*' });
      expect(asked).toBe(4);
    },
  );
});
