import type { Client } from '@mentorship/client';
import type { ReactNode } from 'react';

import { AccessLogPanel } from './AccessLogPanel';
import { EvaluationPanel } from './EvaluationPanel';
import { Tabs } from './kit';
import { MatchingPanel } from './MatchingPanel';
import { MentorsPanel } from './MentorsPanel';
import { RosterPanel } from './RosterPanel';
import { SettingsPanel } from './SettingsPanel';

/** The school admin's work, one tab each; the overview (grade comparison) stays first. */
export function SchoolAdminTabs({
  client,
  schoolId,
  overview,
}: {
  client: Client;
  schoolId: string;
  overview: ReactNode;
}) {
  return (
    <Tabs
      tabs={[
        { key: 'overview', label: '概览', render: () => overview },
        { key: 'matching', label: '双向选择', render: () => <MatchingPanel client={client} schoolId={schoolId} /> },
        { key: 'mentors', label: '导师聘任', render: () => <MentorsPanel client={client} schoolId={schoolId} /> },
        { key: 'roster', label: '名册', render: () => <RosterPanel client={client} /> },
        { key: 'evaluation', label: '考核与问卷', render: () => <EvaluationPanel client={client} /> },
        { key: 'settings', label: '学校设置', render: () => <SettingsPanel client={client} /> },
        { key: 'access', label: '访问日志', render: () => <AccessLogPanel client={client} /> },
      ]}
    />
  );
}
