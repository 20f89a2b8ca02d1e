import type { EntityManager } from 'typeorm';

import type { OpenItems } from './term-close.entity';

/**
 * What is still open in a term, for the school admin before closing: counts only, each something
 * the admin may already see (三个一 done or not, the alert list, surveys, the evaluation cycle).
 */
export async function openItemsOf(m: EntityManager, schoolId: string, term: string, now: Date): Promise<OpenItems> {
  const [row] = await m.query(
    `SELECT
       (SELECT count(*) FROM student s WHERE s.school_id = $1 AND s.left_on IS NULL AND NOT EXISTS
          (SELECT 1 FROM record_student rs WHERE rs.student_id = s.id AND rs.term = $2 AND rs.kind =
            'WRITTEN_FEEDBACK' AND rs.published))::int AS without_feedback,
       (SELECT count(*) FROM mentor_record r WHERE r.school_id = $1 AND r.term = $2 AND r.kind = 'WRITTEN_FEEDBACK'
         AND r.published_at IS NULL)::int AS drafts,
       (SELECT count(*) FROM crisis_alert a WHERE a.school_id = $1 AND a.status <> 'CLOSED')::int AS open_alerts,
       (SELECT count(*) FROM survey v WHERE v.school_id = $1 AND v.term = $2 AND v.closes_at > $3)::int AS open_surveys,
       EXISTS (SELECT 1 FROM evaluation_cycle c WHERE c.school_id = $1 AND c.term = $2 AND c.status = 'PUBLISHED') AS
         evaluation_published`,
    [schoolId, term, now],
  );
  return {
    studentsWithoutPublishedFeedback: row.without_feedback,
    unpublishedFeedbackDrafts: row.drafts,
    openCrisisAlerts: row.open_alerts,
    openSurveys: row.open_surveys,
    evaluationPublished: row.evaluation_published,
  };
}

export const isAllDone = (o: OpenItems) =>
  o.studentsWithoutPublishedFeedback === 0 &&
  o.unpublishedFeedbackDrafts === 0 &&
  o.openCrisisAlerts === 0 &&
  o.openSurveys === 0 &&
  o.evaluationPublished;
