import { DEVELOPMENT_GATEWAY_SECRET, loadGatewayTrust, signGatewayProof, verifyGatewayProof } from './gateway-proof';

const secret = 'a-gateway-secret-of-at-least-32-characters';

describe('gateway proof', () => {
  const proof = signGatewayProof(secret, 'req-1', 'token-a');

  it('holds for exactly the request id and token it was made for, with the right secret, while fresh', () => {
    expect(verifyGatewayProof(secret, proof, 'req-1', 'token-a')).toBe(true);
    expect(verifyGatewayProof(secret, proof, 'req-2', 'token-a')).toBe(false);
    expect(verifyGatewayProof(secret, proof, 'req-1', 'token-b')).toBe(false);
    expect(verifyGatewayProof('another-secret-of-at-least-32-characters', proof, 'req-1', 'token-a')).toBe(false);
    expect(verifyGatewayProof(secret, proof, 'req-1', 'token-a', Date.now() + 120_000)).toBe(false);
    expect(verifyGatewayProof(secret, undefined, 'req-1', 'token-a')).toBe(false);
    expect(verifyGatewayProof(secret, 'v1.123.abc', 'req-1', 'token-a')).toBe(false);
  });

  it('production refuses to start without GATEWAY_SECRET, with the development one or a short one', () => {
    expect(() => loadGatewayTrust({ NODE_ENV: 'production' })).toThrow(/GATEWAY_SECRET/);
    expect(() => loadGatewayTrust({ NODE_ENV: 'production', GATEWAY_SECRET: DEVELOPMENT_GATEWAY_SECRET })).toThrow(
      /development secret/,
    );
    expect(() => loadGatewayTrust({ NODE_ENV: 'production', GATEWAY_SECRET: 'short' })).toThrow(/32 characters/);
    expect(loadGatewayTrust({ NODE_ENV: 'production', GATEWAY_SECRET: secret })).toEqual({ secret, required: true });
    expect(loadGatewayTrust({ NODE_ENV: 'development' })).toEqual({
      secret: DEVELOPMENT_GATEWAY_SECRET,
      required: false,
    });
  });
});
