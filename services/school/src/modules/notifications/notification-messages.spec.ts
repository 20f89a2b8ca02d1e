import fs from 'node:fs';
import path from 'node:path';

import { NotificationKind } from './notification.enums';
import {
  appUrl,
  renderDigest,
  renderFeedbackDeadline,
  renderGroup,
  renderLateFollowUps,
} from './notification-messages';
import type { NotificationEvent } from './notification-queue';

// The web's menus (services/web/src/nav.ts) list every page a role can open; read as text, since a
// service does not import the web.
const navText = fs.readFileSync(path.resolve(__dirname, '../../../../web/src/nav.ts'), 'utf8');
const webRoutes = new Set([...navText.matchAll(/href: '(#\/[a-z/-]+)'/g)].map((m) => m[1]));

const event = (kind: NotificationKind, extra: Partial<NotificationEvent> = {}) =>
  ({ kind, level: 'HIGH', stage: 1, subject: 'x', ...extra }) as NotificationEvent;

describe('notification messages link to the dashboard', () => {
  const rendered = [
    renderGroup(event(NotificationKind.CRISIS_ALERT)),
    renderGroup(event(NotificationKind.CRISIS_OVERDUE)),
    renderGroup(event(NotificationKind.CRISIS_OVERDUE, { stage: 2 })),
    renderGroup(event(NotificationKind.MATCHING_ROUND_OPEN)),
    renderGroup(event(NotificationKind.SURVEY_OPEN)),
    renderDigest([{ kind: 'HOME_VISIT', period: 'TERM', students: 2 }]),
    renderFeedbackDeadline(3, '2027-01-15'),
    renderLateFollowUps(1),
  ];

  it('every message opens a hash route the web actually has', () => {
    expect(webRoutes.size).toBeGreaterThan(5);
    for (const r of rendered) expect(webRoutes).toContain(r.path);
  });

  it('the address outside the app is <app url>/#/page, with or without a trailing slash on the url', () => {
    expect(appUrl('#/crisis', { NOTIFY_APP_URL: 'https://mentor.example.cn/' })).toBe(
      'https://mentor.example.cn/#/crisis',
    );
    expect(appUrl('#/survey', { NOTIFY_APP_URL: 'https://mentor.example.cn' })).toBe(
      'https://mentor.example.cn/#/survey',
    );
    // Older paths stored before hash routes still open the right page.
    expect(appUrl('/crisis', { NOTIFY_APP_URL: 'https://mentor.example.cn' })).toBe(
      'https://mentor.example.cn/#/crisis',
    );
  });
});
