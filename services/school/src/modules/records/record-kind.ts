import { registerEnumType } from 'type-graphql';

export enum RecordKind {
  HOME_VISIT = 'HOME_VISIT',
  TALK = 'TALK',
  WRITTEN_FEEDBACK = 'WRITTEN_FEEDBACK',
  GROUP_ACTIVITY = 'GROUP_ACTIVITY',
  PARENT_CONTACT = 'PARENT_CONTACT',
  CASE_ANALYSIS = 'CASE_ANALYSIS',
  OPTIONAL_ACTION = 'OPTIONAL_ACTION',
}
registerEnumType(RecordKind, {
  name: 'RecordKind',
  description: '工作记录: 家访, 谈心谈话, 成长寄语, 每轮活动, 家长联系, 个案分析, 自选动作.',
});

export enum ContactMethod {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  MESSAGE = 'MESSAGE',
  MEETING = 'MEETING',
}
registerEnumType(ContactMethod, { name: 'ContactMethod', description: 'How a parent was contacted.' });

export enum DutyPeriod {
  TERM = 'TERM',
  MONTH = 'MONTH',
}
registerEnumType(DutyPeriod, { name: 'DutyPeriod' });

/** Kinds about exactly one student; the others may name several. */
export const SINGLE_STUDENT_KINDS = new Set([
  RecordKind.HOME_VISIT,
  RecordKind.TALK,
  RecordKind.WRITTEN_FEEDBACK,
  RecordKind.PARENT_CONTACT,
  RecordKind.CASE_ANALYSIS,
]);
