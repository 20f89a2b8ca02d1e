import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';

import jwt, { type JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';

import { type AuthConfig, PERSON_TOKEN_MAX_SECONDS, SERVICE_TOKEN_MAX_SECONDS } from './config';
import { ALL_ROLES, type Principal, Role } from './roles';

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

/** The longest lifetime (exp − iat, seconds) a token of this role may have. */
export function maxTokenLifetime(role: Role): number {
  return role === Role.SERVICE ? SERVICE_TOKEN_MAX_SECONDS : PERSON_TOKEN_MAX_SECONDS;
}

/** A string secret as a KeyObject, built once per secret: jsonwebtoken re-parses strings on every call (~0.7 ms). */
const secretKeys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) secretKeys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

/**
 * Signs HS256 tokens with the configured secret (development, tests, `pnpm token`). Lives as
 * long as the role may: an hour for people, five minutes for services.
 */
export function signToken(
  principal: Principal,
  config: AuthConfig,
  expiresIn: jwt.SignOptions['expiresIn'] = maxTokenLifetime(principal.role),
): string {
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
  return jwt.sign(claims, secretKey(config.secret), {
    algorithm: 'HS256',
    subject: principal.personId,
    issuer: config.issuer,
    audience: config.audience,
    expiresIn,
  });
}

/** Clock skew allowed between the signer and us for `iat`. */
const ISSUED_AT_SKEW_SECONDS = 60;

function toPrincipal(claims: Claims, nowSeconds: number): Principal {
  if (!claims.sub || !ALL_ROLES.includes(claims.role) || !claims.did) {
    throw new AuthenticationError('Token is missing required claims.');
  }
  // A token without exp would work forever once leaked; without iat its lifetime is unknown.
  if (typeof claims.exp !== 'number') throw new AuthenticationError('Token has no expiry (exp): sign in again.');
  if (typeof claims.iat !== 'number') throw new AuthenticationError('Token has no issue time (iat): sign in again.');
  // A future iat would stretch the real lifetime past the cap.
  if (claims.iat > nowSeconds + ISSUED_AT_SKEW_SECONDS) throw new AuthenticationError('Token is issued in the future.');
  const cap = maxTokenLifetime(claims.role);
  if (claims.exp - claims.iat > cap)
    throw new AuthenticationError(
      `Token lives longer than ${cap / 60} minutes, the most a ` +
        `${claims.role === Role.SERVICE ? 'service' : 'person'}'s token may: sign in again.`,
    );
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
  // Keys parsed once: jsonwebtoken given a string parses it on every verify.
  const hsKey = config.secret ? secretKey(config.secret) : undefined;
  const rsKey = config.publicKey ? createPublicKey(config.publicKey) : undefined;
  const jwksKeys = new Map<string, KeyObject>();
  const keyFor = async (header: jwt.JwtHeader): Promise<{ key: KeyObject; algorithm: jwt.Algorithm }> => {
    if (header.alg === 'HS256' && hsKey) return { key: hsKey, algorithm: 'HS256' };
    if (header.alg === 'RS256' && rsKey) return { key: rsKey, algorithm: 'RS256' };
    if (header.alg === 'RS256' && jwks) {
      const pem = (await jwks.getSigningKey(header.kid)).getPublicKey();
      let key = jwksKeys.get(pem);
      if (!key) jwksKeys.set(pem, (key = createPublicKey(pem)));
      return { key, algorithm: 'RS256' };
    }
    throw new AuthenticationError(`Tokens signed with ${header.alg ?? 'no algorithm'} are not accepted.`);
  };
  return async (token) => {
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload === 'string') throw new AuthenticationError('Malformed token.');
    const { key, algorithm } = await keyFor(decoded.header);
    try {
      const claims = jwt.verify(token, key, {
        algorithms: [algorithm],
        issuer: config.issuer,
        audience: config.audience,
      }) as Claims;
      return toPrincipal(claims, Math.floor(Date.now() / 1000));
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
