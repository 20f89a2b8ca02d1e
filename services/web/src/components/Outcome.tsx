import type { Outcome } from '../draft';

/** A form's result line: green "已保存…" as a status, red reasons as an alert (read out by screen readers). */
export function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId?: string }) {
  if (!outcome) return null;
  return (
    <p
      className={outcome.ok ? 'status done' : 'status error'}
      role={outcome.ok ? 'status' : 'alert'}
      data-testid={testId}
    >
      {outcome.text}
    </p>
  );
}
