import { forbidden, type Principal, Role } from '@mentorship/auth';
import { countBand, sumBands } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import { School } from '../registry/school.entity';
import type { SchoolStage } from '../registry/school-stage';
import {
  DashboardFigures,
  DistrictDashboard,
  EvaluationLevels,
  SchoolDashboardRow,
  SchoolFigures,
  SchoolFlag,
  StageFigures,
  TrendPoint,
} from './dashboard.types';
import type { SchoolFigures as StoredFigures } from './metric-snapshot.entity';

/**
 * Per school: teachers (by staff number) who passed every required course of the school's stage,
 * kept up to date by triggers on every write (migration SchoolTrainingSummary), and of them those
 * among the mentors the school's latest snapshot named (null when it named none).
 */
const TRAINED_SQL = `
SELECT st.school_id, st.trained,
       CASE WHEN l.mentor_staff_numbers IS NULL THEN NULL
            ELSE cardinality(ARRAY(SELECT unnest(st.trained_staff) INTERSECT SELECT unnest(l.mentor_staff_numbers))) END AS mentors_trained
  FROM school_training st JOIN school s ON s.id = st.school_id
  LEFT JOIN school_metrics_latest l ON l.school_id = st.school_id
 WHERE s.district_id = $1`;

/** The policy's thresholds of 需关注学校, as shares (0–1). */
export interface Thresholds {
  coverage: number;
  dutiesLag: number;
  trainingRate: number;
}
export const DEFAULT_THRESHOLDS: Thresholds = { coverage: 0.95, dutiesLag: 0.2, trainingRate: 0.8 };

/** Today's date in China (school days are China dates), as YYYY-MM-DD. */
export const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Share of a term gone by on a China date: the first day counts 0, the last 1. */
export function termElapsedOn(today: string, startsOn: string, endsOn: string): number {
  const days = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400_000;
  const length = days(endsOn) - days(startsOn);
  return length > 0 ? Math.min(1, Math.max(0, (days(today) - days(startsOn)) / length)) : 1;
}

const rate = (n: number, of: number) => (of ? n / of : 1);

export function sumFigures(
  schools: { figures: StoredFigures | null; planFiled: boolean; trained?: number; mentorsTrained?: number | null }[],
): DashboardFigures {
  const reporting = schools.flatMap((s) => (s.figures ? [s.figures] : []));
  const sum = (k: keyof StoredFigures) => reporting.reduce((t, f) => t + (f[k] as number), 0);
  const covered = sum('studentsWithLeadMentor');
  const mentoring = sum('teachersMentoring');
  return Object.assign(new DashboardFigures(), {
    schools: schools.length,
    schoolsReporting: reporting.length,
    students: sum('students'),
    studentsWithLeadMentor: covered,
    coverage: rate(covered, sum('students')),
    teachers: sum('teachers'),
    teachersMentoring: mentoring,
    menteesPerMentor: mentoring ? covered / mentoring : 0,
    maxMenteesPerMentor: reporting.reduce((m, f) => Math.max(m, f.maxMenteesPerMentor), 0),
    mentorsAboveCap: sum('mentorsAboveCap'),
    homeVisitDone: sum('homeVisitDone'),
    talkDone: sum('talkDone'),
    writtenFeedbackDone: sum('writtenFeedbackDone'),
    allDutiesDone: sum('allDutiesDone'),
    // Sums of bands: what the schools' bands imply and nothing sharper, so totals, stage filters and
    // weeks add no constraint an analyst could subtract from (DISCLOSURE.md).
    attentionStudents: countBand(sumBands(reporting.map((f) => f.attentionStudents))),
    openCrisisAlerts: countBand(sumBands(reporting.map((f) => f.openCrisisAlerts))),
    schoolsWithOverdueCrisisAlert: reporting.filter((f) => f.hasOverdueCrisisAlert).length,
    plansFiled: schools.filter((s) => s.planFiled).length,
    teachersTrained: schools.reduce((t, s) => t + (s.trained ?? 0), 0),
    ...trainingOf(schools),
    evaluation: Object.assign(new EvaluationLevels(), {
      term: null,
      excellent: reporting.reduce((t, f) => t + (f.evaluation?.excellent ?? 0), 0),
      qualified: reporting.reduce((t, f) => t + (f.evaluation?.qualified ?? 0), 0),
      needsImprovement: reporting.reduce((t, f) => t + (f.evaluation?.needsImprovement ?? 0), 0),
    }),
  });
}

