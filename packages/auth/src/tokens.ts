import jwt, { type JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import { ALL_ROLES, Role, type Principal } from './roles';
import type { AuthConfig } from './config';

/** Why a token was refused; the message is safe to show the caller. */
export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

interface Claims extends JwtPayload {
  role: Role;
  did: string;
  sid?: string;
  gid?: string;
  cid?: string;
  stu?: string;
  /** Teachers: their staff number (工号), which the district keys training by. */
  stn?: string;
  name?: string;
}

/** Signs HS256 tokens with the configured secret (development, tests, `pnpm token`). */
export function signToken(principal: Principal, config: AuthConfig, expiresIn: jwt.SignOptions['expiresIn'] = '12h'): string {
  if (!config.secret) throw new Error('No AUTH_JWT_SECRET configured to sign tokens with.');
  const claims: Omit<Claims, 'sub'> = {
    role: principal.role,
    did: principal.districtId,
    sid: principal.schoolId,
    gid: principal.gradeId,
    cid: principal.classroomId,
    stu: principal.studentId,
    stn: principal.staffNumber,
    name: principal.name,
  };
  return jwt.sign(claims, config.secret, {
    algorithm: 'HS256',
    subject: principal.personId,
    issuer: config.issuer,
    audience: config.audience,
    expiresIn,
  });
}

function toPrincipal(claims: Claims): Principal {
  if (!claims.sub || !ALL_ROLES.includes(claims.role) || !claims.did) {
    throw new AuthenticationError('Token is missing required claims.');
  }
  // District admins and platform services act across schools; everyone else belongs to one.
  if (claims.role !== Role.DISTRICT_ADMIN && claims.role !== Role.SERVICE && !claims.sid) {
    throw new AuthenticationError('Token of a school role is missing its school.');
  }
  return {
    personId: claims.sub,
    role: claims.role,
    districtId: claims.did,
    schoolId: claims.sid,
    gradeId: claims.gid,
    classroomId: claims.cid,
    studentId: claims.stu,
    staffNumber: claims.stn,
    name: claims.name,
  };
}

export type TokenVerifier = (token: string) => Promise<Principal>;

/** Verifies HS256 (secret) or RS256 (public key / JWKS) tokens, whichever the config enables. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const jwks = config.jwksUrl ? new JwksClient({ jwksUri: config.jwksUrl, cache: true, rateLimit: true }) : undefined;
  const keyFor = async (header: jwt.JwtHeader): Promise<{ key: string; algorithm: jwt.Algorithm }> => {
    if (header.alg === 'HS256' && config.secret) return { key: config.secret, algorithm: 'HS256' };
    if (header.alg === 'RS256' && config.publicKey) return { key: config.publicKey, algorithm: 'RS256' };
    if (header.alg === 'RS256' && jwks) {
      const signingKey = await jwks.getSigningKey(header.kid);
      return { key: signingKey.getPublicKey(), algorithm: 'RS256' };
    }
    throw new AuthenticationError(`Tokens signed with ${header.alg ?? 'no algorithm'} are not accepted.`);
  };
  return async (token) => {
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload === 'string') throw new AuthenticationError('Malformed token.');
    const { key, algorithm } = await keyFor(decoded.header);
    try {
      const claims = jwt.verify(token, key, { algorithms: [algorithm], issuer: config.issuer, audience: config.audience }) as Claims;
      return toPrincipal(claims);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      if (error instanceof jwt.TokenExpiredError) throw new AuthenticationError('Token has expired.');
      throw new AuthenticationError('Invalid token signature or claims.');
    }
  };
}

/** Reads `Authorization: Bearer <token>`; null when absent. */
export function bearerToken(header: string | string[] | undefined | null): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  if (!match) throw new AuthenticationError('Authorization header must be "Bearer <token>".');
  return match[1];
}
