import type { Band } from '@mentorship/graphql';

import { type Counts, NO_COUNTS, publishGroup, publishSchool, type SchoolCounts } from './group-metrics';

export const COMPARISON_HEADERS = [
  '年级',
  '班级',
  '学生数',
  '有导师学生数',
  '导师覆盖率',
  '家访完成',
  '谈心完成',
  '成长寄语完成',
  '三个一全部完成',
  '关注学生数（区间）',
  '未结危机数（区间）',
];

/** A band as the exports write it. */
export const bandText = (b: Band) => `${b.atLeast}–${b.atMost}`;

/**
 * 年级对比 as a table: a row per grade and classroom with the non-sensitive counts, the sensitive ones
 * only in the school's row and only as bands (“—” below the school: not published, DISCLOSURE.md).
 */
export function comparisonRows(
  grades: readonly { id: string; name: string; classrooms: readonly { id: string; name: string }[] }[],
  counts: SchoolCounts | null | undefined,
): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const line = (grade: string, room: string, c: Counts, sensitive: string[] = ['—', '—']) => {
    const p = publishGroup(c);
    rows.push([
      grade,
      room,
      p.students,
      p.studentsWithLeadMentor,
      p.students ? Math.round((p.studentsWithLeadMentor / p.students) * 1000) / 10 + '%' : '—',
      p.homeVisitDone,
      p.talkDone,
      p.writtenFeedbackDone,
      p.allDutiesDone,
      ...sensitive,
    ]);
  };
  for (const g of grades) {
    line(g.name, '（全年级）', counts?.grades.get(g.id) ?? NO_COUNTS);
    for (const room of g.classrooms) line(g.name, room.name, counts?.classrooms.get(room.id) ?? NO_COUNTS);
  }
  const whole = publishSchool(counts?.school ?? NO_COUNTS);
  line('全校', '', counts?.school ?? NO_COUNTS, [bandText(whole.attentionStudents), bandText(whole.openCrisisAlerts)]);
  return rows;
}
