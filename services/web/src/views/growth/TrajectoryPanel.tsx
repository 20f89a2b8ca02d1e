import { type Client, StudentTrajectoryDocument } from '@mentorship/client';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate, RECORD_KIND_LABELS } from '../../format';

const ROLE = { LEAD: '主导师', SUPPORTING: '协同导师' } as const;

/**
 * 成长轨迹 of a mentee across mentors and terms: the current mentor reads the earlier terms too
 * (a transferred student's previous mentors' records); the API answers only the current mentors.
 */
export function TrajectoryPanel({ client, studentId }: { client: Client; studentId: string }) {
  const state = useQuery(client, StudentTrajectoryDocument, { studentId });
  return (
    <section className="panel" data-testid="trajectory" aria-labelledby="trajectory-title">
      <h2 id="trajectory-title">成长轨迹（历学期）</h2>
      {state.status !== 'done' ? (
        <Status state={state} />
      ) : state.data.student.trajectory.length === 0 ? (
        <p className="status empty">尚无往学期记录。</p>
      ) : (
        state.data.student.trajectory.map((t) => (
          <details key={t.term} data-testid="trajectory-term" data-term={t.term}>
            <summary>
              {t.term} 学期 · 导师：
              {t.mentors.map((m) => `${m.mentor.name}（${ROLE[m.role as keyof typeof ROLE] ?? m.role}）`).join('、') ||
                '无'}{' '}
              · {t.records.length} 条记录
            </summary>
            <ul className="timeline">
              {t.records.map((r) => (
                <li key={r.id}>
                  <strong>{RECORD_KIND_LABELS[r.kind]}</strong>{' '}
                  <span className="note">
                    {formatDate(r.occurredAt)} · {r.author?.name ?? '—'}
                  </span>
                  <p style={{ margin: '4px 0', whiteSpace: 'pre-line' }}>{r.content}</p>
                </li>
              ))}
            </ul>
          </details>
        ))
      )}
    </section>
  );
}
