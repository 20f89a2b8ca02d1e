/**
 * Anonymous survey ballots: the respondent's side of RSA blind signatures (RFC 9474,
 * RSABSSA-SHA384-PSS-Randomized). The school service signs a ballot without seeing it, so the
 * answer submitted later with that ballot cannot be tied to whoever asked for it.
 *
 *   const pending = await startSurveyBallot(survey.id, survey.ballotKey);   // keep it (localStorage)
 * const { requestSurveyBallot } = await client.request(RequestSurveyBallotDocument, { input: ballotRequest(pending) });
 *   const ballot = await finishSurveyBallot(pending, requestSurveyBallot.blindSignature!); // verifies it
 *   await client.request(SubmitSurveyResponseDocument, { input: surveySubmission(ballot, { scores, comment }) });
 *
 * Pure BigInt arithmetic and WebCrypto (SHA-384, RSA-PSS verification, random bytes): the same
 * code runs in browsers and in Node 20. Values travel as unpadded base64url strings.
 */

import {
  bitLength,
  bytesToInt,
  concat,
  fromBase64Url,
  intToBytes,
  modInverse,
  modPow,
  toBase64Url,
} from './survey-ballot.bytes';

export { bytesToInt, fromBase64Url, intToBytes, modInverse, modPow, toBase64Url } from './survey-ballot.bytes';

/** The variant of RFC 9474 used: SHA-384, MGF1-SHA-384, a 48-byte salt, a 32-byte random message prefix. */
export const BALLOT_ALGORITHM = 'RSABSSA-SHA384-PSS-Randomized';
const HASH_LEN = 48;
const SALT_LEN = 48;
const PREFIX_LEN = 32;

/** A survey's signing key for the respondent's mentor, as `Survey.ballotKey` gives it. */
export interface BallotKey {
  id: string;
  /** n, unsigned big-endian, base64url. */
  modulus: string;
  /** e, unsigned big-endian, base64url. */
  publicExponent: string;
}

/** Between asking and receiving: everything but `blindedMessage` stays on the device. */
export interface PendingBallot {
  surveyId: string;
  key: BallotKey;
  /** Sent to the service with `requestSurveyBallot`. */
  blindedMessage: string;
  /** The prepared message (random prefix ‖ random token), the ballot's identity once spent. */
  token: string;
  /** r⁻¹ mod n: whoever holds it can link the blinded message to the signature. Secret. */
  inverse: string;
}

/** A signed ballot: enough to answer once, and nothing that says whose it is. */
export interface SurveyBallot {
  surveyId: string;
  ballotKeyId: string;
  token: string;
  signature: string;
}

const subtle = (): SubtleCrypto => {
  if (!globalThis.crypto?.subtle) throw new Error('WebCrypto is not available (a browser, or Node 20+, is needed).');
  return globalThis.crypto.subtle;
};

const randomBytes = (n: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(n));

// Copies into a plain ArrayBuffer, as WebCrypto's types ask.
const own = (bytes: Uint8Array) => new Uint8Array(bytes);
const sha384 = async (data: Uint8Array) => new Uint8Array(await subtle().digest('SHA-384', own(data)));

async function mgf1(seed: Uint8Array, length: number): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  for (let counter = 0; blocks.length * HASH_LEN < length; counter++)
    blocks.push(await sha384(concat(seed, intToBytes(BigInt(counter), 4))));
  return concat(...blocks).slice(0, length);
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with SHA-384, MGF1-SHA-384 and a 48-byte salt. */
export async function encodePss(
  message: Uint8Array,
  emBits: number,
  salt: Uint8Array = randomBytes(SALT_LEN),
): Promise<Uint8Array> {
  const emLen = Math.ceil(emBits / 8);
  if (salt.length !== SALT_LEN || emLen < HASH_LEN + SALT_LEN + 2) throw new Error('Encoding error.');
  const h = await sha384(concat(new Uint8Array(8), await sha384(message), salt));
  const db = concat(new Uint8Array(emLen - SALT_LEN - HASH_LEN - 2), Uint8Array.of(1), salt);
  const mask = await mgf1(h, db.length);
  const maskedDb = db.map((b, i) => b ^ mask[i]);
  maskedDb[0] &= 0xff >> (8 * emLen - emBits);
  return concat(maskedDb, h, Uint8Array.of(0xbc));
}

interface PublicKey {
  n: bigint;
  e: bigint;
  kLen: number;
}
function publicKeyOf(key: Pick<BallotKey, 'modulus' | 'publicExponent'>): PublicKey {
  const n = bytesToInt(fromBase64Url(key.modulus));
  const e = bytesToInt(fromBase64Url(key.publicExponent));
  if (bitLength(n) < 2048 || e < 3n || e % 2n === 0n) throw new Error('Unusable ballot key.');
  return { n, e, kLen: Math.ceil(bitLength(n) / 8) };
}

