import { ExportFile, type ExportFormat } from '@mentorship/graphql';
import { exportTable, type Table } from '@mentorship/spreadsheet';
import type { DataSource } from 'typeorm';

import type { MatchingRound } from './matching-round.entity';

const PHASE: Record<string, string> = {
  PREFERENCE: '志愿匹配',
  CLASS_FILL: '班级补位',
  RANDOM_DRAW: '导师盲盒',
  MANUAL: '手动调整',
};
const UNMATCHED: Record<string, string> = {
  NO_PREFERENCES: '未填志愿',
  PREFERENCES_EXHAUSTED: '志愿导师均已满额',
  NO_CAPACITY_LEFT: '无剩余名额',
  REMOVED_BY_ADMIN: '管理员移除',
};

/** The draft or published result as a spreadsheet with Chinese headers, one row per student. */
export async function exportMatchingRound(dataSource: DataSource, round: MatchingRound, format: ExportFormat) {
  const rows: {
    student_number: string;
    student: string;
    grade: string;
    classroom: string;
    staff_number: string | null;
    mentor: string | null;
    phase: string | null;
    rank: number | null;
    reason: string | null;
  }[] = await dataSource.query(
    `SELECT s.student_number, s.name AS student, g.name AS grade, c.name AS classroom, t.staff_number, t.name AS
       mentor, o.phase, o.rank, o.unmatched_reason AS reason
         FROM matching_outcome o JOIN student s ON s.id = o.student_id JOIN classroom c ON c.id = s.classroom_id
           JOIN grade g ON g.id = c.grade_id
         LEFT JOIN teacher t ON t.id = o.teacher_id
        WHERE o.round_id = $1 ORDER BY g.level, c.name, s.student_number`,
    [round.id],
  );
  const table: Table = {
    name: `匹配结果-${round.academicYear}-${round.status === 'PUBLISHED' ? '已发布' : '草稿'}`,
    headers: ['学号', '学生姓名', '年级', '班级', '导师工号', '导师姓名', '匹配方式', '志愿序号', '未匹配原因'],
    rows: rows.map((r) => [
      r.student_number,
      r.student,
      r.grade,
      r.classroom,
      r.staff_number,
      r.mentor,
      r.phase ? PHASE[r.phase] : null,
      r.rank,
      r.reason ? UNMATCHED[r.reason] : null,
    ]),
  };
  const file = await exportTable(table, format);
  return ExportFile.of(file);
}
