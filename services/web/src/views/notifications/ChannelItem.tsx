import type { NotificationChannelFieldsFragment } from '@mentorship/client';

import { formatDateTime } from '../../format';
import { CHANNEL_KIND_LABELS, HEALTH_LABELS, TOPIC_LABELS } from './labels';

type Channel = NotificationChannelFieldsFragment;

/** One channel: its kind, health, topics and its latest delivery attempts. */
export function ChannelItem({ channel: c, busy, onRemove }: { channel: Channel; busy: boolean; onRemove: () => void }) {
  return (
    <li
      data-testid="channel"
      data-health={c.health}
      style={c.health === 'DEAD' ? { borderLeft: '4px solid #c0392b' } : undefined}
    >
      <strong>{c.name}</strong>
      <span className="badge">{CHANNEL_KIND_LABELS[c.kind]}</span>
      <span className={c.health === 'HEALTHY' ? 'done' : 'pending'} data-testid="channel-health">
        {HEALTH_LABELS[c.health]}
        {c.consecutiveFailures > 0 && `（连续失败 ${c.consecutiveFailures} 次）`}
      </span>
      <span className="note">
        {c.host} · {c.topics.map((t) => TOPIC_LABELS[t]).join('、')} · {c.hasSecret ? '已保存密钥' : '无密钥'}
        {c.lastSuccessAt && ` · 最近成功 ${formatDateTime(c.lastSuccessAt)}`}
      </span>
      <button type="button" className="secondary" disabled={busy} onClick={onRemove} aria-label={`删除渠道 ${c.name}`}>
        删除
      </button>
      <div
        style={{ flexBasis: '100%' }}
        className="scroll"
        tabIndex={0}
        role="region"
        aria-label={`${c.name} 的发送记录`}
      >
        {c.recentAttempts.length === 0 ? (
          <p className="note">尚无发送记录。</p>
        ) : (
          <table className="data compact" data-testid="attempts">
            <caption>最近发送记录</caption>
            <thead>
              <tr>
                <th>时间</th>
                <th>结果</th>
                <th>原因</th>
              </tr>
            </thead>
            <tbody>
              {c.recentAttempts.map((a, i) => (
                <tr key={i} data-ok={a.ok}>
                  <td>{formatDateTime(a.at)}</td>
                  <td className={a.ok ? 'done' : 'pending'}>{a.ok ? '成功' : '失败'}</td>
                  <td style={{ whiteSpace: 'normal' }}>{a.ok ? '—' : (a.error ?? '未知原因')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </li>
  );
}
