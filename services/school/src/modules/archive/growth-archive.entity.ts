import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SchoolTenant } from '../roster/school-tenant.entity';
import { Student } from '../roster/student.entity';
import { ExamBand, FamilyStructure } from './archive.enums';

@ObjectType({ description: 'A guardian and how to reach them.' })
export class Guardian {
  @Field() name: string;
  @Field({ description: 'e.g. 母亲, 祖父' }) relation: string;
  @Field(() => String, { nullable: true }) phone: string | null;
}

@ObjectType({ description: 'A month’s note in the archive.' })
export class MonthlyNote {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field() note: string;
}

@ObjectType({ description: 'An exam result as a band of the grade (no rank is kept).' })
export class ExamResult {
  @Field({ description: 'e.g. 2026-2027-1' }) term: string;
  @Field({ description: 'e.g. 期中考试 数学' }) exam: string;
  @Field(() => ExamBand) band: ExamBand;
}

/**
 * 成长档案: one versioned document per student. Every edit names the version it read; a
 * stale version is a conflict, so two mentors editing at once never overwrite each other.
 */
@Entity('growth_archive')
@ObjectType({ description: '成长档案: readable only by the student’s current mentors.' })
export class GrowthArchive {
  @PrimaryColumn('uuid', { name: 'student_id' }) studentId: string;
  @Index() @Column('uuid', { name: 'school_id' }) schoolId: string;
  @Field(() => Int, { description: 'Send it back with an edit; 0 before the first edit.' })
  @Column('int')
  version: number;
  @Field(() => FamilyStructure, { nullable: true })
  @Column({ type: 'varchar', name: 'family_structure', length: 16, nullable: true })
  familyStructure: FamilyStructure | null;
  @Field(() => [Guardian]) @Column('jsonb', { default: () => `'[]'` }) guardians: Guardian[];
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) personality: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) habits: string | null;
  @Field(() => String, { nullable: true, description: 'Interests and strengths.' })
  @Column('text', { nullable: true })
  interests: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { name: 'health_notes', nullable: true }) healthNotes:
    string | null;
  @Field(() => [MonthlyNote])
  @Column('jsonb', { name: 'monthly_notes', default: () => `'[]'` })
  monthlyNotes: MonthlyNote[];
  @Field(() => [ExamResult])
  @Column('jsonb', { name: 'exam_results', default: () => `'[]'` })
  examResults: ExamResult[];
  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'updated_at', nullable: true })
  updatedAt: Date | null;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @ManyToOne(() => SchoolTenant, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  private school?: SchoolTenant;
  @ManyToOne(() => Student, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  private student?: Student;

  /** The archive a student has before anyone wrote in it. */
  static empty(studentId: string, schoolId: string): GrowthArchive {
    return Object.assign(new GrowthArchive(), {
      studentId,
      schoolId,
      version: 0,
      familyStructure: null,
      guardians: [],
      personality: null,
      habits: null,
      interests: null,
      healthNotes: null,
      monthlyNotes: [],
      examResults: [],
      updatedAt: null,
      updatedBy: null,
    });
  }
}
