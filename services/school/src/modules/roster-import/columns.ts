import { registerEnumType } from 'type-graphql';
import { AttentionCategory } from '../archive/archive.enums';
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
  STUDENTS: { required: ['学号', '姓名', '性别', '年级', '班级'], optional: ['关注类别'] },
  TEACHING_ASSIGNMENTS: { required: ['工号', '年级', '班级', '学科'], optional: [] },
};

export const columnsOf = (kind: RosterKind) => [...HEADERS[kind].required, ...HEADERS[kind].optional];

const GENDERS: Record<string, Gender> = { 男: Gender.MALE, 女: Gender.FEMALE, MALE: Gender.MALE, FEMALE: Gender.FEMALE, M: Gender.MALE, F: Gender.FEMALE };
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

export const CATEGORY_LABEL: Record<AttentionCategory, string> = {
  ECONOMIC_HARDSHIP: '经济困难', AFFLUENT: '家庭富裕', LEARNING_DIFFICULTY: '学习困难', HIGH_ACHIEVER: '学业优秀', SINGLE_PARENT_OR_ORPHAN: '单亲或孤儿',
  NON_LOCAL: '非本地户籍', DISABILITY_INCLUSION: '随班就读', LEFT_BEHIND: '留守儿童', MIGRANT_WORKER_CHILD: '进城务工子女', BEHAVIOURAL: '行为偏差', PSYCHOLOGICAL: '心理问题',
};

/** "留守儿童、经济困难" or "LEFT_BEHIND,ECONOMIC_HARDSHIP" → categories; unknown ones are returned apart. */
export function parseCategories(value: string): { categories: AttentionCategory[]; unknown: string[] } {
  const byLabel = new Map(Object.entries(CATEGORY_LABEL).map(([k, v]) => [v, k as AttentionCategory]));
  const categories: AttentionCategory[] = [];
  const unknown: string[] = [];
  for (const part of value.split(/[、,，;；\s]+/).map((p) => p.trim()).filter(Boolean)) {
    const c = (Object.values(AttentionCategory) as string[]).includes(part.toUpperCase()) ? (part.toUpperCase() as AttentionCategory) : byLabel.get(part);
    if (c) categories.push(c);
    else unknown.push(part);
  }
  return { categories: [...new Set(categories)], unknown };
}

export const splitList = (value: string | null) => (value ?? '').split(/[、,，;；/]+/).map((s) => s.trim()).filter(Boolean);