/** 培训完成率 over the schools whose snapshot named their mentors: trained mentors / those schools' mentors. */
function trainingOf(schools: { figures: StoredFigures | null; mentorsTrained?: number | null }[]): {
  mentorsTrained: number | null;
  trainingRate: number | null;
} {
  const known = schools.filter((s) => s.figures && s.mentorsTrained !== null && s.mentorsTrained !== undefined);
  if (!known.length) return { mentorsTrained: null, trainingRate: null };
  const trained = known.reduce((t, s) => t + s.mentorsTrained!, 0);
  return {
    mentorsTrained: trained,
    trainingRate: Math.min(
      1,
      rate(
        trained,
        known.reduce((t, s) => t + s.figures!.teachersMentoring, 0),
      ),
    ),
  };
}

/**
 * Each measure's gap below its threshold (shares; ≤ 0 when met). 成长寄语 is written at the term's end, so it only lags in
 * the last fifth.
 */
function gaps(f: StoredFigures, termElapsed: number, t: Thresholds, trainingRate: number | null) {
  const feedbackDue = termElapsed > 0.8 ? (termElapsed - 0.8) / 0.2 : 0;
  return {
    coverage: t.coverage - rate(f.studentsWithLeadMentor, f.students),
    duties: Math.max(
      ...[f.homeVisitDone, f.talkDone].map((done) => termElapsed - t.dutiesLag - rate(done, f.students)),
      feedbackDue - t.dutiesLag - rate(f.writtenFeedbackDone, f.students),
    ),
    training: trainingRate === null ? 0 : t.trainingRate - trainingRate,
  };
}

/** The largest gap below a threshold, in percentage points (one decimal), 0 when every threshold is met. */
export function shortfallOf(
  f: StoredFigures | null,
  termElapsed: number,
  t: Thresholds,
  trainingRate: number | null,
): number {
  if (!f) return 0;
  const g = gaps(f, termElapsed, t, trainingRate);
  return Math.round(Math.max(0, g.coverage, g.duties, g.training) * 1000) / 10;
}

export function flagsOf(
  f: StoredFigures | null,
  planFiled: boolean,
  termElapsed: number,
  t: Thresholds = DEFAULT_THRESHOLDS,
  trainingRate: number | null = null,
): SchoolFlag[] {
  const flags: SchoolFlag[] = [];
  if (!f) flags.push(SchoolFlag.NO_FIGURES);
  else {
    const g = gaps(f, termElapsed, t, trainingRate);
    if (g.coverage > 1e-9) flags.push(SchoolFlag.COVERAGE_BELOW_THRESHOLD);
    if (f.mentorsAboveCap > 0) flags.push(SchoolFlag.MENTOR_ABOVE_CAP);
    if (g.duties > 1e-9) flags.push(SchoolFlag.DUTIES_LAGGING);
    if (f.hasOverdueCrisisAlert) flags.push(SchoolFlag.CRISIS_OVERDUE);
  }
  if (!planFiled) flags.push(SchoolFlag.PLAN_NOT_FILED);
  if (f && trainingRate !== null && trainingRate < t.trainingRate - 1e-9) flags.push(SchoolFlag.TRAINING_BELOW_RATE);
  return flags;
}

function schoolFigures(f: StoredFigures, takenAt: Date, term: string): SchoolFigures {
  return Object.assign(new SchoolFigures(), {
    ...f,
    takenAt,
    term,
    coverage: rate(f.studentsWithLeadMentor, f.students),
    menteesPerMentor: f.teachersMentoring ? f.studentsWithLeadMentor / f.teachersMentoring : 0,
    attentionStudents: countBand(f.attentionStudents),
    openCrisisAlerts: countBand(f.openCrisisAlerts),
    evaluation: f.evaluation ? Object.assign(new EvaluationLevels(), f.evaluation) : null,
  });
}

