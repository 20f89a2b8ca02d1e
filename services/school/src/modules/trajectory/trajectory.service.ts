import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { Mentorship } from '../mentorship/mentorship.entity';
import { menteeCondition } from '../privacy/mentee-access';
import type { MentorRecord } from '../records/mentor-record.entity';
import { recordFromRow } from '../records/records.loaders';

/** A student's path across mentors and years, behind the wall: only the student's current mentors read it. */
export class TrajectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    // One constructor shape for every service; a trajectory keeps no time of its own.
    protected readonly now: () => Date,
  ) {}

  /** Every record about the student that the wall lets through (oldest first), and all their pairings. */
  async of(studentId: string): Promise<{ records: MentorRecord[]; pairings: Mentorship[] }> {
    const { principal, accessLog } = this.caller;
    const [wall, params] = menteeCondition('rs', principal);
    const wallSql = wall.replace(':wallMentorId', '$2').replace(':wallSchoolId', '$3');
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT r.*,
              (SELECT array_agg(p.student_id ORDER BY p.student_id) FROM record_student p WHERE p.record_id = r.id)
                AS student_ids
         FROM record_student rs JOIN mentor_record r ON r.id = rs.record_id
        WHERE rs.student_id = $1 AND ${wallSql} ORDER BY r.occurred_at, r.id`,
      [studentId, params.wallMentorId, params.wallSchoolId],
    );
    accessLog.read(studentId, 'records');
    const pairings = await this.dataSource
      .getRepository(Mentorship)
      .find({ where: { studentId, schoolId: principal.schoolId ?? '' }, order: { startedOn: 'ASC' } });
    return { records: rows.map(recordFromRow), pairings };
  }
}
