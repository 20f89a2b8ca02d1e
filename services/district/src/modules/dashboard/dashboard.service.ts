import { forbidden, type Principal, Role } from '@mentorship/auth';
import type { ReadSide } from '@mentorship/db';
import type { DataSource } from 'typeorm';

import { School } from '../registry/school.entity';
import type { SchoolStage } from '../registry/school-stage';
import {
  chinaDate,
  DEFAULT_THRESHOLDS,
  flagsOf,
  rate,
  schoolFigures,
  shortfallOf,
  sumFigures,
  type SummedSchool,
  termElapsedOn,
  type Thresholds,
} from './dashboard.compute';
import { DistrictDashboard, SchoolDashboardRow, StageFigures, TrendPoint } from './dashboard.types';
import type { SchoolFigures as StoredFigures } from './metric-snapshot.entity';

export type { Thresholds } from './dashboard.compute';
export { chinaDate, DEFAULT_THRESHOLDS, flagsOf, shortfallOf, sumFigures, termElapsedOn } from './dashboard.compute';

/**
 * Per school: teachers (by staff number) who passed every required course of the school's stage,
 * kept up to date by triggers on every write (migration SchoolTrainingSummary), and of them those
 * among the mentors the school's latest snapshot named (null when it named none).
 */
const TRAINED_SQL = `
SELECT st.school_id, st.trained,
       CASE WHEN l.mentor_staff_numbers IS NULL THEN NULL
            ELSE cardinality(ARRAY(SELECT unnest(st.trained_staff)
                                   INTERSECT SELECT unnest(l.mentor_staff_numbers))) END AS mentors_trained
  FROM school_training st JOIN school s ON s.id = st.school_id
  LEFT JOIN school_metrics_latest l ON l.school_id = st.school_id
 WHERE s.district_id = $1`;

/** The figures are snapshots taken every 15 minutes: a minute of replica lag changes nothing a reader could tell. */
export const DASHBOARD_MAX_LAG_MS = 60_000;

/**
 * 区教育局 dashboards, read from the ingested snapshots: four statements for any number of schools.
 * Built once per request; its data source is the request's read side, so a replica at most
 * DASHBOARD_MAX_LAG_MS behind may answer (a mutation's request pins it to the primary).
 */
export class DashboardService {
  constructor(
    private readonly reads: ReadSide,
    private readonly principal: Principal,
    private readonly now: () => Date,
  ) {}

