/** Token settings from the environment; see infra/ENVIRONMENT.md. */
export interface AuthConfig {
  /** HS256 secret; development default only outside production. */
  secret?: string;
  /** RS256 public key (PEM) for production. */
  publicKey?: string;
  /** JWKS endpoint for production (RS256). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

/** Deliberately recognisable: production refuses to start with it. */
export const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

/** Longest a person's token may live (exp − iat): a leaked token is worth an hour at most. */
export const PERSON_TOKEN_MAX_SECONDS = 60 * 60;
/** Longest a platform service's token may live: services sign a fresh one per call or so. */
export const SERVICE_TOKEN_MAX_SECONDS = 5 * 60;

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const production = env.NODE_ENV === 'production';
  // The development secret is only a default for the embedded setup: never in production, and
  // never beside a configured RS256 key (else tokens signed with it would still be accepted).
  const asymmetric = Boolean(env.AUTH_JWT_PUBLIC_KEY || env.AUTH_JWKS_URL);
  const config: AuthConfig = {
    secret: env.AUTH_JWT_SECRET || (production || asymmetric ? undefined : DEVELOPMENT_SECRET),
    publicKey: env.AUTH_JWT_PUBLIC_KEY || undefined,
    jwksUrl: env.AUTH_JWKS_URL || undefined,
    issuer: env.AUTH_ISSUER || 'mentorship-platform',
    audience: env.AUTH_AUDIENCE || 'mentorship-api',
  };
  if (production) {
    if (config.secret === DEVELOPMENT_SECRET) {
      throw new Error('Refusing to start: AUTH_JWT_SECRET is the development secret and NODE_ENV=production.');
    }
    if (config.secret && config.secret.length < 32) {
      throw new Error('Refusing to start: AUTH_JWT_SECRET must be at least 32 characters in production.');
    }
    if (!config.secret && !config.publicKey && !config.jwksUrl) {
      throw new Error(
        'Refusing to start: set AUTH_JWT_PUBLIC_KEY or AUTH_JWKS_URL (RS256), or AUTH_JWT_SECRET, in production.',
      );
    }
  }
  return config;
}
