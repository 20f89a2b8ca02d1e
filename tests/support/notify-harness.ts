import { randomUUID } from 'node:crypto';

import { toGlobalId } from '@mentorship/graphql';
import { notificationTick } from '@mentorship/school';

import { gatewayCalls, type TestPlatform } from './platform';

export const minute = 60_000;
export const hour = 60 * minute;
/** Retries as deployed: 30 s, doubling, at most an hour. */
export const policy = { baseMs: 30_000, maxMs: 3600_000 };

export const SAVE_CHANNEL = `mutation($i: SaveNotificationChannelInput!) {
  saveNotificationChannel(input: $i) {
    channel { id kind name host hasSecret health recipients } userErrors { field code } } }`;
export const CHANNELS = 'query { notificationChannels { id kind name health consecutiveFailures lastError } }';
export const INBOX = `query($u: Boolean) {
  notifications(first: 50, unreadOnly: $u) { totalCount nodes { id kind title body link read } } }`;
export const PREFERENCES = `mutation($i: NotificationPreferencesInput!) {
  setMyNotificationPreferences(input: $i) { preferences { optedOut email } userErrors { field code } } }`;
export const SETTINGS = `mutation($i: NotificationSettingsInput!) {
  updateNotificationSettings(input: $i) {
    settings { quietHoursStart quietHoursEnd districtContactEmail } userErrors { field code } } }`;

/** Requests as the people of the demo school make them, and one pass of the notification relay. */
export function notifyHarness(p: () => TestPlatform) {
  const { gql, ok } = gatewayCalls(p);
  /** mentor-1's first lead mentee. */
  const mentee = async () => {
    const me = p().logins.find((l) => l.login === 'mentor-1')!;
    const [row] = await p().school.query(
      `SELECT s.id, s.name FROM mentorship m JOIN student s ON s.id = m.student_id
        WHERE m.mentor_id = $1 AND m.ended_on IS NULL AND m.role = 'LEAD' ORDER BY s.student_number LIMIT 1`,
      [me.personId],
    );
    return { id: row.id as string, name: row.name as string, gid: toGlobalId('Student', row.id) };
  };
  /** mentor-1 raises an alert about a mentee; returns the alert's global id. */
  const raise = async (studentGid: string, description: string, level = 'HIGH') => {
    const mutation = 'mutation($i: RaiseCrisisAlertInput!) { raiseCrisisAlert(input: $i) { alert { id } } }';
    const i = { studentId: studentGid, level, description, idempotencyKey: randomUUID() };
    return (await ok(p().token('mentor-1'), mutation, { i })).raiseCrisisAlert.alert.id as string;
  };
  /** A login's in-app notifications of one kind. */
  const inboxOf = async (token: string, kind: string) =>
    (await ok(token, INBOX)).notifications.nodes.filter((n: { kind: string }) => n.kind === kind);
  const tick = () => notificationTick(p().school, p().clock.now(), policy);
  return { gql, ok, mentee, raise, inboxOf, tick };
}
