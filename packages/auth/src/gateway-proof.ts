import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The gateway's proof that it forwarded a request: an HMAC over the request id and a hash of
 * the caller's token, with a timestamp, in the `x-gateway-proof` header. A subgraph in
 * production serves only requests carrying a valid one (or a platform SERVICE token), so
 * nobody skips the gateway's limits or forges `@requires` fields by calling it directly.
 * Bound to the token and request id, a proof seen once cannot be reused for another caller.
 */
export const GATEWAY_PROOF_HEADER = 'x-gateway-proof';

/** Deliberately recognisable: production refuses to start with it. */
export const DEVELOPMENT_GATEWAY_SECRET = 'development-only-gateway-secret-do-not-use-in-production';

/** A proof is good this long (seconds either way): one hop's clock skew plus a slow plan. */
const PROOF_WINDOW_SECONDS = 60;

export interface GatewayTrust {
  secret: string;
  /** Production: refuse requests without a valid proof unless the bearer is a SERVICE token. */
  required: boolean;
}

/** GATEWAY_SECRET from the environment; production refuses to start without a real one. */
export function loadGatewayTrust(env: NodeJS.ProcessEnv = process.env): GatewayTrust {
  const production = env.NODE_ENV === 'production';
  const secret = env.GATEWAY_SECRET || (production ? undefined : DEVELOPMENT_GATEWAY_SECRET);
  if (production) {
    if (!secret) throw new Error('Refusing to start: set GATEWAY_SECRET (at least 32 characters) in production.');
    if (secret === DEVELOPMENT_GATEWAY_SECRET)
      throw new Error('Refusing to start: GATEWAY_SECRET is the development secret and NODE_ENV=production.');
    if (secret.length < 32)
      throw new Error('Refusing to start: GATEWAY_SECRET must be at least 32 characters in production.');
  }
  return { secret: secret!, required: production };
}

function mac(secret: string, issuedAt: number, requestId: string, token: string): string {
  const tokenHash = createHash('sha256').update(token).digest('base64url');
  return createHmac('sha256', secret).update(`v1\n${issuedAt}\n${requestId}\n${tokenHash}`).digest('base64url');
}

/** What the gateway puts in GATEWAY_PROOF_HEADER for one subgraph request. */
export function signGatewayProof(secret: string, requestId: string, token: string, now = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  return `v1.${issuedAt}.${mac(secret, issuedAt, requestId, token)}`;
}

/** True when the header is a fresh proof for exactly this request id and token. */
export function verifyGatewayProof(
  secret: string,
  proof: string | undefined,
  requestId: string | undefined,
  token: string,
  now = Date.now(),
): boolean {
  if (!proof || !requestId) return false;
  const match = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(proof);
  if (!match) return false;
  const issuedAt = Number(match[1]);
  if (Math.abs(now / 1000 - issuedAt) > PROOF_WINDOW_SECONDS) return false;
  const expected = Buffer.from(mac(secret, issuedAt, requestId, token));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
