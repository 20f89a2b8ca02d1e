/** China Standard Time has no daylight saving: UTC+8 all year. */
const CST_OFFSET_MS = 8 * 3600_000;

/** Minutes after midnight, China time. */
export function chinaMinutes(at: Date): number {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** The calendar day in China, YYYY-MM-DD. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO week of the China calendar day, e.g. 2026-W49, and the day of week (1 = Monday). */
export function chinaWeek(at: Date): { week: string; weekday: number } {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  const weekday = local.getUTCDay() || 7;
  const thursday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 4 - weekday));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return { week: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`, weekday };
}

/**
 * When quiet hours [start, end) (China time; may wrap midnight) end, if `at` falls inside them;
 * null otherwise or when the school has none.
 */
export function quietUntil(at: Date, start: number | null, end: number | null): Date | null {
  if (start == null || end == null || start === end) return null;
  const now = chinaMinutes(at);
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return null;
  const wait = (end - now + 24 * 60) % (24 * 60);
  const until = new Date(at.getTime() + wait * 60_000);
  until.setUTCSeconds(0, 0);
  return until;
}

export const parseClock = (hhmm: string): number | null => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};
const pad = (n: number) => String(n).padStart(2, '0');
export const formatClock = (minutes: number | null) =>
  minutes == null ? null : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
