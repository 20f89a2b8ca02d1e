import { INPUT_LIMITS } from './input-guard';

/**
 * A real calendar day written YYYY-MM-DD within the platform's years: `Date.parse` alone takes
 * 2026-02-30 (as 2 March) and any year, and PostgreSQL then fails on the insert.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(day.getTime()) &&
    day.toISOString().slice(0, 10) === value &&
    day >= INPUT_LIMITS.earliest &&
    day < INPUT_LIMITS.latest
  );
}
