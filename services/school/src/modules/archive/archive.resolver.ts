import { fromGlobalId, withUserErrors } from '@mentorship/graphql';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { Student } from '../roster/student.entity';
import { Teacher } from '../roster/teacher.entity';
import {
  AttentionCategoriesPayload,
  EditGrowthArchiveInput,
  GrowthArchivePayload,
  SetAttentionCategoriesInput,
} from './archive.types';
import { AttentionFlag } from './attention-flag.entity';
import { GrowthArchive } from './growth-archive.entity';

/** 成长档案 on a student: mentor-only (permissions.ts), logged on every read. */
@Resolver(() => Student)
export class StudentArchiveResolver {
  @FieldResolver(() => GrowthArchive, { description: '成长档案: only the student’s current mentors.' })
  async archive(@Root() student: Student, @Ctx() ctx: SchoolContext): Promise<GrowthArchive> {
    ctx.accessLog.read(student.id, 'archive');
    return (await ctx.loaders.archiveByStudent.load(student.id)) ?? GrowthArchive.empty(student.id, student.schoolId);
  }

  @FieldResolver(() => [AttentionFlag], { description: 'Attention categories: only the student’s current mentors.' })
  attentionCategories(@Root() student: Student, @Ctx() ctx: SchoolContext): Promise<AttentionFlag[]> {
    ctx.accessLog.read(student.id, 'attentionCategories');
    return ctx.loaders.attentionFlagsByStudent.load(student.id);
  }
}

@Resolver(() => GrowthArchive)
export class GrowthArchiveResolver {
  @FieldResolver(() => Teacher, { nullable: true })
  updatedBy(@Root() archive: GrowthArchive, @Ctx() ctx: SchoolContext): Promise<Teacher | null> | null {
    return archive.updatedBy ? ctx.loaders.teacherById.load(archive.updatedBy) : null;
  }

  @Mutation(() => GrowthArchivePayload, {
    description: 'Mentor: edit a mentee’s archive, naming the version you read.',
  })
  editGrowthArchive(@Arg('input') input: EditGrowthArchiveInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      archive: await ctx.services.archive.edit({
        ...input,
        studentId: fromGlobalId(input.studentId, 'Student', 'studentId'),
        guardians: input.guardians?.map((g) => ({
          name: g.name.trim(),
          relation: g.relation.trim(),
          phone: g.phone?.trim() || null,
        })),
        monthlyNotes: input.monthlyNotes?.map((n) => ({ month: n.month, note: n.note })),
        examResults: input.examResults?.map((e) => ({ term: e.term, exam: e.exam.trim(), band: e.band })),
      }),
    }));
  }
}

@Resolver(() => AttentionFlag)
export class AttentionFlagResolver {
  @FieldResolver(() => Teacher, { nullable: true, description: 'Who set it.' })
  setBy(@Root() flag: AttentionFlag, @Ctx() ctx: SchoolContext): Promise<Teacher | null> {
    return ctx.loaders.teacherById.load(flag.setBy);
  }

  @Mutation(() => AttentionCategoriesPayload, {
    description: 'Mentor: set a mentee’s attention categories (the full set).',
  })
  setAttentionCategories(@Arg('input') input: SetAttentionCategoriesInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({
      attentionCategories: await ctx.services.archive.setAttentionCategories(
        fromGlobalId(input.studentId, 'Student', 'studentId'),
        input.categories,
      ),
    }));
  }
}
