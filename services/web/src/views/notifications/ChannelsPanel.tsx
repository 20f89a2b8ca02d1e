import {
  type Client,
  type NotificationChannelFieldsFragment,
  type NotificationChannelKind,
  NotificationChannelsDocument,
  type NotificationTopic,
  RemoveNotificationChannelDocument,
  SaveNotificationChannelDocument,
  UpdateNotificationSettingsDocument,
} from '@mentorship/client';
import { useEffect, useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDateTime } from '../../format';
import { Empty, useAction } from '../school-admin/kit';
import { CHANNEL_KIND_LABELS, HEALTH_LABELS, TOPIC_LABELS } from './labels';

type Channel = NotificationChannelFieldsFragment;
const TOPICS: NotificationTopic[] = ['CRISIS', 'MATCHING', 'SURVEY'];
const blankForm = {
  kind: 'WECOM_ROBOT' as NotificationChannelKind,
  name: '',
  topics: ['CRISIS'] as NotificationTopic[],
  webhookUrl: '',
  secret: '',
  smtpHost: '',
  smtpPort: '465',
  smtpUser: '',
  from: '',
  recipients: '',
};

/**
 * School admin: 通知渠道 (企业微信 / 钉钉 robots, SMTP), their health and latest attempts; quiet hours. In-app needs no channel.
 */
