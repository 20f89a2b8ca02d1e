import type { RowProblem } from '@mentorship/graphql';

import type { Gender } from '../roster/gender';
import type { RosterKind } from './columns';

export type RowError = RowProblem;

/** `subjects` / `phone` are undefined or null when the file has no such column: existing values are then kept. */
export interface TeacherRow {
  row: number;
  staffNumber: string;
  name: string;
  gender: Gender;
  subjects: string[] | null;
  phone?: string | null;
}
export interface ClassroomRow {
  row: number;
  level: number;
  gradeName: string;
  name: string;
  headTeacher: string | null;
}
export interface StudentRow {
  row: number;
  studentNumber: string;
  name: string;
  gender: Gender;
  level: number;
  gradeName: string;
  classroom: string;
}
export interface AssignmentRow {
  row: number;
  staffNumber: string;
  level: number;
  classroom: string;
  subject: string;
}
export type PlanRow = TeacherRow | ClassroomRow | StudentRow | AssignmentRow;

export interface Plan {
  kind: RosterKind;
  rows: PlanRow[];
  errors: RowError[];
  created: number;
  updated: number;
  unchanged: number;
  /** Full student re-imports: enrolled students not in the file. */
  missing: { studentNumber: string; name: string }[];
}

/** Anything that answers SQL: a data source or a transaction's manager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}
