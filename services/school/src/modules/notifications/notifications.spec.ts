import { backoff, describeFailure } from './notification-delivery';
import { messageIdOf } from './notification-queue';
import { dingtalkSign } from './notification-senders';
import { chinaWeek, quietUntil } from './quiet-hours';
import { open, seal } from './secret-box';

describe('notification building blocks', () => {
  it('signs 钉钉 requests as DingTalk documents it (value computed independently with Python’s hmac)', () => {
    expect(dingtalkSign(1700000000000, 'SEC000example')).toBe('xyAXnOeEx8mcnUUlZoyxvRe%2FLa8u0eqZaWsTXunfdkQ%3D');
  });

  it('quiet hours are China time, may wrap midnight, and end on the minute', () => {
    const night = { start: 22 * 60, end: 7 * 60 };
    // 23:30 in China is 15:30 UTC; quiet until 07:00 China = 23:00 UTC.
    const until = (at: string) => quietUntil(new Date(at), night.start, night.end)?.toISOString() ?? null;
    expect(until('2026-11-16T15:30:00Z')).toBe('2026-11-16T23:00:00.000Z');
    expect(until('2026-11-16T22:59:00Z')).toBe('2026-11-16T23:00:00.000Z');
    expect(until('2026-11-16T23:00:00Z')).toBeNull();
    expect(until('2026-11-16T05:00:00Z')).toBeNull(); // 13:00 in China
    expect(quietUntil(new Date('2026-11-16T15:30:00Z'), null, null)).toBeNull();
  });

  it('weeks are ISO weeks of the China calendar (Monday 00:30 in China is still Sunday in UTC)', () => {
    expect(chinaWeek(new Date('2026-11-15T16:30:00Z'))).toEqual({ week: '2026-W47', weekday: 1 });
    expect(chinaWeek(new Date('2026-11-15T15:30:00Z'))).toEqual({ week: '2026-W46', weekday: 7 });
    expect(chinaWeek(new Date('2027-01-01T04:00:00Z'))).toEqual({ week: '2026-W53', weekday: 5 });
  });

  it('retries back off exponentially up to a cap', () => {
    const policy = { baseMs: 30_000, maxMs: 3600_000 };
    expect([1, 2, 3, 4, 10].map((n) => backoff(n, policy))).toEqual([30_000, 60_000, 120_000, 240_000, 3600_000]);
  });

  it('sealed secrets open only for the channel they were sealed for', () => {
    const sealed = seal('SECsigning-secret', 'channel-a');
    expect(sealed).not.toContain('SECsigning-secret');
    expect(open(sealed, 'channel-a')).toBe('SECsigning-secret');
    expect(() => open(sealed, 'channel-b')).toThrow();
  });

  it('a failure is described by its class, never by what the receiver said', () => {
    expect(describeFailure(new Error('HTTP 500'))).toBe('HTTP 500');
    const banner = Object.assign(new Error('Invalid greeting. response=-ERR unknown command'), { code: 'EPROTOCOL' });
    expect(describeFailure(banner)).toBe('smtp EPROTOCOL');
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(describeFailure(refused)).toBe('connection failed (ECONNREFUSED)');
    expect(describeFailure(new Error('something about http://10.0.0.1/secret?token=abc'))).toBe('delivery failed');
  });

  it('the same event always maps to the same outbox id; different schools or keys do not collide', () => {
    expect(messageIdOf('s1', 'crisis-alert:a')).toBe(messageIdOf('s1', 'crisis-alert:a'));
    expect(new Set([messageIdOf('s1', 'k'), messageIdOf('s2', 'k'), messageIdOf('s1', 'k2')]).size).toBe(3);
    expect(messageIdOf('s1', 'k')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