/** RFC 9474 §4.1 Prepare (randomized): a 32-byte random prefix before the message. */
export function prepareMessage(message: Uint8Array, prefix: Uint8Array = randomBytes(PREFIX_LEN)): Uint8Array {
  if (prefix.length !== PREFIX_LEN) throw new Error('The prefix is 32 bytes.');
  return concat(prefix, message);
}

/** RFC 9474 §4.2 Blind. `testing` fixes the salt and the blind r (test vectors only). */
export async function blind(
  key: Pick<BallotKey, 'modulus' | 'publicExponent'>,
  prepared: Uint8Array,
  testing?: { salt: Uint8Array; r: bigint },
): Promise<{ blindedMessage: Uint8Array; inverse: bigint }> {
  const { n, e, kLen } = publicKeyOf(key);
  const m = bytesToInt(await encodePss(prepared, bitLength(n) - 1, testing?.salt));
  modInverse(m, n); // m must be coprime with n
  let r = testing?.r ?? 0n;
  while (r === 0n || r >= n) r = bytesToInt(randomBytes(kLen)) & ((1n << BigInt(bitLength(n))) - 1n);
  const inverse = modInverse(r, n);
  return { blindedMessage: intToBytes((m * modPow(r, e, n)) % n, kLen), inverse };
}

/** RSASSA-PSS verification (SHA-384, salt 48) by WebCrypto: an independent check of our own encoding. */
export async function verifyBallotSignature(
  key: Pick<BallotKey, 'modulus' | 'publicExponent'>,
  prepared: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const cryptoKey = await subtle().importKey(
    'jwk',
    { kty: 'RSA', n: key.modulus, e: key.publicExponent, ext: true },
    { name: 'RSA-PSS', hash: 'SHA-384' },
    false,
    ['verify'],
  );
  return subtle().verify({ name: 'RSA-PSS', saltLength: SALT_LEN }, cryptoKey, own(signature), own(prepared));
}

/** RFC 9474 §4.4 Finalize: unblind, and refuse a signature that does not verify. */
export async function finalize(
  key: Pick<BallotKey, 'modulus' | 'publicExponent'>,
  prepared: Uint8Array,
  blindSignature: Uint8Array,
  inverse: bigint,
): Promise<Uint8Array> {
  const { n, kLen } = publicKeyOf(key);
  if (blindSignature.length !== kLen) throw new Error('The blind signature has the wrong length.');
  const signature = intToBytes((bytesToInt(blindSignature) * inverse) % n, kLen);
  if (!(await verifyBallotSignature(key, prepared, signature)))
    throw new Error('The ballot signature does not verify: ask again.');
  return signature;
}

/** Step 1: a fresh random token, blinded for the survey's key of your mentor. */
export async function startSurveyBallot(surveyId: string, key: BallotKey): Promise<PendingBallot> {
  const prepared = prepareMessage(randomBytes(32));
  const { blindedMessage, inverse } = await blind(key, prepared);
  return {
    surveyId,
    key,
    blindedMessage: toBase64Url(blindedMessage),
    token: toBase64Url(prepared),
    inverse: inverse.toString(16),
  };
}

/** The input of `requestSurveyBallot` for a pending ballot. */
export function ballotRequest(pending: PendingBallot): {
  surveyId: string;
  ballotKeyId: string;
  blindedMessage: string;
} {
  return { surveyId: pending.surveyId, ballotKeyId: pending.key.id, blindedMessage: pending.blindedMessage };
}

/** Step 2: unblind the service's blind signature into a ballot (verified here). */
export async function finishSurveyBallot(pending: PendingBallot, blindSignature: string): Promise<SurveyBallot> {
  const signature = await finalize(
    pending.key,
    fromBase64Url(pending.token),
    fromBase64Url(blindSignature),
    BigInt(`0x${pending.inverse}`),
  );
  return {
    surveyId: pending.surveyId,
    ballotKeyId: pending.key.id,
    token: pending.token,
    signature: toBase64Url(signature),
  };
}

/**
 * Step 3: the input of `submitSurveyResponse`. Keep the ballot and the answer until the survey
 * closes: if the service restarted before writing the answer, submitting again is accepted
 * (`QUEUED`), and once it is counted the service answers `BALLOT_SPENT`.
 */
export function surveySubmission(ballot: SurveyBallot, answer: { scores: number[]; comment?: string | null }) {
  return {
    surveyId: ballot.surveyId,
    ballotKeyId: ballot.ballotKeyId,
    token: ballot.token,
    signature: ballot.signature,
    scores: answer.scores,
    comment: answer.comment ?? null,
  };
}
