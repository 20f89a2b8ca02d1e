import { registerEnumType } from 'type-graphql';

export enum FamilyStructure {
  TWO_PARENT = 'TWO_PARENT',
  SINGLE_PARENT = 'SINGLE_PARENT',
  RECONSTITUTED = 'RECONSTITUTED',
  LEFT_BEHIND = 'LEFT_BEHIND',
  ORPHAN = 'ORPHAN',
}
registerEnumType(FamilyStructure, { name: 'FamilyStructure', description: '家庭结构' });

/** 八类学生 and the like: students who need particular attention. */
export enum AttentionCategory {
  ECONOMIC_HARDSHIP = 'ECONOMIC_HARDSHIP',
  AFFLUENT = 'AFFLUENT',
  LEARNING_DIFFICULTY = 'LEARNING_DIFFICULTY',
  HIGH_ACHIEVER = 'HIGH_ACHIEVER',
  SINGLE_PARENT_OR_ORPHAN = 'SINGLE_PARENT_OR_ORPHAN',
  NON_LOCAL = 'NON_LOCAL',
  DISABILITY_INCLUSION = 'DISABILITY_INCLUSION',
  LEFT_BEHIND = 'LEFT_BEHIND',
  MIGRANT_WORKER_CHILD = 'MIGRANT_WORKER_CHILD',
  BEHAVIOURAL = 'BEHAVIOURAL',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
}
registerEnumType(AttentionCategory, {
  name: 'AttentionCategory',
  description: '特别关注类别 (八类学生 and the like).',
});

/** Exam results as a band of the grade, never a rank: the policy forbids ranking students. */
export enum ExamBand {
  TOP_10 = 'TOP_10',
  FROM_10_TO_30 = 'FROM_10_TO_30',
  FROM_30_TO_60 = 'FROM_30_TO_60',
  FROM_60_TO_100 = 'FROM_60_TO_100',
}
registerEnumType(ExamBand, {
  name: 'ExamBand',
  description: 'Where a result falls in the grade, in percent from the top: top 10%, 10–30%, 30–60%, 60–100%.',
});