/** 区教育局 dashboards, read from the ingested snapshots: two statements for any number of schools. */
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly now: () => Date,
  ) {}

  private get districtId(): string {
    if (this.principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
    return this.principal.districtId;
  }

  /** Share of the current term gone by, from the district's own calendar, on today's China date. */
  private async termProgress(): Promise<{ key: string | null; elapsed: number }> {
    const today = chinaDate(this.now());
    const [term]: { year: string; number: number; starts_on: string; ends_on: string }[] = await this.dataSource.query(
      `SELECT y.name AS year, t.number, t.starts_on::text, t.ends_on::text FROM term t JOIN academic_year y ON y.id = t.academic_year_id
        WHERE y.district_id = $1 AND t.starts_on <= $2::date ORDER BY t.starts_on DESC LIMIT 1`,
      [this.districtId, today],
    );
    if (!term) return { key: null, elapsed: 0 };
    return { key: `${term.year}-${term.number}`, elapsed: termElapsedOn(today, term.starts_on, term.ends_on) };
  }

  async dashboard(stage?: SchoolStage | null): Promise<DistrictDashboard> {
    const districtId = this.districtId;
    const [progress, rows] = await Promise.all([
      this.termProgress(),
      this.dataSource.query(
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
      this.dataSource.query(TRAINED_SQL, [districtId]) as Promise<
        { school_id: string; trained: number; mentors_trained: number | null }[]
      >,
      this.dataSource.query(
        'SELECT training_rate_percent AS training, coverage_threshold_percent AS coverage, duties_lag_points AS lag FROM district_policy WHERE district_id = $1',
        [districtId],
      ) as Promise<{ training: number; coverage: number; lag: number }[]>,
    ]);
    const trainedBy = new Map(trainedRows.map((t) => [t.school_id, t]));
    const thresholds: Thresholds = policy
      ? { coverage: policy.coverage / 100, dutiesLag: policy.lag / 100, trainingRate: policy.training / 100 }
      : DEFAULT_THRESHOLDS;
    const schools = rows.map((r) => {
      const trained = trainedBy.get(r.id)?.trained ?? 0;
      // A school without a trained teacher has no summary row: none of its named mentors is trained.
      const mentorsTrained = r.figures && r.names_mentors ? (trainedBy.get(r.id)?.mentors_trained ?? 0) : null;
      const trainingRate =
        r.figures && mentorsTrained !== null ? Math.min(1, rate(mentorsTrained, r.figures.teachersMentoring)) : null;
      return { ...r, planFiled: r.plan_filed_on !== null, trained, mentorsTrained, trainingRate };
    });
    const stages = [...new Set(schools.map((s) => s.stage))];
    return Object.assign(new DistrictDashboard(), {
      term: progress.key,
      termElapsed: progress.elapsed,
      totals: sumFigures(schools),
      byStage: stages.map((st) =>
        Object.assign(new StageFigures(), { stage: st, figures: sumFigures(schools.filter((s) => s.stage === st)) }),
      ),
      schools: schools.map((r) =>
        Object.assign(new SchoolDashboardRow(), {
          school: Object.assign(new School(), {
            id: r.id,
            name: r.name,
            code: r.code,
            stage: r.stage,
            districtId: r.district_id,
            planFiledOn: r.plan_filed_on,
          }),
          figures: r.figures && r.taken_at ? schoolFigures(r.figures, r.taken_at, r.term!) : null,
          planFiled: r.planFiled,
          teachersTrained: r.trained,
          mentorsTrained: r.mentorsTrained,
          trainingRate: r.trainingRate,
          flags: flagsOf(r.figures, r.planFiled, progress.elapsed, thresholds, r.trainingRate),
          shortfallPoints: shortfallOf(r.figures, progress.elapsed, thresholds, r.trainingRate),
        }),
      ),
    });
  }

  /** The district's figures week by week for a term (the current one by default). */
  async trends(term?: string | null, stage?: SchoolStage | null): Promise<TrendPoint[]> {
    const districtId = this.districtId;
    const key = term ?? (await this.termProgress()).key;
    const rows: { week: string; figures: StoredFigures; plan_filed_on: string | null }[] = await this.dataSource.query(
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
