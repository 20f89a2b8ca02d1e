// Figures formatted independently of the app: what a reader in China expects to see.
import type { GradeComparisonQuery } from '@mentorship/client';

export const integer = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
/** One decimal always, so 94.0% stands beside 93.9% (issue 16). */
export const asPercent = (value: number) =>
  new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
/** A share, or a dash when there is nothing to share. */
export const percent = (part: number, whole: number) => (whole ? asPercent(part / whole) : '—');
/** A rate the API may not know yet. */
export const rateOrDash = (v: number | null) => (v === null ? '—' : asPercent(v));
export const decimal = (n: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(n);

type Metrics = NonNullable<GradeComparisonQuery['school']['grades'][number]['metrics']>;
/** A grade's or classroom's figures, in the order the school view shows them. */
export const metricTexts = (m: Metrics) => [
  integer(m.students),
  integer(m.studentsWithLeadMentor),
  asPercent(m.coverage),
  percent(m.homeVisitDone, m.students),
  percent(m.talkDone, m.students),
  percent(m.writtenFeedbackDone, m.students),
  percent(m.allDutiesDone, m.students),
];
/** A sensitive count is shown only as its band, for the whole school. */
export const bandText = (b: { atLeast: number; atMost: number }) => `${integer(b.atLeast)}–${integer(b.atMost)}`;
