import { registerEnumType } from 'type-graphql';

export enum RubricSource {
  /** Computed by the platform from mentorships, records and surveys. */
  COMPUTED = 'COMPUTED',
  /** Entered by a party: the mentor themself, colleagues, or the school. */
  ENTERED = 'ENTERED',
}
registerEnumType(RubricSource, { name: 'RubricSource' });

export enum EvaluationParty {
  SELF = 'SELF',
  COLLEAGUE = 'COLLEAGUE',
  SCHOOL = 'SCHOOL',
  STUDENTS = 'STUDENTS',
  PLATFORM = 'PLATFORM',
}
registerEnumType(EvaluationParty, {
  name: 'EvaluationParty',
  description:
    'Who contributes an item: the mentor (自评), colleagues (互评), the school, students (through the ' +
    'survey), or the platform (computed).',
});

/** Items the platform knows how to compute; a school may reweight them or add entered items. */
export enum ComputedItem {
  MATCHING = 'MATCHING',
  GROUP_ACTIVITY = 'GROUP_ACTIVITY',
  INDIVIDUAL_GUIDANCE = 'INDIVIDUAL_GUIDANCE',
  ATTRITION = 'ATTRITION',
  STUDENT_FEEDBACK = 'STUDENT_FEEDBACK',
  PARENT_FEEDBACK = 'PARENT_FEEDBACK',
}

export interface RubricItem {
  key: string;
  label: string;
  weight: number;
  source: RubricSource;
  party: EvaluationParty;
}

const computed = (key: ComputedItem, label: string, weight: number, party = EvaluationParty.PLATFORM): RubricItem => ({
  key,
  label,
  weight,
  source: RubricSource.COMPUTED,
  party,
});

/** The default template (DESIGN.md §4, from a real school's plan): out of 100. */
export const DEFAULT_RUBRIC: readonly RubricItem[] = [
  computed(ComputedItem.MATCHING, '完成结对', 10),
  computed(ComputedItem.GROUP_ACTIVITY, '每轮团体活动', 20),
  computed(ComputedItem.INDIVIDUAL_GUIDANCE, '个别指导（每生每月）', 20),
  computed(ComputedItem.ATTRITION, '学生流失（每流失一人扣10分）', 20),
  computed(ComputedItem.STUDENT_FEEDBACK, '学生评价（年级三等分 20/15/10）', 20, EvaluationParty.STUDENTS),
  computed(ComputedItem.PARENT_FEEDBACK, '家长评价（年级内排序）', 10, EvaluationParty.STUDENTS),
];

/** Pairings that end for administrative reasons are not "lost" students. */
export const ADMINISTRATIVE_END_REASONS = [
  'REMATCHED',
  'STUDENT_TRANSFERRED',
  'TEAM_CHANGED',
  'YEAR_ENDED',
  'HANDED_OVER',
  'MENTOR_LEFT',
];
