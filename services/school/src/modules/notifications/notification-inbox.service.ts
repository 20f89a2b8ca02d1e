import { forbidden, type Principal } from '@mentorship/auth';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { isEmail } from './notification-channels.service';
import { formatClock, parseClock } from './quiet-hours';

export interface InboxItem { id: string; kind: string; title: string; body: string; link: string; createdAt: Date; read: boolean }

const encode = (createdAt: Date, id: string) => Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
function decode(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string' && !Number.isNaN(Date.parse(v[0])) && /^[0-9a-f-]{36}$/.test(v[1])) return [v[0], v[1]];
  } catch {
    /* fall through */
  }
  throw new UserFacingError('INVALID_CURSOR', 'Not a cursor from this list.', 'after');
}

/**
 * What the caller may read, as SQL: addressed to them, or to their role in their school (students
 * and guardians: only their child's grade); a person who opted out sees crisis alerts and their
 * own messages only. $1 school, $2 person, $3 audiences, $4 the student's grade.
 */
const VISIBLE = `n.school_id = $1 AND n.audience = ANY($3::text[])
  AND (n.grade_ids IS NULL OR $4::uuid = ANY(n.grade_ids))
  AND (n.kind IN ('CRISIS_ALERT', 'CRISIS_OVERDUE') OR n.audience = $2::text
       OR NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.school_id = $1 AND p.person_id = $2::text AND p.opted_out))`;

/** The caller's in-app notifications and their own preferences. */
export class NotificationInboxService {
  constructor(private readonly dataSource: DataSource, private readonly principal: Principal, private readonly now: () => Date) {}

  private async scope(): Promise<unknown[]> {
    const { schoolId, personId, role, studentId } = this.principal;
    if (!schoolId) throw forbidden();
    let grade: string | null = null;
    if (studentId) {
      const [row] = await this.dataSource.query('SELECT c.grade_id FROM student s JOIN classroom c ON c.id = s.classroom_id WHERE s.id = $1 AND s.school_id = $2', [studentId, schoolId]);
      grade = row?.grade_id ?? null;
    }
    return [schoolId, personId, [personId, `role:${role}`], grade];
  }

  async list(first: number, after: string | null | undefined, unreadOnly: boolean) {
    const params = await this.scope();
    const unread = unreadOnly ? ' AND r.person_id IS NULL' : '';
    const from = `FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id AND r.person_id = $2::text WHERE ${VISIBLE}${unread}`;
    let page = '';
    const pageParams = [...params];
    if (after) {
      const [at, id] = decode(after);
      pageParams.push(at, id);
      page = ' AND (n.created_at, n.id) < ($5::timestamptz, $6::uuid)';
    }
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT n.id, n.kind, n.title, n.body, n.link, n.created_at, r.person_id IS NOT NULL AS read ${from}${page} ORDER BY n.created_at DESC, n.id DESC LIMIT ${first + 1}`, pageParams),
      this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params),
    ]);
    const nodes: InboxItem[] = rows.slice(0, first).map((r: Record<string, any>) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: r.created_at, read: r.read }));
    return { nodes, totalCount: total as number, hasNextPage: rows.length > first, cursors: nodes.map((n) => encode(n.createdAt, n.id)) };
  }

  /** Marks the caller's own; ids they cannot read are ignored exactly like ids already read. */
  async markRead(ids: string[]): Promise<number> {
    const params = await this.scope();
    await this.dataSource.query(
      `INSERT INTO notification_read (notification_id, person_id, read_at)
       SELECT n.id, $2::text, $6 FROM notification n WHERE ${VISIBLE} AND n.id = ANY($5::uuid[]) ON CONFLICT DO NOTHING`,
      [...params, ids, this.now()],
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id AND r.person_id = $2::text WHERE ${VISIBLE} AND r.person_id IS NULL`, params);
    return n;
  }

  async preferences(): Promise<{ optedOut: boolean; email: string | null }> {
    if (!this.principal.schoolId) throw forbidden();
    const [row] = await this.dataSource.query('SELECT opted_out, email FROM notification_preference WHERE school_id = $1 AND person_id = $2', [this.principal.schoolId, this.principal.personId]);
    return { optedOut: row?.opted_out ?? false, email: row?.email ?? null };
  }

  async setPreferences(input: { optedOut?: boolean | null; email?: string | null }): Promise<{ optedOut: boolean; email: string | null }> {
    if (!this.principal.schoolId) throw forbidden();
    const email = input.email === undefined ? undefined : input.email?.trim() || null;
    if (email && !isEmail(email)) throw new UserFacingError('INVALID_EMAIL', 'An e-mail address, or empty to stop e-mail.', 'email');
    const current = await this.preferences();
    const next = { optedOut: input.optedOut ?? current.optedOut, email: email === undefined ? current.email : email };
    await this.dataSource.query(
      `INSERT INTO notification_preference (school_id, person_id, role, email, opted_out) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (school_id, person_id) DO UPDATE SET role = EXCLUDED.role, email = EXCLUDED.email, opted_out = EXCLUDED.opted_out`,
      [this.principal.schoolId, this.principal.personId, this.principal.role, next.email, next.optedOut],
    );
    return next;
  }

  async settings(): Promise<{ quietHoursStart: string | null; quietHoursEnd: string | null; districtContactEmail: string | null }> {
    if (!this.principal.schoolId) throw forbidden();
    const [row] = await this.dataSource.query('SELECT quiet_start, quiet_end, district_contact_email FROM notification_settings WHERE school_id = $1', [this.principal.schoolId]);
    return { quietHoursStart: formatClock(row?.quiet_start ?? null), quietHoursEnd: formatClock(row?.quiet_end ?? null), districtContactEmail: row?.district_contact_email ?? null };
  }

  /** Changes what the input names; an omitted field keeps its value, null clears it. */
  async updateSettings(input: { quietHoursStart?: string | null; quietHoursEnd?: string | null; districtContactEmail?: string | null }) {
    if (!this.principal.schoolId) throw forbidden();
    const clock = (value: string | null | undefined, field: string) => {
      if (!value) return null;
      const minutes = parseClock(value);
      if (minutes == null) throw new UserFacingError('INVALID_TIME', 'A time of day as HH:MM (China time).', field);
      return minutes;
    };
    const [row] = await this.dataSource.query('SELECT quiet_start, quiet_end, district_contact_email FROM notification_settings WHERE school_id = $1', [this.principal.schoolId]);
    const start = input.quietHoursStart === undefined ? (row?.quiet_start ?? null) : clock(input.quietHoursStart, 'quietHoursStart');
    const end = input.quietHoursEnd === undefined ? (row?.quiet_end ?? null) : clock(input.quietHoursEnd, 'quietHoursEnd');
    if ((start == null) !== (end == null)) throw new UserFacingError('REQUIRED', 'Give both ends of the quiet hours, or neither.', start == null ? 'quietHoursStart' : 'quietHoursEnd');
    const contact = input.districtContactEmail === undefined ? (row?.district_contact_email ?? null) : input.districtContactEmail?.trim() || null;
    if (contact && !isEmail(contact)) throw new UserFacingError('INVALID_EMAIL', 'The district contact’s e-mail address.', 'districtContactEmail');
    await this.dataSource.query(
      `INSERT INTO notification_settings (school_id, quiet_start, quiet_end, district_contact_email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (school_id) DO UPDATE SET quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, district_contact_email = EXCLUDED.district_contact_email`,
      [this.principal.schoolId, start, end, contact],
    );
    return this.settings();
  }
}
