import { ExportFile, ExportFormat, type Band } from '@mentorship/graphql';
import { exportTable } from '@mentorship/spreadsheet';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchoolContext } from '../../context';
import { termKeyOrCurrent } from '../records/term';
import { Classroom } from '../roster/classroom.entity';
import { Grade } from '../roster/grade.entity';
import { School } from '../school/school.type';
import { NO_COUNTS, publishGroup, publishSchool, type Counts } from './group-metrics';
import { GroupMetrics, SchoolMetrics } from './metrics.types';

const termKey = (term: string | null | undefined, ctx: SchoolContext) => termKeyOrCurrent(term, ctx.now());


/** School leaders compare grades (and classrooms within a grade) side by side, live. */
@Resolver(() => Grade)
export class GradeMetricsResolver {
  @FieldResolver(() => GroupMetrics, { nullable: true, description: 'Live figures for the grade: school admin, or the grade’s own grade lead.' })
  async metrics(@Root() grade: Grade, @Arg('term', () => String, { nullable: true }) term: string | null, @Ctx() ctx: SchoolContext): Promise<GroupMetrics> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(grade.schoolId);
    return GroupMetrics.of(key, publishGroup(counts?.grades.get(grade.id) ?? NO_COUNTS));
  }
}

@Resolver(() => Classroom)
export class ClassroomMetricsResolver {
  @FieldResolver(() => GroupMetrics, { nullable: true, description: 'Live figures for the classroom: school admin, its grade lead, its head teacher.' })
  async metrics(@Root() classroom: Classroom, @Arg('term', () => String, { nullable: true }) term: string | null, @Ctx() ctx: SchoolContext): Promise<GroupMetrics> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(classroom.schoolId);
    return GroupMetrics.of(key, publishGroup(counts?.classrooms.get(classroom.id) ?? NO_COUNTS));
  }
}

const HEADERS = ['年级', '班级', '学生数', '有导师学生数', '导师覆盖率', '家访完成', '谈心完成', '成长寄语完成', '三个一全部完成', '关注学生数（区间）', '未结危机数（区间）'];
/** A band as the export writes it; grades and classrooms have none (“—”: not published below the school). */
export const bandText = (b: Band) => `${b.atLeast}–${b.atMost}`;

@Resolver(() => School)
export class SchoolMetricsResolver {
  @FieldResolver(() => SchoolMetrics, { description: 'Live figures for the whole school (school admin); sensitive counts as bands.' })
  async metrics(@Root() school: School, @Arg('term', () => String, { nullable: true }) term: string | null, @Ctx() ctx: SchoolContext): Promise<SchoolMetrics> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(school.uuid);
    return SchoolMetrics.ofSchool(key, publishSchool(counts?.school ?? NO_COUNTS));
  }

  @FieldResolver(() => ExportFile, { description: 'School admin: grades and classrooms side by side as .xlsx or CSV (Chinese headers); sensitive counts only for the whole school, as bands.' })
  async comparisonExport(@Root() school: School, @Arg('format', () => ExportFormat) format: ExportFormat, @Arg('term', () => String, { nullable: true }) term: string | null, @Ctx() ctx: SchoolContext): Promise<ExportFile> {
    const key = termKey(term, ctx);
    const counts = await ctx.loaders.countsBySchool(key).load(school.uuid);
    const grades = await ctx.loaders.gradesBySchool.load(school.uuid);
    const rooms = await ctx.loaders.classroomsByGrade.loadMany(grades.map((g) => g.id));
    const rows: (string | number | null)[][] = [];
    const line = (grade: string, room: string, c: Counts, sensitive: (string | number)[] = ['—', '—']) => {
      const p = publishGroup(c);
      rows.push([grade, room, p.students, p.studentsWithLeadMentor, p.students ? Math.round((p.studentsWithLeadMentor / p.students) * 1000) / 10 + '%' : '—', p.homeVisitDone, p.talkDone, p.writtenFeedbackDone, p.allDutiesDone, ...sensitive]);
    };
    grades.forEach((g, i) => {
      line(g.name, '（全年级）', counts?.grades.get(g.id) ?? NO_COUNTS);
      for (const room of rooms[i] instanceof Error ? [] : (rooms[i] as Classroom[])) line(g.name, room.name, counts?.classrooms.get(room.id) ?? NO_COUNTS);
    });
    const whole = publishSchool(counts?.school ?? NO_COUNTS);
    line('全校', '', counts?.school ?? NO_COUNTS, [bandText(whole.attentionStudents), bandText(whole.openCrisisAlerts)]);
    const file = await exportTable({ name: `年级对比-${key}`, headers: HEADERS, rows }, format);
    return ExportFile.of(file);
  }
}
