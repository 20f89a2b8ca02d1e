import type { Stage } from './model';

/** What a school of each stage looks like in the demo district: its grades, subjects and name. */
export const STAGE_GRADES: Record<Stage, number[]> = {
  PRIMARY: [1, 2, 3, 4, 5, 6],
  JUNIOR_SECONDARY: [7, 8, 9],
  SENIOR_SECONDARY: [10, 11, 12],
  VOCATIONAL: [10, 11, 12],
};
export const STAGE_SUBJECTS: Record<Stage, string[]> = {
  PRIMARY: ['语文', '数学', '英语', '科学', '道德与法治', '体育', '音乐', '美术'],
  JUNIOR_SECONDARY: ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '道德与法治', '体育'],
  SENIOR_SECONDARY: ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '思想政治', '信息技术'],
  VOCATIONAL: ['语文', '数学', '英语', '计算机应用', '电子技术', '会计', '机械基础', '体育'],
};
export const STAGE_NAME: Record<Stage, (n: number) => string> = {
  PRIMARY: (n) => `滨江区第${n}实验小学`,
  JUNIOR_SECONDARY: (n) => `滨江区第${n}初级中学`,
  SENIOR_SECONDARY: (n) => `滨江区第${n}高级中学`,
  VOCATIONAL: (n) => `滨江区第${n}职业学校`,
};
export const STAGE_CODE: Record<Stage, string> = {
  PRIMARY: 'P',
  JUNIOR_SECONDARY: 'J',
  SENIOR_SECONDARY: 'S',
  VOCATIONAL: 'V',
};
export const GRADE_NAME = [
  '',
  '一年级',
  '二年级',
  '三年级',
  '四年级',
  '五年级',
  '六年级',
  '初一',
  '初二',
  '初三',
  '高一',
  '高二',
  '高三',
];
// Share of schools per stage, roughly as in a Chinese district.
const STAGE_MIX: [Stage, number][] = [
  ['PRIMARY', 0.45],
  ['JUNIOR_SECONDARY', 0.3],
  ['SENIOR_SECONDARY', 0.17],
  ['VOCATIONAL', 0.08],
];

/** The stage of the index-th of count schools. */
export function stageOf(index: number, count: number): Stage {
  // Spread stages evenly through the list so small scales still have every stage.
  const position = (index + 0.5) / count;
  let acc = 0;
  for (const [stage, share] of STAGE_MIX) {
    acc += share;
    if (position <= acc) return stage;
  }
  return 'VOCATIONAL';
}
