import { randomUUID } from 'node:crypto';

import { forbidden } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { NotificationChannelKind, NotificationTopic } from './notification.enums';
import { NotificationChannel } from './notification-channel.entity';
import { seal, SecretKeyMissing } from './secret-box';

export interface ChannelInput {
  id?: string | null;
  kind: NotificationChannelKind;
  name: string;
  topics: NotificationTopic[];
  webhookUrl?: string | null;
  secret?: string | null;
  smtpHost?: string | null;
  smtpPort?: number | null;
  smtpSecure?: boolean | null;
  smtpUser?: string | null;
  from?: string | null;
  recipients?: string[] | null;
}

interface EmailSettings {
  port?: number;
  secure?: boolean;
  user?: string | null;
  from?: string;
  recipients?: string[];
}

const EMAIL = /^[^\s@<>,;]{1,64}@[^\s@<>,;]{1,190}\.[^\s@<>,;]{2,}$/;
export const isEmail = (s: string) => EMAIL.test(s);
const refuse = (code: string, message: string, field: string) => new UserFacingError(code, message, field);

/**
 * Robot hosts a school admin may point a channel at. In production only the official robot APIs
 * (NOTIFY_WEBHOOK_HOSTS to change), so a channel cannot be aimed at the platform's own services.
 */
function allowedHosts(env: NodeJS.ProcessEnv = process.env): string[] | null {
  const listed = env.NOTIFY_WEBHOOK_HOSTS?.split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (listed?.length) return listed;
  return env.NODE_ENV === 'production' ? ['qyapi.weixin.qq.com', 'oapi.dingtalk.com'] : null;
}

function checkWebhook(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse('INVALID_URL', 'Paste the robot’s webhook address (https://…).', 'webhookUrl');
  }
  const plainHttpAllowed = process.env.NODE_ENV !== 'production' && url.protocol === 'http:';
  if (url.protocol !== 'https:' && !plainHttpAllowed) {
    throw refuse('INVALID_URL', 'The webhook address must use https.', 'webhookUrl');
  }
  const hosts = allowedHosts();
  if (hosts && !hosts.includes(url.hostname.toLowerCase())) {
    throw refuse('HOST_NOT_ALLOWED', `Robots may post only to ${hosts.join(', ')}.`, 'webhookUrl');
  }
  if (url.username || url.password) throw refuse('INVALID_URL', 'No user or password in the address.', 'webhookUrl');
  return url;
}

function sealFor(channelId: string, value: string): string {
  try {
    return seal(value, channelId);
  } catch (error) {
    if (error instanceof SecretKeyMissing) {
      const message = 'The service cannot store secrets yet (NOTIFY_SECRET_KEY): ask the platform operator.';
      throw refuse('SECRETS_UNAVAILABLE', message, 'secret');
    }
    throw error;
  }
}

