import {
  ExportFile,
  ExportFormat,
  fromGlobalId,
  UserError,
  UserFacingError,
  userInputError,
  withUserErrors,
} from '@mentorship/graphql';
import { exportTable } from '@mentorship/spreadsheet';
import { Arg, Ctx, Directive, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import type { DistrictContext } from '../../context';
import { School } from '../registry/school.entity';
import { SchoolStage } from '../registry/school-stage';
import { DashboardService } from './dashboard.service';
import { DistrictDashboard, SchoolFlag, TrendPoint } from './dashboard.types';
import { ingestSnapshots } from './ingest.service';

@ObjectType()
export class SchoolPlanPayload {
  @Field(() => School, { nullable: true }) school: School | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

const STAGE: Record<string, string> = {
  PRIMARY: '小学',
  JUNIOR_SECONDARY: '初中',
  SENIOR_SECONDARY: '高中',
  VOCATIONAL: '职业学校',
};
const FLAG: Record<SchoolFlag, string> = {
  COVERAGE_BELOW_THRESHOLD: '覆盖率低于区定标准',
  MENTOR_ABOVE_CAP: '导师带教超上限',
  DUTIES_LAGGING: '“三个一”进度滞后',
  CRISIS_OVERDUE: '危机预警超时未处理',
  PLAN_NOT_FILED: '未报送“一校一策”',
  TRAINING_BELOW_RATE: '导师培训完成率偏低',
  NO_FIGURES: '尚未上报数据',
};
/** The figures are snapshots taken every 15 minutes: a minute of replica lag changes nothing a reader could tell. */
export const DASHBOARD_MAX_LAG_MS = 60_000;
// One decimal always (94.0% beside 93.9%), as the web dashboard shows it.
const pct = (n: number) => `${(Math.round(n * 1000) / 10).toFixed(1)}%`;
const shown = (b: { atLeast: number; atMost: number }) => `${b.atLeast}–${b.atMost}`;

@Resolver()
export class DashboardResolver {
  /** Reads of the 15-minute snapshots: a replica may answer, a minute behind at most. */
  private read<T>(ctx: DistrictContext, work: (service: DashboardService) => Promise<T>): Promise<T> {
    return ctx.reads.run((dataSource) => work(new DashboardService(dataSource, ctx.principal, ctx.now)), {
      maxLagMs: DASHBOARD_MAX_LAG_MS,
    });
  }

  @Query(() => DistrictDashboard, {
    description: 'District admin: every school’s figures, totals and totals by stage, schools below threshold flagged.',
  })
  districtDashboard(
    @Arg('stage', () => SchoolStage, { nullable: true }) stage: SchoolStage | null,
    @Ctx() ctx: DistrictContext,
  ): Promise<DistrictDashboard> {
    return this.read(ctx, (s) => s.dashboard(stage));
  }

  @Query(() => [TrendPoint], {
    description: 'District admin: the figures week by week across a term (the current one by default).',
  })
  districtTrends(
    @Arg('term', () => String, { nullable: true, description: 'e.g. 2026-2027-1' }) term: string | null,
    @Arg('stage', () => SchoolStage, { nullable: true }) stage: SchoolStage | null,
    @Ctx() ctx: DistrictContext,
  ): Promise<TrendPoint[]> {
    return this.read(ctx, (s) => s.trends(term, stage));
  }

  @Query(() => ExportFile, {
    description:
      'District admin: the dashboard as .xlsx or CSV with Chinese headers; sensitive counts as bands (e.g. 5–9).',
  })
  async districtReportExport(
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('stage', () => SchoolStage, { nullable: true }) stage: SchoolStage | null,
    @Ctx() ctx: DistrictContext,
  ): Promise<ExportFile> {
    const d = await this.read(ctx, (s) => s.dashboard(stage));
    const rows = d.schools.map(({ school, figures: f, planFiled, flags, trainingRate }) => [
      school.code,
      school.name,
      STAGE[school.stage],
      f?.students ?? null,
      f?.studentsWithLeadMentor ?? null,
      f ? pct(f.coverage) : null,
      f?.teachers ?? null,
      f?.teachersMentoring ?? null,
      f ? (Math.round(f.menteesPerMentor * 10) / 10).toFixed(1) : null,
      f?.maxMenteesPerMentor ?? null,
      f?.mentorsAboveCap ?? null,
      f?.homeVisitDone ?? null,
      f?.talkDone ?? null,
      f?.writtenFeedbackDone ?? null,
      f ? shown(f.attentionStudents) : null,
      f ? shown(f.openCrisisAlerts) : null,
      trainingRate === null ? null : pct(trainingRate),
      f?.evaluation ? `${f.evaluation.excellent}/${f.evaluation.qualified}/${f.evaluation.needsImprovement}` : null,
      planFiled ? '是' : '否',
      flags.map((x) => FLAG[x]).join('；'),
    ]);
    const file = await exportTable(
      {
        name: `区导师制数据-${d.term ?? ''}`,
        headers: [
          '学校代码',
          '学校',
          '学段',
          '学生数',
          '有主导师学生数',
          '学生覆盖率',
          '教师数',
          '任导师教师数',
          '每名导师带教学生（均）',
          '最多带教',
          '超上限导师',
          '家访完成',
          '谈心完成',
          '成长寄语完成',
          '关注学生数（区间）',
          '未结危机数（区间）',
          '培训完成率',
          '考核(优秀/合格/待改进)',
          '一校一策备案',
          '需关注原因',
        ],
        rows,
      },
      format,
    );
    return ExportFile.of(file);
  }

  @Mutation(() => Int, {
    description:
      'Service only: aggregate snapshots from a school service (idempotent by snapshot id). Not part of the public API.',
  })
  @Directive('@inaccessible')
  async ingestMetricSnapshots(
    @Arg('payloads', () => [String]) payloads: string[],
    @Ctx() ctx: DistrictContext,
  ): Promise<number> {
    try {
      const { stored, duplicates } = await ingestSnapshots(ctx.dataSource, payloads, ctx.now());
      return stored + duplicates;
    } catch (error) {
      // A refused batch is the sender's to fix; it stays in their outbox and nothing here changed.
      if (error instanceof UserFacingError) throw userInputError('payloads', error.message);
      throw error;
    }
  }

  @Mutation(() => SchoolPlanPayload, {
    description: 'District admin: record that a school filed its plan (一校一策 备案).',
  })
  recordSchoolPlan(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('filedOn', () => String, { description: 'YYYY-MM-DD' }) filedOn: string,
    @Ctx() ctx: DistrictContext,
  ) {
    return withUserErrors(async () => ({
      school: await ctx.services.registry.recordPlan(fromGlobalId(schoolId, 'School', 'schoolId'), filedOn),
    }));
  }
}
