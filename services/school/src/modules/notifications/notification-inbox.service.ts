import { forbidden } from '@mentorship/auth';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';

export interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  read: boolean;
}

const encode = (createdAt: Date, id: string) =>
  Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');

function decode(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(v) &&
      typeof v[0] === 'string' &&
      typeof v[1] === 'string' &&
      !Number.isNaN(Date.parse(v[0])) &&
      /^[0-9a-f-]{36}$/.test(v[1]);
    if (valid) return [v[0], v[1]];
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
       OR NOT EXISTS (SELECT 1 FROM notification_preference p
                       WHERE p.school_id = $1 AND p.person_id = $2::text AND p.opted_out))`;
const WITH_READ = 'notification n LEFT JOIN notification_read r ON r.notification_id = n.id AND r.person_id = $2::text';

/** The caller's in-app notifications: what is addressed to them, and their own read marks. */
export class NotificationInboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private async scope(): Promise<unknown[]> {
    const { schoolId, personId, role, studentId } = this.caller.principal;
    if (!schoolId) throw forbidden();
    let grade: string | null = null;
    if (studentId) {
      const [row] = await this.dataSource.query(
        `SELECT c.grade_id FROM student s JOIN classroom c ON c.id = s.classroom_id
          WHERE s.id = $1 AND s.school_id = $2`,
        [studentId, schoolId],
      );
      grade = row?.grade_id ?? null;
    }
    return [schoolId, personId, [personId, `role:${role}`], grade];
  }

  async list(first: number, after: string | null | undefined, unreadOnly: boolean) {
    const params = await this.scope();
    const where = `${VISIBLE}${unreadOnly ? ' AND r.person_id IS NULL' : ''}`;
    const pageParams = [...params];
    let page = '';
    if (after) {
      pageParams.push(...decode(after));
      page = ' AND (n.created_at, n.id) < ($5::timestamptz, $6::uuid)';
    }
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT n.id, n.kind, n.title, n.body, n.link, n.created_at, r.person_id IS NOT NULL AS read
           FROM ${WITH_READ} WHERE ${where}${page} ORDER BY n.created_at DESC, n.id DESC LIMIT ${first + 1}`,
        pageParams,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM ${WITH_READ} WHERE ${where}`, params),
    ]);
    const nodes: InboxItem[] = rows.slice(0, first).map((r: Record<string, any>) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.created_at,
      read: r.read,
    }));
    const cursors = nodes.map((n) => encode(n.createdAt, n.id));
    return { nodes, totalCount: total as number, hasNextPage: rows.length > first, cursors };
  }

  /** Marks the caller's own; ids they cannot read are ignored exactly like ids already read. */
  async markRead(ids: string[]): Promise<number> {
    const params = await this.scope();
    await this.dataSource.query(
      `INSERT INTO notification_read (notification_id, person_id, read_at)
       SELECT n.id, $2::text, $6 FROM notification n WHERE ${VISIBLE} AND n.id = ANY($5::uuid[])
       ON CONFLICT DO NOTHING`,
      [...params, ids, this.now()],
    );
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${WITH_READ} WHERE ${VISIBLE} AND r.person_id IS NULL`,
      params,
    );
    return n;
  }
}
