import '../school-admin/admin.css';

import {
  type Client,
  MarkNotificationsReadDocument,
  MyNotificationPreferencesDocument,
  MyNotificationsDocument,
  SetMyNotificationPreferencesDocument,
} from '@mentorship/client';
import { useEffect, useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDateTime } from '../../format';
import { allowed } from '../../nav';
import { Empty, useAction } from '../school-admin/kit';
import { ChannelsPanel } from './ChannelsPanel';
import { NOTIFICATION_KIND_LABELS, routeOf } from './labels';

/** A checkbox with a sentence: on one line with its box, wrapping on a phone. */
const WRAP = { whiteSpace: 'normal', flexDirection: 'row', alignItems: 'flex-start' } as const;

const STAFF = new Set(['SCHOOL_ADMIN', 'GRADE_LEAD', 'HEAD_TEACHER', 'MENTOR', 'CRISIS_TEAM']);

/**
 * 消息通知: one's in-app notifications (recipient only), unread first to act on; staff set their preferences; the school
 * admin the channels.
 */
export function NotificationsView({ client, role }: { client: Client; role: string }) {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const state = useQuery(client, MyNotificationsDocument, { unreadOnly, first: 50 });
  const { act, busy, note } = useAction();

  const markRead = (ids: string[]) =>
    act(async () => {
      const { userErrors } = (await client.request(MarkNotificationsReadDocument, { ids })).markNotificationsRead;
      state.reload();
      return userErrors;
    }, '已标记为已读。');

  return (
    <section>
      <header className="view-header">
        <h1>消息通知</h1>
      </header>
      {state.status !== 'done' ? (
        <Status state={state} />
      ) : (
        <div className="panel" data-testid="inbox">
          <div className="toolbar">
            <strong data-testid="unread-count">未读 {state.data.unread.totalCount} 条</strong>
            <label className="check">
              <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> 只看未读
            </label>
            {state.data.unread.totalCount > 0 && (
              <button
                type="button"
                disabled={busy}
                onClick={() => markRead(state.data.notifications.nodes.filter((n) => !n.read).map((n) => n.id))}
              >
                全部标为已读
              </button>
            )}
          </div>
          {note}
          {state.data.notifications.nodes.length === 0 ? (
            <Empty>{unreadOnly ? '没有未读消息。' : '暂无消息。'}</Empty>
          ) : (
            <ul className="cards-list" aria-label="消息列表">
              {state.data.notifications.nodes.map((n) => {
                const route = routeOf(n.link);
                return (
                  <li key={n.id} data-testid="notification" data-read={n.read} className={n.read ? 'finished' : ''}>
                    <span className="badge">{NOTIFICATION_KIND_LABELS[n.kind] ?? '通知'}</span>
                    <strong>
                      {n.read ? '' : '● '}
                      {n.title}
                    </strong>
                    <span className="note">{formatDateTime(n.createdAt)}</span>
                    <p style={{ flexBasis: '100%', margin: '4px 0', whiteSpace: 'pre-line' }}>{n.body}</p>
                    {route && allowed(role, route) && (
                      <a href={route} onClick={() => !n.read && markRead([n.id])}>
                        前往处理
                      </a>
                    )}
                    {!n.read && (
                      <button type="button" className="secondary" disabled={busy} onClick={() => markRead([n.id])}>
                        标为已读
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {state.data.notifications.pageInfo.hasNextPage && <p className="note">仅显示最近 50 条。</p>}
        </div>
      )}
      {STAFF.has(role) && <PreferencesPanel client={client} />}
      {role === 'SCHOOL_ADMIN' && <ChannelsPanel client={client} />}
    </section>
  );
}

/** 个人设置: opt out of all but crisis alerts; an e-mail for personal messages. */
function PreferencesPanel({ client }: { client: Client }) {
  const state = useQuery(client, MyNotificationPreferencesDocument, {});
  const [form, setForm] = useState({ optedOut: false, email: '' });
  const { act, busy, note } = useAction();
  useEffect(() => {
    if (state.status === 'done')
      setForm({
        optedOut: state.data.myNotificationPreferences.optedOut,
        email: state.data.myNotificationPreferences.email ?? '',
      });
    // The form follows each fresh answer, not the user's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status === 'done' ? state.data : null]);
  if (state.status !== 'done') return <Status state={state} />;
  return (
    <div className="panel">
      <h3>我的通知设置</h3>
      <form
        className="admin"
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => {
            const input = { optedOut: form.optedOut, email: form.email.trim() };
            return (await client.request(SetMyNotificationPreferencesDocument, { input })).setMyNotificationPreferences
              .userErrors;
          });
        }}
      >
        <label className="check" style={WRAP}>
          <input
            type="checkbox"
            checked={form.optedOut}
            onChange={(e) => setForm({ ...form, optedOut: e.target.checked })}
          />{' '}
          不接收通知（危机预警除外）
        </label>
        <label>
          接收邮件的地址（留空则不发邮件）
          <input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          保存设置
        </button>
      </form>
      {note}
    </div>
  );
}
