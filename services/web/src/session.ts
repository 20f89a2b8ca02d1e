/** Who is signed in, read from the token's claims (the gateway verifies it; this only routes). */
export interface Session {
  token: string;
  role: string;
  name: string;
  personId: string;
  schoolId?: string;
}

const KEY = 'mentorship.session';

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

export function sessionFromToken(token: string): Session {
  const claims = claimsOf(token);
  return { token, role: String(claims.role), name: String(claims.name ?? ''), personId: String(claims.sub), schoolId: claims.sid as string | undefined };
}

export function loadSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  try {
    return sessionFromToken(token);
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, session.token);
  else sessionStorage.removeItem(KEY);
}

/** The start page of each role. */
export function homeOf(session: Session): string {
  if (session.role === 'DISTRICT_ADMIN') return '#/district';
  if (session.role === 'MENTOR') return '#/mentor';
  return '#/school';
}
