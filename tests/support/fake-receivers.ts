import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';

/** A robot message as a fake 企业微信 / 钉钉 endpoint received it. */
export interface RobotMessage {
  robot: 'wecom' | 'dingtalk';
  content: string;
  key: string | null;
  signatureValid: boolean | null;
}

/**
 * Fake 企业微信 and 钉钉 group-robot webhooks on this machine. 企业微信 wants `?key=`; 钉钉 wants
 * `timestamp` and `sign` = urlencode(base64(HMAC-SHA256(secret, timestamp + "\n" + secret))),
 * checked here independently of the service's code, and answers errcode 310000 when it is wrong.
 * `failNext(n)` makes the next n requests fail with HTTP 500 (a robot that is down).
 */
export async function startFakeRobots(expected: { wecomKey: string; dingtalkSecret: string; dingtalkToken: string }) {
  const messages: RobotMessage[] = [];
  const refused: { robot: string; reason: string }[] = [];
  let failing = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const answer = (status: number, body: object) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const refuse = (robot: string, reason: string, errcode: number) => {
        refused.push({ robot, reason });
        answer(200, { errcode, errmsg: reason });
      };
      const key = req.headers['x-idempotency-key'] as string;
      if (failing > 0) {
        failing--;
        return answer(500, { error: 'down' });
      }
      const content = JSON.parse(raw).text?.content as string;
      if (url.pathname === '/cgi-bin/webhook/send') {
        if (url.searchParams.get('key') !== expected.wecomKey) return refuse('wecom', 'key', 93000);
        messages.push({ robot: 'wecom', content, key, signatureValid: null });
        return answer(200, { errcode: 0, errmsg: 'ok' });
      }
      if (url.pathname === '/robot/send') {
        const timestamp = url.searchParams.get('timestamp') ?? '';
        const sign = url.searchParams.get('sign') ?? '';
        const secret = expected.dingtalkSecret;
        const wanted = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
        // DingTalk also refuses a timestamp more than an hour away from its own clock; the service clock is the test's.
        const valid = sign === wanted && url.searchParams.get('access_token') === expected.dingtalkToken;
        if (!valid) return refuse('dingtalk', 'sign', 310000);
        messages.push({ robot: 'dingtalk', content, key, signatureValid: true });
        return answer(200, { errcode: 0, errmsg: 'ok' });
      }
      answer(404, { errcode: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    wecomUrl: `${base}/cgi-bin/webhook/send`,
    dingtalkUrl: `${base}/robot/send?access_token=${expected.dingtalkToken}`,
    messages,
    refused,
    failNext(n: number) {
      failing = n;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Mail {
  from: string;
  to: string[];
  data: string;
  auth: string | null;
}

/**
 * A fake SMTP server (node:net): EHLO with AUTH PLAIN, MAIL, RCPT, DATA, QUIT. Keeps each mail
 * with the credentials it was sent with. `down()` refuses mail (421) until `up()`.
 */
export async function startFakeSmtp() {
  const mails: Mail[] = [];
  let refusing = false;
  const server = net.createServer((socket) => {
    let buffer = '';
    let mail: Mail = { from: '', to: [], data: '', auth: null };
    let inData = false;
    const say = (line: string) => socket.write(`${line}\r\n`);
    say(refusing ? '421 service not available' : '220 fake.smtp ESMTP');
    if (refusing) return void socket.end();
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          mails.push(mail);
          mail = { from: '', to: [], data: '', auth: mail.auth };
          say('250 queued');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') say('250-fake.smtp\r\n250-AUTH PLAIN\r\n250 8BITMIME');
        else if (verb === 'HELO') say('250 fake.smtp');
        else if (verb === 'AUTH') {
          mail.auth = Buffer.from(line.split(' ')[2] ?? '', 'base64')
            .toString('utf8')
            .split('\0')
            .slice(1)
            .join(':');
          say('235 ok');
        } else if (verb === 'MAIL') ((mail.from = line.slice(10).replace(/[<>]/g, '').split(' ')[0]), say('250 ok'));
        else if (verb === 'RCPT') (mail.to.push(line.slice(8).replace(/[<>]/g, '').split(' ')[0]), say('250 ok'));
        else if (verb === 'DATA') ((inData = true), say('354 go ahead'));
        else if (verb === 'QUIT') (say('221 bye'), socket.end());
        else if (verb === 'RSET' || verb === 'NOOP') say('250 ok');
        else say('502 not implemented');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    mails,
    down: () => void (refusing = true),
    up: () => void (refusing = false),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const qp = (text: string) => {
  const byte = (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16));
  const bytes = text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, byte);
  return Buffer.from(bytes, 'latin1').toString('utf8');
};

/** A mail's subject and text body, decoded (nodemailer sends quoted-printable or base64 for Chinese). */
export function mailText(mail: Mail): string {
  const [head, ...rest] = mail.data.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  const subject = (/^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(head)?.[1] ?? '').replace(/\r\n[ \t]/g, '');
  const decodedSubject = subject.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
  );
  if (/Content-Transfer-Encoding: base64/i.test(head)) {
    return `${decodedSubject}\n${Buffer.from(body.replace(/\s+/g, ''), 'base64')}`;
  }
  return `${decodedSubject}\n${/quoted-printable/i.test(head) ? qp(body) : body}`;
}
