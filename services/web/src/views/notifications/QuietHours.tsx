import { type Client, UpdateNotificationSettingsDocument } from '@mentorship/client';
import { useEffect, useState } from 'react';

import { useAction } from '../school-admin/kit';

/** 免打扰时段 (China time; crisis alerts still go out) and the district's escalation contact. */
export function QuietHours({
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
