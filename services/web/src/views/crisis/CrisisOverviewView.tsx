import { type Client, CrisisOverviewDocument } from '@mentorship/client';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { CRISIS_LEVEL_LABELS, CRISIS_STATUS_LABELS, formatDateTime } from '../../format';
import { queueOrder } from './CrisisQueueView';

/**
 * 校长/管理员: the school's alerts as the privacy rule lets the admin see them — that they exist, their
 * level, status and waiting time. Who and what stay with the crisis team and the student's mentors;
 * this is where the admin lands from an alert or escalation message.
 */
export function CrisisOverviewView({ client }: { client: Client }) {
  const state = useQuery(client, CrisisOverviewDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const { nodes, totalCount } = state.data.crisisAlerts;
  const open = queueOrder(nodes.filter((a) => a.status !== 'CLOSED'));
  const overdue = open.filter((a) => a.overdue).length;
  return (
    <section>
      <header className="view-header">
        <h1>危机预警</h1>
        <p className="term">
          未结 <strong data-figure="open">{open.length}</strong> 条 · 超时未接手{' '}
          <strong data-figure="overdue">{overdue}</strong> 条
        </p>
      </header>
      <p className="note">学生姓名和预警内容只有心理教师和该生的导师可以查看；超时未接手的预警请督促心理教师处理。</p>
      {totalCount > nodes.length && (
        <p className="note" data-testid="alerts-truncated">
          本校共 {totalCount} 条预警，这里列出前 {nodes.length} 条（未结的在前，新的在前）。
        </p>
      )}
      {open.length === 0 ? (
        <p className="status" data-testid="no-alerts">
          目前没有未结的危机预警。
        </p>
      ) : (
        <ol className="alerts" data-testid="alerts">
          {open.map((a) => (
            <li key={a.id} className={`alert ${a.overdue ? 'overdue' : ''}`} data-status={a.status}>
              <p className="meta">
                <span className={`level level-${a.level.toLowerCase()}`}>{CRISIS_LEVEL_LABELS[a.level]}风险</span>{' '}
                <strong data-field="status">{CRISIS_STATUS_LABELS[a.status]}</strong>
                {a.overdue && <span className="flag">超时未接手</span>} · 上报于 {formatDateTime(a.reportedAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