/** School admin: the school's channels. Secrets go in and are never read back. */
export class NotificationChannelsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (!this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  list(): Promise<NotificationChannel[]> {
    const order = { createdAt: 'ASC', id: 'ASC' } as const;
    return this.dataSource.getRepository(NotificationChannel).find({ where: { schoolId: this.schoolId }, order });
  }

  /** The latest attempts of each of the school's channels, newest first: one query for all channels. */
  async recentAttempts(perChannel = 10): Promise<Map<string, { at: Date; ok: boolean; error: string | null }[]>> {
    const rows: { channel_id: string; at: Date; ok: boolean; error: string | null }[] = await this.dataSource.query(
      `SELECT channel_id, at, ok, error FROM (
         SELECT a.channel_id, a.at, a.ok, a.error,
                row_number() OVER (PARTITION BY a.channel_id ORDER BY a.at DESC, a.id) AS n
           FROM notification_attempt a JOIN notification_channel c ON c.id = a.channel_id
          WHERE c.school_id = $1) ranked
        WHERE n <= $2 ORDER BY at DESC`,
      [this.schoolId, perChannel],
    );
    const out = new Map<string, { at: Date; ok: boolean; error: string | null }[]>();
    for (const r of rows)
      out.set(r.channel_id, [...(out.get(r.channel_id) ?? []), { at: new Date(r.at), ok: r.ok, error: r.error }]);
    return out;
  }

  async save(input: ChannelInput): Promise<NotificationChannel> {
    const schoolId = this.schoolId;
    const name = input.name.trim();
    if (!name || name.length > 60) throw refuse('INVALID_NAME', 'Name the channel in 1 to 60 characters.', 'name');
    if (!input.topics.length) throw refuse('REQUIRED', 'Choose what the channel carries.', 'topics');
    if (input.secret && input.secret.length > 500) throw refuse('TOO_LONG', 'At most 500 characters.', 'secret');
    return inTransaction(this.dataSource, async (m) => {
      const repo = m.getRepository(NotificationChannel);
      const existing = input.id
        ? await repo
            .createQueryBuilder('c')
            .setLock('pessimistic_write')
            .where('c.id = :id AND c.school_id = :schoolId', { id: input.id, schoolId })
            .getOne()
        : null;
      if (input.id && !existing) throw refuse('NOT_FOUND', 'No such channel in your school.', 'id');
      if (existing && existing.kind !== input.kind) {
        throw refuse('KIND_CHANGED', 'A channel keeps its kind; add a new one instead.', 'kind');
      }
      const channel =
        existing ??
        Object.assign(new NotificationChannel(), {
          id: randomUUID(),
          schoolId,
          kind: input.kind,
          createdAt: this.now(),
          secretSealed: null,
          targetSealed: null,
          lastSuccessAt: null,
          settings: {},
        });
      channel.name = name;
      channel.topics = [...new Set(input.topics)];
      if (input.kind === NotificationChannelKind.EMAIL) applyEmail(channel, input);
      else applyRobot(channel, input, !!existing);
      if (input.secret) channel.secretSealed = sealFor(channel.id, input.secret);
      // A changed configuration gets a fresh start: the next attempt decides its health.
      channel.consecutiveFailures = 0;
      channel.lastError = null;
      await repo.save(channel);
      return channel;
    });
  }

  async remove(id: string): Promise<void> {
    await inTransaction(this.dataSource, async (m) => {
      const [, removed] = await m.query('DELETE FROM notification_channel WHERE id = $1 AND school_id = $2', [
        id,
        this.schoolId,
      ]);
      if (!removed) throw refuse('NOT_FOUND', 'No such channel in your school.', 'id');
      await m.query('DELETE FROM notification_delivery WHERE channel_id = $1 AND sent_at IS NULL', [id]);
    });
  }
}

function applyRobot(channel: NotificationChannel, input: ChannelInput, existed: boolean) {
  if (input.webhookUrl != null) {
    const url = checkWebhook(input.webhookUrl);
    channel.targetSealed = sealFor(channel.id, url.toString());
    channel.targetHost = url.host;
  } else if (!existed) throw refuse('REQUIRED', 'Paste the robot’s webhook address.', 'webhookUrl');
  if (input.kind === NotificationChannelKind.DINGTALK_ROBOT && !input.secret && !channel.secretSealed) {
    throw refuse('REQUIRED', '钉钉 robots need their signing secret (加签, SEC…).', 'secret');
  }
}

function applyEmail(channel: NotificationChannel, input: ChannelInput) {
  const old = (channel.settings ?? {}) as EmailSettings;
  const host = input.smtpHost?.trim() ?? channel.targetHost;
  if (!host || !/^[\w.-]{1,253}$/.test(host)) throw refuse('INVALID_HOST', 'The SMTP server’s host name.', 'smtpHost');
  const port = input.smtpPort ?? old.port ?? 587;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw refuse('INVALID_PORT', 'A port between 1 and 65535.', 'smtpPort');
  }
  const from = input.from?.trim() ?? old.from;
  if (!from || !isEmail(from)) {
    throw refuse('INVALID_EMAIL', 'The sender address, e.g. notify@school.edu.cn.', 'from');
  }
  const recipients = (input.recipients ?? old.recipients ?? []).map((r) => r.trim());
  recipients.forEach((r, i) => {
    if (!isEmail(r)) throw refuse('INVALID_EMAIL', 'An e-mail address.', `recipients[${i}]`);
  });
  if (recipients.length > 50) throw refuse('TOO_MANY', 'At most 50 addresses; use a mailing list.', 'recipients');
  channel.targetHost = host;
  const user = input.smtpUser !== undefined ? input.smtpUser?.trim() || null : (old.user ?? null);
  const secure = input.smtpSecure ?? old.secure ?? port === 465;
  channel.settings = { port, from, recipients, secure, user } satisfies EmailSettings;
}
