import { ExportFile, ExportFormat } from '@mentorship/graphql';
import { exportTable } from '@mentorship/spreadsheet';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { termKeyOrCurrent } from '../records/term';
import { Classroom } from '../roster/classroom.entity';
import { Grade } from '../roster/grade.entity';
import { School } from '../school/school.type';
import { COMPARISON_HEADERS, comparisonRows } from './comparison';
import { NO_COUNTS, publishGroup, publishSchool } from './group-metrics';
import { GroupMetrics, SchoolMetrics } from './metrics.types';

const termKey = (term: string | null | undefined, ctx: SchoolContext) => termKeyOrCurrent(term, ctx.now());

/** School leaders compare grades (and classrooms within a grade) side by side, live. */
@Resolver(() => Grade)
export class GradeMetricsResolver {
  @FieldResolver(() => GroupMetrics, {
    nullable: true,
    description: 'Live figures for the grade: school admin, or the grade’s own grade lead.',
  })
  async metrics(
    @Root() grade: Grade,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<GroupMetrics> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(grade.schoolId);
    return GroupMetrics.of(key, publishGroup(counts?.grades.get(grade.id) ?? NO_COUNTS));
  }
}

@Resolver(() => Classroom)
export class ClassroomMetricsResolver {
  @FieldResolver(() => GroupMetrics, {
    nullable: true,
    description: 'Live figures for the classroom: school admin, its grade lead, its head teacher.',
  })
  async metrics(
    @Root() classroom: Classroom,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<GroupMetrics> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(classroom.schoolId);
    return GroupMetrics.of(key, publishGroup(counts?.classrooms.get(classroom.id) ?? NO_COUNTS));
  }
}

@Resolver(() => School)
export class SchoolMetricsResolver {
  @FieldResolver(() => SchoolMetrics, {
    description: 'Live figures for the whole school (school admin); sensitive counts as bands.',
  })
  async metrics(
    @Root() school: School,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<SchoolMetrics> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(school.uuid);
    return SchoolMetrics.ofSchool(key, publishSchool(counts?.school ?? NO_COUNTS));
  }

  @FieldResolver(() => ExportFile, {
    description:
      'School admin: grades and classrooms side by side as .xlsx or CSV (Chinese headers); sensitive counts only for ' +
      'the whole school, as bands.',
  })
  async comparisonExport(
    @Root() school: School,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('term', () => String, { nullable: true }) term: string | null,
    @Ctx() ctx: SchoolContext,
  ): Promise<ExportFile> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(school.uuid);
    const grades = await ctx.loaders.gradesBySchool.load(school.uuid);
    const rooms = await ctx.loaders.classroomsByGrade.loadMany(grades.map((g) => g.id));
    const rows = comparisonRows(
      grades.map((g, i) => ({
        id: g.id,
        name: g.name,
        classrooms: rooms[i] instanceof Error ? [] : (rooms[i] as Classroom[]),
      })),
      counts,
    );
    const file = await exportTable({ name: `年级对比-${key}`, headers: COMPARISON_HEADERS, rows }, format);
    return ExportFile.of(file);
  }
}
