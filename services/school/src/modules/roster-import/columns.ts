import { registerEnumType } from 'type-graphql';

import { Gender } from '../roster/gender';

export enum RosterKind {
  TEACHERS = 'TEACHERS',
  CLASSROOMS = 'CLASSROOMS',
  STUDENTS = 'STUDENTS',
  TEACHING_ASSIGNMENTS = 'TEACHING_ASSIGNMENTS',
}
registerEnumType(RosterKind, { name: 'RosterKind', description: '教师 / 班级 / 学生 / 任课' });

/** The Chinese column headers of each kind: import templates, exports and imports all use these. */
export const HEADERS: Record<RosterKind, { required: string[]; optional: string[] }> = {
  TEACHERS: { required: ['工号', '姓名', '性别'], optional: ['任教学科', '手机号'] },
  CLASSROOMS: { required: ['年级', '班级'], optional: ['班主任工号'] },
  STUDENTS: { required: ['学号', '姓名', '性别', '年级', '班级'], optional: [] },
  TEACHING_ASSIGNMENTS: { required: ['工号', '年级', '班级', '学科'], optional: [] },
};

export const columnsOf = (kind: RosterKind) => [...HEADERS[kind].required, ...HEADERS[kind].optional];

/**
 * Columns a roster file may not carry, with the reason the refusal gives. Attention categories
 * (八类学生) are the mentors' judgement and personal data the school admin does not read: an
 * import that set them, or compared them to count a row as changed, would let the admin test any
 * student for any category (SIDE-CHANNELS.md). So a file with the column is refused outright,
 * before anything about the roster is looked at: the answer is the same for every student.
 */
export const REFUSED_COLUMNS: Partial<Record<RosterKind, Record<string, string>>> = {
  STUDENTS: {
    关注类别:
      'attention categories (关注类别) are set by each student’s mentors (setAttentionCategories), not by a ' +
      'roster import, and the school admin does not read them; delete the column and upload the file ' +
      'again.',
  },
};

const GENDERS: Record<string, Gender> = {
  男: Gender.MALE,
  女: Gender.FEMALE,
  MALE: Gender.MALE,
  FEMALE: Gender.FEMALE,
  M: Gender.MALE,
  F: Gender.FEMALE,
};
export const GENDER_LABEL: Record<Gender, string> = { MALE: '男', FEMALE: '女' };

export function parseGender(value: string): Gender | null {
  return GENDERS[value.trim().toUpperCase()] ?? GENDERS[value.trim()] ?? null;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const SHORT: Record<string, number> = { 初一: 7, 初二: 8, 初三: 9, 高一: 10, 高二: 11, 高三: 12 };

/** 七年级, 初一, 高二, 7 → a level 1–12; the grade's display name as schools write it. */
export function parseGrade(value: string): { level: number; name: string } | null {
  const v = value.trim();
  if (/^\d{1,2}$/.test(v)) {
    const level = Number(v);
    return level >= 1 && level <= 12 ? { level, name: `${NUMERALS[level - 1]}年级` } : null;
  }
  if (SHORT[v]) return { level: SHORT[v], name: v };
  const m = /^(十[一二]?|[一二三四五六七八九])年级$/.exec(v);
  if (m) return { level: NUMERALS.indexOf(m[1]) + 1, name: v };
  return null;
}

export const splitList = (value: string | null) =>
  (value ?? '')
    .split(/[、,，;；/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