export function ChannelsPanel({ client }: { client: Client }) {
  const state = useQuery(client, NotificationChannelsDocument, {});
  const [form, setForm] = useState(blankForm);
  const save = useAction();
  const remove = useAction();
  if (state.status !== 'done') return <Status state={state} />;
  const channels = state.data.notificationChannels;
  const robot = form.kind !== 'EMAIL';

  const submit = () =>
    save.act(async () => {
      const input = {
        kind: form.kind,
        name: form.name.trim(),
        topics: form.topics,
        secret: form.secret || undefined,
        ...(robot
          ? { webhookUrl: form.webhookUrl.trim() }
          : {
              smtpHost: form.smtpHost.trim(),
              smtpPort: Number(form.smtpPort) || undefined,
              smtpSecure: form.smtpPort === '465',
              smtpUser: form.smtpUser.trim() || undefined,
              from: form.from.trim(),
              recipients: form.recipients.split(/[\s,，;；]+/).filter(Boolean),
            }),
      };
      const { userErrors } = (await client.request(SaveNotificationChannelDocument, { input })).saveNotificationChannel;
      if (!userErrors.length) {
        setForm(blankForm);
        state.reload();
      }
      return userErrors;
    }, '渠道已保存。');

  return (
    <div className="panel" data-testid="channels">
      <h3>通知渠道（本校）</h3>
      <p className="note">
        站内消息始终发送，无需配置。群机器人和邮件只说明“有一条预警、等级、在哪里查看”，不含学生姓名和内容。
      </p>
      {channels.length === 0 ? (
        <Empty>尚未配置企业微信、钉钉或邮件渠道。</Empty>
      ) : (
        <ul className="cards-list" aria-label="通知渠道">
          {channels.map((c) => (
            <ChannelItem
              key={c.id}
              channel={c}
              busy={remove.busy}
              onRemove={() =>
                remove.act(async () => {
                  const { userErrors } = (await client.request(RemoveNotificationChannelDocument, { id: c.id }))
                    .removeNotificationChannel;
                  state.reload();
                  return userErrors;
                }, '渠道已删除。')
              }
            />
          ))}
        </ul>
      )}
      {remove.note}
      <h3>添加渠道</h3>
      <form
        className="admin"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid="channel-form"
      >
        <label>
          类型
          <select
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as NotificationChannelKind })}
          >
            {Object.entries(CHANNEL_KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          名称
          <input
            value={form.name}
            required
            maxLength={60}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
        </label>
        {robot ? (
          <>
            <label className="wide">
              Webhook 地址
              <input
                type="url"
                value={form.webhookUrl}
                required
                onChange={(e) => setForm({ ...form, webhookUrl: e.target.value })}
              />
            </label>
            <label>
              {form.kind === 'DINGTALK_ROBOT' ? '加签密钥（SEC 开头）' : '密钥（可选）'}
              <input
                type="password"
                autoComplete="off"
                value={form.secret}
                onChange={(e) => setForm({ ...form, secret: e.target.value })}
              />
            </label>
          </>
        ) : (
          <>
            <label>
              SMTP 服务器
              <input value={form.smtpHost} required onChange={(e) => setForm({ ...form, smtpHost: e.target.value })} />
            </label>
            <label>
              端口
              <input
                inputMode="numeric"
                value={form.smtpPort}
                onChange={(e) => setForm({ ...form, smtpPort: e.target.value })}
              />
            </label>
            <label>
              用户名
              <input value={form.smtpUser} onChange={(e) => setForm({ ...form, smtpUser: e.target.value })} />
            </label>
            <label>
              密码
              <input
                type="password"
                autoComplete="off"
                value={form.secret}
                onChange={(e) => setForm({ ...form, secret: e.target.value })}
              />
            </label>
            <label>
              发件人
              <input
                type="email"
                value={form.from}
                required
                onChange={(e) => setForm({ ...form, from: e.target.value })}
              />
            </label>
            <label className="wide">
              收件人（多个用逗号分隔）
              <input value={form.recipients} onChange={(e) => setForm({ ...form, recipients: e.target.value })} />
            </label>
          </>
        )}
        <fieldset className="wide">
          <legend>发送哪些通知</legend>
          {TOPICS.map((t) => (
            <label key={t} className="check" style={{ flexDirection: 'row', display: 'inline-flex' }}>
              <input
                type="checkbox"
                checked={form.topics.includes(t)}
                onChange={(e) =>
                  setForm({
                    ...form,
                    topics: e.target.checked ? [...form.topics, t] : form.topics.filter((x) => x !== t),
                  })
                }
              />
              {TOPIC_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={save.busy}>
          保存渠道
        </button>
      </form>
      {save.note}
      <QuietHours client={client} settings={state.data.notificationSettings} onSaved={state.reload} />
    </div>
  );
}

function ChannelItem({ channel: c, busy, onRemove }: { channel: Channel; busy: boolean; onRemove: () => void }) {
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

/** 免打扰时段 (China time; crisis alerts still go out) and the district's escalation contact. */
function QuietHours({
  client,
  settings,
  onSaved,
}: {
  client: Client;
  settings: { quietHoursStart: string | null; quietHoursEnd: string | null; districtContactEmail: string | null };
  onSaved: () => void;
}) {
  const [form, setForm] = useState({ start: '', end: '', contact: '' });
  const { act, busy, note } = useAction();
  useEffect(
    () =>
      setForm({
        start: settings.quietHoursStart ?? '',
        end: settings.quietHoursEnd ?? '',
        contact: settings.districtContactEmail ?? '',
      }),
    [settings],
  );
  return (
    <>
      <h3>免打扰时段与升级联系人</h3>
      <form
        className="admin"
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => {
            const input = {
              quietHoursStart: form.start || null,
              quietHoursEnd: form.end || null,
              districtContactEmail: form.contact.trim() || null,
            };
            const { userErrors } = (await client.request(UpdateNotificationSettingsDocument, { input }))
              .updateNotificationSettings;
            if (!userErrors.length) onSaved();
            return userErrors;
          });
        }}
      >
        <label>
          免打扰开始（北京时间）
          <input type="time" value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
        </label>
        <label>
          免打扰结束
          <input type="time" value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
        </label>
        <label>
          区教育局联系人邮箱（危机逾期升级）
          <input type="email" value={form.contact} onChange={(e) => setForm({ ...form, contact: e.target.value })} />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          保存
        </button>
      </form>
      <p className="note">免打扰时段内除危机预警外的消息推迟到时段结束后发送。</p>
      {note}
    </>
  );
}
