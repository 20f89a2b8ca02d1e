import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
  privateDecrypt,
  verify,
} from 'node:crypto';
import { promisify } from 'node:util';

/**
 * The signer's side of RSA blind signatures (RFC 9474, RSABSSA-SHA384-PSS-Randomized): the
 * school service signs a respondent's blinded ballot without seeing it, and later checks the
 * unblinded ballot as an ordinary RSASSA-PSS signature (SHA-384, MGF1-SHA-384, 48-byte salt).
 * The respondent's side is `packages/client/src/survey-ballot.ts`.
 */
export const BALLOT_ALGORITHM = 'RSABSSA-SHA384-PSS-Randomized';
const MODULUS_BITS = 2048;

export interface BallotKeyMaterial {
  /** PKCS#8 PEM. */
  privateKey: string;
  /** n and e, unsigned big-endian, base64url (as in a JWK). */
  modulus: string;
  publicExponent: string;
}

export class InvalidBlindedMessage extends Error {}

export async function generateBallotKey(): Promise<BallotKeyMaterial> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: MODULUS_BITS,
    publicExponent: 0x10001,
  });
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    modulus: jwk.n!,
    publicExponent: jwk.e!,
  };
}

export const publicKeyOf = (modulus: string, publicExponent: string): KeyObject =>
  createPublicKey({ key: { kty: 'RSA', n: modulus, e: publicExponent }, format: 'jwk' });
export const privateKeyOf = (pem: string): KeyObject => createPrivateKey(pem);

const toInt = (bytes: Uint8Array) => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  for (base %= mod; exp > 0n; exp >>= 1n, base = (base * base) % mod) if (exp & 1n) result = (result * base) % mod;
  return result;
}

/**
 * RFC 9474 §4.3 BlindSign: s = m^d mod n, checked by s^e = m before it leaves (a faulty signature can leak the key).
 */
export function blindSign(privateKey: KeyObject, blindedMessage: Uint8Array): Buffer {
  const jwk = privateKey.export({ format: 'jwk' });
  const n = toInt(Buffer.from(jwk.n!, 'base64url'));
  const kLen = Math.ceil(n.toString(2).length / 8);
  const m = toInt(blindedMessage);
  if (blindedMessage.length !== kLen || m >= n || m === 0n)
    throw new InvalidBlindedMessage('The blinded message does not fit the key.');
  const s = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, blindedMessage);
  if (modPow(toInt(s), toInt(Buffer.from(jwk.e!, 'base64url')), n) !== m) throw new Error('Signing fault.');
  return s;
}

/** RFC 9474 §4.5 Verify: an RSASSA-PSS signature over the prepared message (the ballot's token). */
export function verifyBallot(publicKey: KeyObject, token: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(
      'sha384',
      token,
      { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 },
      signature,
    );
  } catch {
    return false;
  }
}
