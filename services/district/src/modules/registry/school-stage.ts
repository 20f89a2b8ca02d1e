import { registerEnumType } from 'type-graphql';

/** 学段 */
export enum SchoolStage {
  PRIMARY = 'PRIMARY',
  JUNIOR_SECONDARY = 'JUNIOR_SECONDARY',
  SENIOR_SECONDARY = 'SENIOR_SECONDARY',
  VOCATIONAL = 'VOCATIONAL',
}
registerEnumType(SchoolStage, { name: 'SchoolStage', description: '学段: stage of schooling.' });
