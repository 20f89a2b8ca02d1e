import { isDistrictRole, type Principal } from '@mentorship/auth';
import { groupedLoader, keyedLoader } from '@mentorship/db';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { menteeCondition } from '../privacy/mentee-access';
import { MentorRecord } from './mentor-record.entity';

/** A record row with the students it is about (the privacy rule needs them). */
export function recordFromRow(row: Record<string, any>): MentorRecord {
  return Object.assign(new MentorRecord(), {
    id: row.id,
    schoolId: row.school_id,
    kind: row.kind,
    authorId: row.author_id,
    occurredAt: row.occurred_at,
    term: row.term,
    content: row.content,
    place: row.place,
    topic: row.topic,
    contactMethod: row.contact_method,
    optionalAction: row.optional_action,
    publishedAt: row.published_at,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    createdAt: row.created_at,
    studentIds: row.student_ids ?? [],
  });
}

const RECORD_COLUMNS =
  `r.*, (SELECT array_agg(p.student_id ORDER BY p.student_id) FROM record_student p ` +
  `WHERE p.record_id = r.id) AS student_ids`;

export function createRecordLoaders(dataSource: DataSource, principal: Principal) {
  const [wall, wallParams] = menteeCondition('rs', principal);
  const wallSql = wall.replace(':wallMentorId', '$2').replace(':wallSchoolId', '$3');
  const recent = new Map<number, DataLoader<string, MentorRecord[]>>();

  return {
    /** The latest `limit` records about each student, one statement for a page of students. */
    recentRecordsByStudent(limit: number): DataLoader<string, MentorRecord[]> {
      let loader = recent.get(limit);
      if (!loader) {
        type ForStudent = MentorRecord & { forStudent: string };
        loader = groupedLoader(
          async (ids: readonly string[]): Promise<ForStudent[]> => {
            const rows: Record<string, any>[] = await dataSource.query(
              `SELECT ${RECORD_COLUMNS}, x.student_id AS for_student FROM (
               SELECT rs.record_id, rs.student_id, row_number() OVER (PARTITION BY rs.student_id ORDER BY
                 rs.occurred_at DESC, rs.record_id) AS n
                 FROM record_student rs WHERE rs.student_id = ANY($1) AND ${wallSql}) x
             JOIN mentor_record r ON r.id = x.record_id WHERE x.n <= $4 ORDER BY x.student_id, x.n`,
              [[...ids], wallParams.wallMentorId, wallParams.wallSchoolId, limit],
            );
            return rows.map((row) => Object.assign(recordFromRow(row), { forStudent: row.for_student as string }));
          },
          (r) => r.forStudent,
        ) as unknown as DataLoader<string, MentorRecord[]>;
        recent.set(limit, loader);
      }
      return loader;
    },
    /** Whether each "三个一" is done, per student: a directory fact, so scoped by school, not by the wall. */
    termDutiesByStudent: (() => {
      const byTerm = new Map<
        string,
        DataLoader<string, { key: string; homeVisit: boolean; talk: boolean; writtenFeedback: boolean } | null>
      >();
      return (term: string) => {
        let loader = byTerm.get(term);
        if (!loader) {
          loader = keyedLoader(
            (ids: readonly string[]) =>
              dataSource.query(
                `SELECT student_id AS key, bool_or(kind = 'HOME_VISIT') AS "homeVisit", bool_or(kind = 'TALK') AS
                   talk, bool_or(kind = 'WRITTEN_FEEDBACK' AND published) AS "writtenFeedback"
               FROM record_student WHERE student_id = ANY($1) AND term = $2
                 AND school_id IN
                   (${isDistrictRole(principal) ? 'SELECT id FROM school WHERE district_id = $3' : '$3'})
                   GROUP BY student_id`,
                [[...ids], term, isDistrictRole(principal) ? principal.districtId : principal.schoolId],
              ),
            (r) => r.key,
          );
          byTerm.set(term, loader);
        }
        return loader;
      };
    })(),
  };
}
