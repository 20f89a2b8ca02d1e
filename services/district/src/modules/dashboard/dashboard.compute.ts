import { countBand, sumBands } from '@mentorship/graphql';

import { DashboardFigures, EvaluationLevels, SchoolFigures, SchoolFlag } from './dashboard.types';
import type { SchoolFigures as StoredFigures } from './metric-snapshot.entity';

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

/** A share, 1 when there is nothing to share. */
export const rate = (n: number, of: number) => (of ? n / of : 1);

/** What the sums read of one school. */
export interface SummedSchool {
  figures: StoredFigures | null;
  planFiled: boolean;
  trained?: number;
  mentorsTrained?: number | null;
}

export function sumFigures(schools: SummedSchool[]): DashboardFigures {
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

export function schoolFigures(f: StoredFigures, takenAt: Date, term: string): SchoolFigures {
  // One copy of the stored figures, then the derived fields: 300 rows per request make the extra spread count.
  const out: SchoolFigures = Object.assign(new SchoolFigures(), f);
  out.takenAt = takenAt;
  out.term = term;
  out.coverage = rate(f.studentsWithLeadMentor, f.students);
  out.menteesPerMentor = f.teachersMentoring ? f.studentsWithLeadMentor / f.teachersMentoring : 0;
  out.attentionStudents = countBand(f.attentionStudents);
  out.openCrisisAlerts = countBand(f.openCrisisAlerts);
  out.evaluation = f.evaluation ? Object.assign(new EvaluationLevels(), f.evaluation) : null;
  return out;
}