  private read<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    return this.reads.run(work, { maxLagMs: DASHBOARD_MAX_LAG_MS });
  }

  dashboard(stage?: SchoolStage | null): Promise<DistrictDashboard> {
    return this.read((dataSource) => this.readDashboard(dataSource, stage));
  }

  /** The district's figures week by week for a term (the current one by default). */
  trends(term?: string | null, stage?: SchoolStage | null): Promise<TrendPoint[]> {
    return this.read((dataSource) => this.readTrends(dataSource, term, stage));
  }

  private get districtId(): string {
    if (this.principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
    return this.principal.districtId;
  }

  /** Share of the current term gone by, from the district's own calendar, on today's China date. */
  private async termProgress(dataSource: DataSource): Promise<{ key: string | null; elapsed: number }> {
    const today = chinaDate(this.now());
    const [term]: { year: string; number: number; starts_on: string; ends_on: string }[] = await dataSource.query(
      `SELECT y.name AS year, t.number, t.starts_on::text, t.ends_on::text
         FROM term t JOIN academic_year y ON y.id = t.academic_year_id
        WHERE y.district_id = $1 AND t.starts_on <= $2::date ORDER BY t.starts_on DESC LIMIT 1`,
      [this.districtId, today],
    );
    if (!term) return { key: null, elapsed: 0 };
    return { key: `${term.year}-${term.number}`, elapsed: termElapsedOn(today, term.starts_on, term.ends_on) };
  }

  private async readDashboard(dataSource: DataSource, stage?: SchoolStage | null): Promise<DistrictDashboard> {
    const districtId = this.districtId;
    const [progress, rows] = await Promise.all([
      this.termProgress(dataSource),
      dataSource.query(
        `SELECT s.id, s.name, s.code, s.stage, s.district_id, s.plan_filed_on, l.taken_at, l.term, l.figures,
                l.mentor_staff_numbers IS NOT NULL AS names_mentors
           FROM school s LEFT JOIN school_metrics_latest l ON l.school_id = s.id
          WHERE s.district_id = $1 AND ($2::text IS NULL OR s.stage = $2) ORDER BY s.code`,
        [districtId, stage ?? null],
      ) as Promise<
        {
          id: string;
          name: string;
          code: string;
          stage: SchoolStage;
          district_id: string;
          plan_filed_on: string | null;
          taken_at: Date | null;
          term: string | null;
          figures: StoredFigures | null;
          names_mentors: boolean;
        }[]
      >,
    ]);
    const [trainedRows, [policy]] = await Promise.all([
      dataSource.query(TRAINED_SQL, [districtId]) as Promise<
        { school_id: string; trained: number; mentors_trained: number | null }[]
      >,
      dataSource.query(
        'SELECT training_rate_percent AS training, coverage_threshold_percent AS coverage, duties_lag_points AS lag ' +
          'FROM district_policy WHERE district_id = $1',
        [districtId],
      ) as Promise<{ training: number; coverage: number; lag: number }[]>,
    ]);
    const trainedBy = new Map(trainedRows.map((t) => [t.school_id, t]));
    const thresholds: Thresholds = policy
      ? { coverage: policy.coverage / 100, dutiesLag: policy.lag / 100, trainingRate: policy.training / 100 }
      : DEFAULT_THRESHOLDS;
    // One pass: what the sums need per school, and the row answered for it.
    const schools: (SummedSchool & { stage: SchoolStage })[] = [];
    const answered: SchoolDashboardRow[] = [];
    for (const r of rows) {
      const trained = trainedBy.get(r.id);
      const planFiled = r.plan_filed_on !== null;
      // A school without a trained teacher has no summary row: none of its named mentors is trained.
      const mentorsTrained = r.figures && r.names_mentors ? (trained?.mentors_trained ?? 0) : null;
      const trainingRate =
        r.figures && mentorsTrained !== null ? Math.min(1, rate(mentorsTrained, r.figures.teachersMentoring)) : null;
      schools.push({ stage: r.stage, figures: r.figures, planFiled, trained: trained?.trained ?? 0, mentorsTrained });
      const row = new SchoolDashboardRow();
      row.school = Object.assign(new School(), {
        id: r.id,
        name: r.name,
        code: r.code,
        stage: r.stage,
        districtId: r.district_id,
        planFiledOn: r.plan_filed_on,
      });
      row.figures = r.figures && r.taken_at ? schoolFigures(r.figures, r.taken_at, r.term!) : null;
      row.planFiled = planFiled;
      row.teachersTrained = trained?.trained ?? 0;
      row.mentorsTrained = mentorsTrained;
      row.trainingRate = trainingRate;
      row.flags = flagsOf(r.figures, planFiled, progress.elapsed, thresholds, trainingRate);
      row.shortfallPoints = shortfallOf(r.figures, progress.elapsed, thresholds, trainingRate);
      answered.push(row);
    }
    const stages = [...new Set(schools.map((s) => s.stage))];
    return Object.assign(new DistrictDashboard(), {
      term: progress.key,
      termElapsed: progress.elapsed,
      totals: sumFigures(schools),
      byStage: stages.map((st) =>
        Object.assign(new StageFigures(), { stage: st, figures: sumFigures(schools.filter((s) => s.stage === st)) }),
      ),
      schools: answered,
    });
  }

  private async readTrends(
    dataSource: DataSource,
    term?: string | null,
    stage?: SchoolStage | null,
  ): Promise<TrendPoint[]> {
    const districtId = this.districtId;
    const key = term ?? (await this.termProgress(dataSource)).key;
    const rows: { week: string; figures: StoredFigures; plan_filed_on: string | null }[] = await dataSource.query(
      `SELECT w.week::text, w.figures, s.plan_filed_on FROM school_metrics_weekly w JOIN school s ON s.id = w.school_id
        WHERE s.district_id = $1 AND w.term = $2 AND ($3::text IS NULL OR s.stage = $3) ORDER BY w.week`,
      [districtId, key, stage ?? null],
    );
    const byWeek = new Map<string, { figures: StoredFigures; planFiled: boolean }[]>();
    for (const r of rows)
      (byWeek.get(r.week) ?? byWeek.set(r.week, []).get(r.week)!).push({
        figures: r.figures,
        planFiled: r.plan_filed_on !== null,
      });
    return [...byWeek].map(([week, schools]) =>
      Object.assign(new TrendPoint(), { week, figures: sumFigures(schools) }),
    );
  }
}
