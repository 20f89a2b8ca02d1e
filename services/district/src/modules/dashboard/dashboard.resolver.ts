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
import { reportTable } from './dashboard.report';
import { DistrictDashboard, SchoolFlag, TrendPoint } from './dashboard.types';
import { ingestSnapshots } from './ingest.service';

@ObjectType()
export class SchoolPlanPayload {
  @Field(() => School, { nullable: true }) school: School | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@Resolver()
export class DashboardResolver {
  @Query(() => DistrictDashboard, {
    description: 'District admin: every school’s figures, totals and totals by stage, schools below threshold flagged.',
  })
  districtDashboard(
    @Arg('stage', () => SchoolStage, { nullable: true }) stage: SchoolStage | null,
    @Ctx() ctx: DistrictContext,
  ): Promise<DistrictDashboard> {
    return ctx.services.dashboard.dashboard(stage);
  }

  @Query(() => [TrendPoint], {
    description: 'District admin: the figures week by week across a term (the current one by default).',
  })
  districtTrends(
    @Arg('term', () => String, { nullable: true, description: 'e.g. 2026-2027-1' }) term: string | null,
    @Arg('stage', () => SchoolStage, { nullable: true }) stage: SchoolStage | null,
    @Ctx() ctx: DistrictContext,
  ): Promise<TrendPoint[]> {
    return ctx.services.dashboard.trends(term, stage);
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
    const table = reportTable(await ctx.services.dashboard.dashboard(stage));
    return ExportFile.of(await exportTable(table, format));
  }

  @Mutation(() => Int, {
    description:
      'Service only: aggregate snapshots from a school service (idempotent by snapshot id). ' +
      'Not part of the public API.',
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
