import { menuOf } from './nav';
/** Who is signed in, read from the token's claims (the gateway verifies it; this only routes). */
export interface Session {
  token: string;
  role: string;
  name: string;
  personId: string;
  schoolId?: string;
  /** When the token stops working (ms since epoch): the app returns to sign-in then. */
  expiresAt: number;
}

/**
 * Kept in sessionStorage: readable only by scripts of this origin (the CSP of web-server.ts
 * admits none but our own bundle), gone when the tab closes, never sent automatically with a
 * request the way a cookie is (so no CSRF). A token lives an hour at most; signing in again
 * (the demo sign-in here, the identity provider in production) issues a new one.
 */
const KEY = 'mentorship.session';

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

export function sessionFromToken(token: string): Session {
  const claims = claimsOf(token);
  return {
    token,
    role: String(claims.role),
    name: String(claims.name ?? ''),
    personId: String(claims.sub),
    schoolId: claims.sid as string | undefined,
    expiresAt: Number(claims.exp) * 1000,
  };
}

export function loadSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  try {
    const session = sessionFromToken(token);
    return session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, session.token);
  else sessionStorage.removeItem(KEY);
}

/** The start page of each role: the first entry of its menu (nav.ts). */
export function homeOf(session: Pick<Session, 'role'>): string {
  return menuOf(session.role)[0]?.href ?? '#/';
}
