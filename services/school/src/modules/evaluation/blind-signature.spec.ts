import { createPrivateKey } from 'node:crypto';

import vector from '../../../../../packages/client/src/testdata/rfc9474-vector.json';
import {
  blindSign,
  generateBallotKey,
  InvalidBlindedMessage,
  privateKeyOf,
  publicKeyOf,
  verifyBallot,
} from './blind-signature';

const hex = (h: string) => Buffer.from(h.length % 2 ? `0${h}` : h, 'hex');
const b64 = (x: bigint) => hex(x.toString(16)).toString('base64url');

function vectorKey() {
  const [n, e, d, p, q] = [vector.n, vector.e, vector.d, vector.p, vector.q].map((h) => BigInt(`0x${h}`));
  let [a, b, u, v] = [q % p, p, 1n, 0n];
  while (b) [a, b, u, v] = [b, a - (a / b) * b, v, u - (a / b) * v];
  const qi = ((u % p) + p) % p;
  return createPrivateKey({
    key: {
      kty: 'RSA',
      n: b64(n),
      e: b64(e),
      d: b64(d),
      p: b64(p),
      q: b64(q),
      dp: b64(d % (p - 1n)),
      dq: b64(d % (q - 1n)),
      qi: b64(qi),
    },
    format: 'jwk',
  });
}

describe('blind signing (RFC 9474, the signer)', () => {
  it('signs the RFC test vector’s blinded message to its blind signature, and verifies its final signature', () => {
    expect(blindSign(vectorKey(), hex(vector.blinded_msg)).toString('hex')).toBe(vector.blind_sig);
    const pub = publicKeyOf(b64(BigInt(`0x${vector.n}`)), b64(BigInt(`0x${vector.e}`)));
    expect(verifyBallot(pub, hex(vector.input_msg), hex(vector.sig))).toBe(true);
    expect(verifyBallot(pub, hex(vector.msg), hex(vector.sig))).toBe(false);
    expect(verifyBallot(pub, hex(vector.input_msg), Buffer.alloc(3))).toBe(false);
  });

  it('refuses a blinded message of the wrong size or not below the modulus', async () => {
    const key = await generateBallotKey();
    const priv = privateKeyOf(key.privateKey);
    expect(() => blindSign(priv, Buffer.alloc(255, 1))).toThrow(InvalidBlindedMessage);
    expect(() => blindSign(priv, Buffer.alloc(256, 0xff))).toThrow(InvalidBlindedMessage);
    expect(blindSign(priv, Buffer.alloc(256, 1))).toHaveLength(256);
    expect(Buffer.from(key.modulus, 'base64url')).toHaveLength(256);
  });
});
