import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const DEV_KEY = 'development-notification-key-not-for-production';

export class SecretKeyMissing extends Error {}

/**
 * Channel secrets (webhook URLs with their tokens, signing secrets, SMTP passwords) are stored
 * sealed with AES-256-GCM under NOTIFY_SECRET_KEY, which lives in the service's environment, not
 * in the database: a reader of the app tables (a backup, a read replica, a reporting login) gets
 * ciphertext only. The channel id is the associated data, so a sealed value copied onto another
 * school's channel does not open. With NODE_ENV=production the development key is refused.
 */
function key(env: NodeJS.ProcessEnv = process.env): Buffer {
  const configured = env.NOTIFY_SECRET_KEY;
  if (env.NODE_ENV === 'production' && (!configured || configured === DEV_KEY || configured.length < 32)) {
    throw new SecretKeyMissing('NOTIFY_SECRET_KEY (32+ characters) is not set');
  }
  return createHash('sha256')
    .update(configured || DEV_KEY)
    .digest();
}

export function seal(plain: string, channelId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  cipher.setAAD(Buffer.from(channelId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
}

export function open(sealed: string, channelId: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1') throw new Error('unknown sealed secret format');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(channelId));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}
