import { constants, createPrivateKey, privateDecrypt } from 'node:crypto';

import {
  ballotRequest,
  blind,
  bytesToInt,
  encodePss,
  finalize,
  finishSurveyBallot,
  fromBase64Url,
  modInverse,
  prepareMessage,
  startSurveyBallot,
  surveySubmission,
  toBase64Url,
  verifyBallotSignature,
} from './survey-ballot';
import vector from './testdata/rfc9474-vector.json';

const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const b64 = (h: string) => toBase64Url(hex(h.length % 2 ? `0${h}` : h));
const key = { id: 'k', modulus: b64(vector.n), publicExponent: b64(vector.e) };

/** The signer's side, raw RSA with the vector's private key (what the school service does). */
function blindSign(blinded: Uint8Array): Uint8Array {
  const [p, q, d] = [vector.p, vector.q, vector.d].map((h) => BigInt(`0x${h}`));
  const big = (x: bigint) => toBase64Url(hex(x.toString(16).padStart(Math.ceil(x.toString(16).length / 2) * 2, '0')));
  const jwk = {
    kty: 'RSA',
    n: key.modulus,
    e: key.publicExponent,
    d: big(d),
    p: big(p),
    q: big(q),
    dp: big(d % (p - 1n)),
    dq: big(d % (q - 1n)),
    qi: big(modInverse(q, p)),
  };
  return privateDecrypt(
    { key: createPrivateKey({ key: jwk, format: 'jwk' }), padding: constants.RSA_NO_PADDING },
    blinded,
  );
}

describe('survey ballots: RSA blind signatures (RFC 9474, RSABSSA-SHA384-PSS-Randomized)', () => {
  it('reproduces the RFC test vector: prepare, blind, finalize', async () => {
    const prepared = prepareMessage(hex(vector.msg), hex(vector.msg_prefix));
    expect(toHex(prepared)).toBe(vector.input_msg);
    const n = BigInt(`0x${vector.n}`);
    const r = modInverse(BigInt(`0x${vector.inv}`), n);
    const { blindedMessage, inverse } = await blind(key, prepared, { salt: hex(vector.salt), r });
    expect(toHex(blindedMessage)).toBe(vector.blinded_msg);
    expect(inverse.toString(16)).toBe(vector.inv);
    expect(toHex(blindSign(blindedMessage))).toBe(vector.blind_sig);
    const signature = await finalize(key, prepared, hex(vector.blind_sig), inverse);
    expect(toHex(signature)).toBe(vector.sig);
    expect(await verifyBallotSignature(key, prepared, signature)).toBe(true);
  });

  it('refuses a blind signature that does not verify, and a tampered message', async () => {
    const prepared = hex(vector.input_msg);
    const inverse = BigInt(`0x${vector.inv}`);
    const wrong = hex(vector.blind_sig);
    wrong[100] ^= 1;
    await expect(finalize(key, prepared, wrong, inverse)).rejects.toThrow('does not verify');
    const other = prepared.slice();
    other[0] ^= 1;
    expect(await verifyBallotSignature(key, other, hex(vector.sig))).toBe(false);
  });

  it('runs the whole ballot flow with fresh randomness; the signer never sees the token', async () => {
    const pending = await startSurveyBallot('survey-1', key);
    expect(ballotRequest(pending)).toEqual({
      surveyId: 'survey-1',
      ballotKeyId: 'k',
      blindedMessage: pending.blindedMessage,
    });
    expect(pending.blindedMessage).not.toContain(pending.token);
    // What the signer sees is uniformly random mod n: not the encoded token.
    const encoded = await encodePss(fromBase64Url(pending.token), BigInt(`0x${vector.n}`).toString(2).length - 1);
    expect(bytesToInt(fromBase64Url(pending.blindedMessage))).not.toBe(bytesToInt(encoded));
    const ballot = await finishSurveyBallot(pending, toBase64Url(blindSign(fromBase64Url(pending.blindedMessage))));
    expect(ballot).toEqual({
      surveyId: 'survey-1',
      ballotKeyId: 'k',
      token: pending.token,
      signature: expect.stringMatching(/^[A-Za-z0-9_-]{683}$/),
    });
    expect(surveySubmission(ballot, { scores: [5, 4] })).toEqual({ ...ballot, scores: [5, 4], comment: null });
    // Two ballots never share a token.
    expect((await startSurveyBallot('survey-1', key)).token).not.toBe(pending.token);
  });

  it('round-trips base64url and refuses a key too small to trust', () => {
    const bytes = Uint8Array.from([0, 1, 250, 251, 252, 253, 254, 255]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(() => fromBase64Url('a+b/')).toThrow('base64url');
    return expect(
      startSurveyBallot('s', { id: 'k', modulus: toBase64Url(Uint8Array.of(0xc5, 0x01)), publicExponent: 'AQAB' }),
    ).rejects.toThrow('Unusable');
  });
});
