import { type Principal, Role } from '@mentorship/auth';

import { unauthenticated } from './errors';
import type { PrincipalGuard } from './service';

/**
 * Asks a service's own records whether a verified caller still is who the token says (still on
 * the staff, still heading that class, still enrolled…). Returns why not, or null when they are.
 */
export type PrincipalCheck = (principal: Principal) => Promise<string | null>;

/** The claims a verdict depends on: a new token with other claims is checked afresh. */
function keyOf(p: Principal): string {
  return [p.personId, p.role, p.districtId, p.schoolId, p.gradeId, p.classroomId, p.studentId].join('\u0000');
}

/**
 * A person deactivated, gone or moved out of a role loses access within `ttlMs` without a
 * database round trip per request: each verdict is reused for `ttlMs` of the service clock
 * (tests move it). SERVICE callers are the platform itself and have no roster entry.
 * A refusal is UNAUTHENTICATED: the token's claims are no longer true, so sign in again.
 */
export function cachedPrincipalCheck(
  check: PrincipalCheck,
  options: { ttlMs: number; now: () => Date; maxEntries?: number },
): PrincipalGuard {
  const maxEntries = options.maxEntries ?? 10_000;
  const verdicts = new Map<string, { at: number; verdict: Promise<string | null> }>();
  return async (principal) => {
    if (principal.role === Role.SERVICE) return;
    const key = keyOf(principal);
    const now = options.now().getTime();
    let entry = verdicts.get(key);
    // Stale after the TTL, or when the clock went back (a test's clock.set).
    if (entry && (now - entry.at >= options.ttlMs || now < entry.at)) (verdicts.delete(key), (entry = undefined));
    if (!entry) {
      if (verdicts.size >= maxEntries) verdicts.delete(verdicts.keys().next().value!);
      const fresh = { at: now, verdict: check(principal) };
      verdicts.set(key, fresh);
      // A failed lookup is not a verdict: ask again next time.
      fresh.verdict.catch(() => verdicts.get(key) === fresh && verdicts.delete(key));
      entry = fresh;
    }
    const refusal = await entry.verdict;
    if (refusal) throw unauthenticated(refusal);
  };
}
