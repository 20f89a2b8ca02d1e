import { forbidden, Role, type Principal } from '@mentorship/auth';
import { countBand, sumBands } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';
import { School } from '../registry/school.entity';
import type { SchoolStage } from '../registry/school-stage';
import { DashboardFigures, DistrictDashboard, EvaluationLevels, SchoolDashboardRow, SchoolFigures, SchoolFlag, StageFigures, TrendPoint } from './dashboard.types';
import type { SchoolFigures as StoredFigures } from './metric-snapshot.entity';

/**
 * Per school: teachers (by staff number) who passed every required course of the school's stage,
 * kept up to date by triggers on every write (migration SchoolTrainingSummary).
 */
const TRAINED_SQL = `SELECT st.school_id, st.trained FROM school_training st JOIN school s ON s.id = st.school_id WHERE s.district_id = $1`;

/** How far behind the term's calendar a duty may be before the school is flagged. */
export const LAG_TOLERANCE = 0.2;

const rate = (n: number, of: number) => (of ? n / of : 1);

export function sumFigures(schools: { figures: StoredFigures | null; planFiled: boolean; trained?: number }[]): DashboardFigures {
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
    trainingRate: Math.min(1, rate(schools.reduce((t, s) => t + (s.trained ?? 0), 0), mentoring)),
    evaluation: Object.assign(new EvaluationLevels(), {
      term: null,
      excellent: reporting.reduce((t, f) => t + (f.evaluation?.excellent ?? 0), 0),
      qualified: reporting.reduce((t, f) => t + (f.evaluation?.qualified ?? 0), 0),
      needsImprovement: reporting.reduce((t, f) => t + (f.evaluation?.needsImprovement ?? 0), 0),
    }),
  });
}

export function flagsOf(f: StoredFigures | null, planFiled: boolean, termElapsed: number, training?: { rate: number | null; threshold: number }): SchoolFlag[] {
  const flags: SchoolFlag[] = [];
  if (!f) flags.push(SchoolFlag.NO_FIGURES);
  else {
    if (f.studentsWithLeadMentor < f.students) flags.push(SchoolFlag.COVERAGE_BELOW_FULL);
    if (f.mentorsAboveCap > 0) flags.push(SchoolFlag.MENTOR_ABOVE_CAP);
    // Home visits and talks are spread over the term; 成长寄语 is written at its end, so it only lags in the last fifth.
    const spread = [f.homeVisitDone, f.talkDone].some((done) => rate(done, f.students) < termElapsed - LAG_TOLERANCE);
    const feedbackLate = termElapsed > 0.8 && rate(f.writtenFeedbackDone, f.students) < (termElapsed - 0.8) / 0.2 - LAG_TOLERANCE;
    const behind = spread || feedbackLate;
    if (behind) flags.push(SchoolFlag.DUTIES_LAGGING);
    if (f.hasOverdueCrisisAlert) flags.push(SchoolFlag.CRISIS_OVERDUE);
  }
  if (!planFiled) flags.push(SchoolFlag.PLAN_NOT_FILED);
  if (training && training.rate !== null && training.rate < training.threshold) flags.push(SchoolFlag.TRAINING_BELOW_RATE);
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
  constructor(private readonly dataSource: DataSource, private readonly principal: Principal, private readonly now: () => Date) {}

  private get districtId(): string {
    if (this.principal.role !== Role.DISTRICT_ADMIN) throw forbidden();
    return this.principal.districtId;
  }

  /** Share of the current term gone by, from the district's own calendar. */
  private async termProgress(): Promise<{ key: string | null; elapsed: number }> {
    const [term]: { year: string; number: number; starts_on: string; ends_on: string }[] = await this.dataSource.query(
      `SELECT y.name AS year, t.number, t.starts_on::text, t.ends_on::text FROM term t JOIN academic_year y ON y.id = t.academic_year_id
        WHERE y.district_id = $1 AND t.starts_on <= $2::date ORDER BY t.starts_on DESC LIMIT 1`,
      [this.districtId, this.now()],
    );
    if (!term) return { key: null, elapsed: 0 };
    const start = Date.parse(term.starts_on);
    const end = Date.parse(term.ends_on);
    return { key: `${term.year}-${term.number}`, elapsed: Math.min(1, Math.max(0, (this.now().getTime() - start) / (end - start))) };
  }

  async dashboard(stage?: SchoolStage | null): Promise<DistrictDashboard> {
    const districtId = this.districtId;
    const [progress, rows] = await Promise.all([
      this.termProgress(),
      this.dataSource.query(
        `SELECT s.id, s.name, s.code, s.stage, s.district_id, s.plan_filed_on, l.taken_at, l.term, l.figures
           FROM school s LEFT JOIN school_metrics_latest l ON l.school_id = s.id
          WHERE s.district_id = $1 AND ($2::text IS NULL OR s.stage = $2) ORDER BY s.code`,
        [districtId, stage ?? null],
      ) as Promise<{ id: string; name: string; code: string; stage: SchoolStage; district_id: string; plan_filed_on: string | null; taken_at: Date | null; term: string | null; figures: StoredFigures | null }[]>,
    ]);
    const [trainedRows, [policy]] = await Promise.all([
      this.dataSource.query(TRAINED_SQL, [districtId]) as Promise<{ school_id: string; trained: number }[]>,
      this.dataSource.query('SELECT training_rate_percent / 100.0 AS threshold FROM district_policy WHERE district_id = $1', [districtId]) as Promise<{ threshold: number }[]>,
    ]);
    const trainedBy = new Map(trainedRows.map((t) => [t.school_id, t.trained]));
    const threshold = Number(policy?.threshold ?? 0.8);
    const schools = rows.map((r) => {
      const trained = trainedBy.get(r.id) ?? 0;
      const trainingRate = r.figures ? Math.min(1, rate(trained, r.figures.teachersMentoring)) : null;
      return { ...r, planFiled: r.plan_filed_on !== null, trained, trainingRate };
    });
    const stages = [...new Set(schools.map((s) => s.stage))];
    return Object.assign(new DistrictDashboard(), {
      term: progress.key,
      termElapsed: progress.elapsed,
      totals: sumFigures(schools),
      byStage: stages.map((st) => Object.assign(new StageFigures(), { stage: st, figures: sumFigures(schools.filter((s) => s.stage === st)) })),
      schools: schools.map((r) => Object.assign(new SchoolDashboardRow(), {
        school: Object.assign(new School(), { id: r.id, name: r.name, code: r.code, stage: r.stage, districtId: r.district_id, planFiledOn: r.plan_filed_on }),
        figures: r.figures && r.taken_at ? schoolFigures(r.figures, r.taken_at, r.term!) : null,
        planFiled: r.planFiled,
        teachersTrained: r.trained,
        trainingRate: r.trainingRate,
        flags: flagsOf(r.figures, r.planFiled, progress.elapsed, { rate: r.trainingRate, threshold }),
      })),
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
    for (const r of rows) (byWeek.get(r.week) ?? byWeek.set(r.week, []).get(r.week)!).push({ figures: r.figures, planFiled: r.plan_filed_on !== null });
    return [...byWeek].map(([week, schools]) => Object.assign(new TrendPoint(), { week, figures: sumFigures(schools) }));
  }
}
