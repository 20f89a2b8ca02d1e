import { generateKeyPairSync } from 'node:crypto';

import jwt from 'jsonwebtoken';

import { DEVELOPMENT_SECRET, loadAuthConfig } from './config';
import { type Principal, Role } from './roles';
import { AuthenticationError, bearerToken, createTokenVerifier, signToken } from './tokens';

const config = loadAuthConfig({ NODE_ENV: 'test' });
const admin: Principal = {
  personId: '0b7e0c1e-1111-4111-8111-111111111111',
  role: Role.SCHOOL_ADMIN,
  districtId: 'd-1',
  schoolId: 's-1',
  name: '王老师',
};
const claims = { role: 'SCHOOL_ADMIN', did: 'd-1', sid: 's-1' };
const withoutExpiry = { subject: admin.personId, issuer: config.issuer, audience: config.audience };
const options = { ...withoutExpiry, expiresIn: '1h' as const };

describe('tokens', () => {
  const verify = createTokenVerifier(config);

  it('round-trips a principal', async () => {
    await expect(verify(signToken(admin, config))).resolves.toMatchObject(admin);
  });

  it('refuses a token signed with another secret', async () => {
    await expect(verify(jwt.sign(claims, 'attacker', options))).rejects.toThrow(AuthenticationError);
  });

  it('refuses an expired token, saying so', async () => {
    await expect(verify(signToken(admin, config, -10))).rejects.toThrow(/expired/);
  });

  it('refuses a token without exp or iat, one living longer than the cap, and one issued in the future', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verify(jwt.sign(claims, DEVELOPMENT_SECRET, withoutExpiry))).rejects.toThrow(/no expiry/);
    await expect(
      verify(jwt.sign({ ...claims, exp: now + 600 }, DEVELOPMENT_SECRET, { ...withoutExpiry, noTimestamp: true })),
    ).rejects.toThrow(/no issue time/);
    await expect(verify(jwt.sign(claims, DEVELOPMENT_SECRET, { ...options, expiresIn: '61m' }))).rejects.toThrow(
      /longer than 60 minutes/,
    );
    await expect(
      verify(jwt.sign({ ...claims, iat: now + 3600, exp: now + 3700 }, DEVELOPMENT_SECRET, withoutExpiry)),
    ).rejects.toThrow(/future/);
    await expect(verify(jwt.sign(claims, DEVELOPMENT_SECRET, { ...options, expiresIn: '60m' }))).resolves.toMatchObject(
      { role: Role.SCHOOL_ADMIN },
    );
  });

  it('caps service tokens at five minutes, and signs each role its own lifetime by default', async () => {
    const service: Principal = { personId: 'school-service', role: Role.SERVICE, districtId: '*' };
    await expect(verify(signToken(service, config, '6m'))).rejects.toThrow(/longer than 5 minutes/);
    await expect(verify(signToken(service, config))).resolves.toMatchObject({ role: Role.SERVICE });
    const lifetime = (token: string) => {
      const { exp, iat } = jwt.decode(token) as { exp: number; iat: number };
      return exp - iat;
    };
    expect(lifetime(signToken(service, config))).toBe(300);
    expect(lifetime(signToken(admin, config))).toBe(3600);
  });

  it('refuses the wrong audience or issuer', async () => {
    await expect(verify(jwt.sign(claims, DEVELOPMENT_SECRET, { ...options, audience: 'other' }))).rejects.toThrow(
      AuthenticationError,
    );
    await expect(verify(jwt.sign(claims, DEVELOPMENT_SECRET, { ...options, issuer: 'other' }))).rejects.toThrow(
      AuthenticationError,
    );
  });

  it('refuses an unsigned (alg: none) token', async () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const payload = part({ ...claims, sub: admin.personId, iss: config.issuer, aud: config.audience });
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    await expect(verify(unsigned)).rejects.toThrow(AuthenticationError);
  });

  it('refuses a school role without its school, and an unknown role', async () => {
    await expect(verify(jwt.sign({ role: 'SCHOOL_ADMIN', did: 'd-1' }, DEVELOPMENT_SECRET, options))).rejects.toThrow(
      /school/,
    );
    await expect(verify(jwt.sign({ ...claims, role: 'ROOT' }, DEVELOPMENT_SECRET, options))).rejects.toThrow(
      AuthenticationError,
    );
  });

  it(
    'accepts RS256 with the configured public key, refuses ' + 'another key, and turns the development secret off',
    async () => {
      const keys = () =>
        generateKeyPairSync('rsa', {
          modulusLength: 2048,
          publicKeyEncoding: { type: 'spki', format: 'pem' },
          privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        });
      const mine = keys();
      const theirs = keys();
      const rsConfig = loadAuthConfig({ NODE_ENV: 'test', AUTH_JWT_PUBLIC_KEY: mine.publicKey });
      const rsVerify = createTokenVerifier(rsConfig);
      await expect(
        rsVerify(jwt.sign(claims, mine.privateKey, { ...options, algorithm: 'RS256' })),
      ).resolves.toMatchObject({ role: Role.SCHOOL_ADMIN });
      await expect(rsVerify(jwt.sign(claims, theirs.privateKey, { ...options, algorithm: 'RS256' }))).rejects.toThrow(
        AuthenticationError,
      );
      await expect(rsVerify(jwt.sign(claims, DEVELOPMENT_SECRET, options))).rejects.toThrow(/not accepted/);
    },
  );

  it('reads bearer headers', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow(AuthenticationError);
  });
});

describe('production configuration', () => {
  it('refuses to start without a key, with the development secret, or with a short secret', () => {
    expect(() => loadAuthConfig({ NODE_ENV: 'production' })).toThrow(/Refusing to start/);
    expect(() => loadAuthConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_SECRET })).toThrow(
      /development secret/,
    );
    expect(() => loadAuthConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'short' })).toThrow(/32 characters/);
  });

  it('starts with a long secret or a public key, and never defaults to the development secret', () => {
    expect(loadAuthConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40) }).secret).toBe('x'.repeat(40));
    expect(
      loadAuthConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' }).secret,
    ).toBeUndefined();
    expect(loadAuthConfig({ NODE_ENV: 'development' }).secret).toBe(DEVELOPMENT_SECRET);
  });
});
