import { createHmac } from 'node:crypto';

import nodemailer from 'nodemailer';

import { NotificationChannelKind } from './notification.enums';

export interface OpenedChannel {
  id: string;
  kind: string;
  /** Webhook URL (robots) or SMTP host (e-mail). */
  target: string;
  secret: string | null;
  settings: { port?: number; secure?: boolean; user?: string | null; from?: string; recipients?: string[] };
}

export interface Outgoing {
  /** The idempotent delivery key: sent along so a receiver can drop a repeat. */
  key: string;
  subject: string;
  /** Ends with where to open it. */
  body: string;
  toAddress: string | null;
}

const TIMEOUT_MS = 10_000;

/** 钉钉 加签: HMAC-SHA256 over `timestamp + "\n" + secret` with the secret as key, base64, URL-encoded. */
export function dingtalkSign(timestamp: number, secret: string): string {
  return encodeURIComponent(createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64'));
}

async function postRobot(url: string, content: string, key: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-idempotency-key': key },
    body: JSON.stringify({ msgtype: 'text', text: { content } }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
    // A redirect could lead past the allowed robot hosts.
    redirect: 'manual',
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // Both robots answer 200 with {"errcode":0} on success and a non-zero errcode otherwise.
  let answer: { errcode?: number; errmsg?: string } = {};
  try {
    answer = JSON.parse(text);
  } catch {
    throw new Error('robot answered without JSON');
  }
  // The code only: the answer's text is not echoed to the admin (the URL is theirs to choose).
  if (answer.errcode !== 0) throw new Error(`robot refused: errcode ${Number(answer.errcode)}`);
}

/** Sends one message on one channel; throws on any failure (the relay records it and retries). */
export async function send(channel: OpenedChannel, message: Outgoing, now: Date): Promise<void> {
  const content = `${message.subject}\n${message.body}`;
  switch (channel.kind) {
    case NotificationChannelKind.WECOM_ROBOT: {
      const url = new URL(channel.target);
      if (channel.secret) url.searchParams.set('key', channel.secret);
      return postRobot(url.toString(), content, message.key);
    }
    case NotificationChannelKind.DINGTALK_ROBOT: {
      const url = new URL(channel.target);
      if (channel.secret) {
        const timestamp = now.getTime();
        // Appended by hand: the sign is already URL-encoded, as DingTalk's documentation builds it.
        const signed = `timestamp=${timestamp}&sign=${dingtalkSign(timestamp, channel.secret)}`;
        return postRobot(`${url.toString()}${url.search ? '&' : '?'}${signed}`, content, message.key);
      }
      return postRobot(url.toString(), content, message.key);
    }
    case NotificationChannelKind.EMAIL: {
      const s = channel.settings;
      const to = message.toAddress ? [message.toAddress] : (s.recipients ?? []);
      if (!to.length) throw new Error('no recipients');
      const transport = nodemailer.createTransport({
        host: channel.target,
        port: s.port ?? 587,
        secure: s.secure ?? false,
        auth: s.user ? { user: s.user, pass: channel.secret ?? '' } : undefined,
        connectionTimeout: TIMEOUT_MS,
        greetingTimeout: TIMEOUT_MS,
        socketTimeout: TIMEOUT_MS,
      });
      try {
        await transport.sendMail({
          from: s.from,
          to,
          subject: message.subject,
          text: message.body,
          // Deterministic: a mail system that sees the same Message-ID twice can drop the repeat.
          messageId: `<${message.key.replace(/[^\w.-]/g, '.')}@notifications.mentorship>`,
        });
      } finally {
        transport.close();
      }
      return;
    }
    default:
      throw new Error(`unknown channel kind ${channel.kind}`);
  }
}
