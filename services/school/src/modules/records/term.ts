import { notFound } from '@mentorship/graphql';

/**
 * 学期 as the school service keys it: "2026-2027-1" (autumn, August–January) or "2026-2027-2"
 * (spring, February–July). The district's Term rows hold the exact teaching dates; duties only
 * need to know which term a day belongs to, and this keeps the school service self-contained.
 */
export interface TermSpan {
  key: string;
  startsOn: Date;
  /** Exclusive. */
  endsBefore: Date;
}

export function termOf(at: Date): TermSpan {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() + 1;
  if (month >= 8) return span(year, 1);
  if (month === 1) return span(year - 1, 1);
  return span(year - 1, 2);
}

function span(startYear: number, number: 1 | 2): TermSpan {
  return number === 1
    ? {
        key: `${startYear}-${startYear + 1}-1`,
        startsOn: new Date(Date.UTC(startYear, 7, 1)),
        endsBefore: new Date(Date.UTC(startYear + 1, 1, 1)),
      }
    : {
        key: `${startYear}-${startYear + 1}-2`,
        startsOn: new Date(Date.UTC(startYear + 1, 1, 1)),
        endsBefore: new Date(Date.UTC(startYear + 1, 7, 1)),
      };
}

export function parseTerm(key: string): TermSpan | null {
  const m = /^(\d{4})-(\d{4})-([12])$/.exec(key);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return span(Number(m[1]), Number(m[3]) as 1 | 2);
}

/** The calendar month of a day, as [start, next month's start). */
export function monthOf(at: Date): { startsOn: Date; endsBefore: Date } {
  return {
    startsOn: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)),
    endsBefore: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)),
  };
}

/** A term argument as the API takes it: the named term, checked, or the current one by the service clock. */
export function termKeyOrCurrent(term: string | null | undefined, now: Date): string {
  if (!term) return termOf(now).key;
  if (!parseTerm(term)) throw notFound('Term (use e.g. 2026-2027-1)');
  return term;
}
