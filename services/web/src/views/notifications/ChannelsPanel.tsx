import {
  type Client,
  type NotificationChannelKind,
  NotificationChannelsDocument,
  type NotificationTopic,
  RemoveNotificationChannelDocument,
  SaveNotificationChannelDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { Empty, useAction } from '../school-admin/kit';
import { ChannelItem } from './ChannelItem';
import { CHANNEL_KIND_LABELS, TOPIC_LABELS } from './labels';
import { QuietHours } from './QuietHours';

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
