import { CountBand } from '@mentorship/graphql';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { School } from '../registry/school.entity';
import { SchoolStage } from '../registry/school-stage';

export enum SchoolFlag {
  COVERAGE_BELOW_THRESHOLD = 'COVERAGE_BELOW_THRESHOLD',
  MENTOR_ABOVE_CAP = 'MENTOR_ABOVE_CAP',
  DUTIES_LAGGING = 'DUTIES_LAGGING',
  CRISIS_OVERDUE = 'CRISIS_OVERDUE',
  PLAN_NOT_FILED = 'PLAN_NOT_FILED',
  TRAINING_BELOW_RATE = 'TRAINING_BELOW_RATE',
  NO_FIGURES = 'NO_FIGURES',
}
registerEnumType(SchoolFlag, {
  name: 'SchoolFlag',
  description:
    'Why a school is highlighted, against the thresholds of the district’s policy: coverage under its ' +
    'coverage threshold, a mentor above the cap, home visits or talks more than its lag points behind ' +
    'the share of the term gone by (成长寄语: behind in the term’s last fifth), an overdue crisis alert, no ' +
    'plan (一校一策) filed, mentors’ required training below the district’s rate, or no figures received ' +
    'yet.',
});

@ObjectType({ description: 'Mentors by evaluation level (优秀 / 合格 / 待改进).' })
export class EvaluationLevels {
  @Field(() => String, { nullable: true, description: 'The term evaluated (one school); null for sums over schools.' })
  term: string | null;
  @Field(() => Int) excellent: number;
  @Field(() => Int) qualified: number;
  @Field(() => Int) needsImprovement: number;
}

@ObjectType({ description: 'Figures summed over a set of schools.' })
export class DashboardFigures {
  @Field(() => Int) schools: number;
  @Field(() => Int, { description: 'Schools whose figures have arrived.' }) schoolsReporting: number;
  @Field(() => Int) students: number;
  @Field(() => Int) studentsWithLeadMentor: number;
  @Field(() => Float) coverage: number;
  @Field(() => Int) teachers: number;
  @Field(() => Int) teachersMentoring: number;
  @Field(() => Float, { description: 'Students with a lead mentor per mentoring teacher (mean ratio).' })
  menteesPerMentor: number;
  @Field(() => Int) maxMenteesPerMentor: number;
  @Field(() => Int, { description: 'Must be 0.' }) mentorsAboveCap: number;
  @Field(() => Int) homeVisitDone: number;
  @Field(() => Int) talkDone: number;
  @Field(() => Int) writtenFeedbackDone: number;
  @Field(() => Int) allDutiesDone: number;
  @Field(() => CountBand, { description: 'Students in an attention category: the sum of the schools’ bands.' })
  attentionStudents: CountBand;
  @Field(() => CountBand, { description: 'Crisis alerts not closed: the sum of the schools’ bands.' })
  openCrisisAlerts: CountBand;
  @Field(() => Int) schoolsWithOverdueCrisisAlert: number;
  @Field(() => Int, { description: 'Schools with their plan (一校一策) filed.' }) plansFiled: number;
  @Field(() => EvaluationLevels, { description: 'Over the schools that published an evaluation.' })
  evaluation: EvaluationLevels;
  @Field(() => Int, { description: 'Teachers who passed every required course of their stage.' })
  teachersTrained: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Mentors (teachers mentoring at the latest snapshot) who passed every required course; over the ' +
      'schools that sent their mentors.',
  })
  mentorsTrained: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '培训完成率: mentors trained / mentors, over the schools that sent their mentors; null when none did.',
  })
  trainingRate: number | null;
}

@ObjectType()
export class StageFigures {
  @Field(() => SchoolStage) stage: SchoolStage;
  @Field(() => DashboardFigures) figures: DashboardFigures;
}

@ObjectType({ description: 'One school’s latest figures as its school service reported them.' })
export class SchoolFigures {
  @Field() takenAt: Date;
  @Field() term: string;
  @Field(() => Int) students: number;
  @Field(() => Int) studentsWithLeadMentor: number;
  @Field(() => Float) coverage: number;
  @Field(() => Int) teachers: number;
  @Field(() => Int) teachersMentoring: number;
  @Field(() => Float) menteesPerMentor: number;
  @Field(() => Int) maxMenteesPerMentor: number;
  @Field(() => Int) mentorsAboveCap: number;
  @Field(() => Int) homeVisitDone: number;
  @Field(() => Int) talkDone: number;
  @Field(() => Int) writtenFeedbackDone: number;
  @Field(() => Int) allDutiesDone: number;
  @Field(() => CountBand, { description: 'Students in an attention category, as a band.' })
  attentionStudents: CountBand;
  @Field(() => CountBand, { description: 'Crisis alerts not closed, as a band.' }) openCrisisAlerts: CountBand;
  @Field({ description: 'Whether any crisis alert waits beyond the school’s pick-up time.' })
  hasOverdueCrisisAlert: boolean;
  @Field(() => EvaluationLevels, {
    nullable: true,
    description: 'The latest published evaluation; null before the first.',
  })
  evaluation: EvaluationLevels | null;
}

@ObjectType()
export class SchoolDashboardRow {
  @Field(() => School) school: School;
  @Field(() => SchoolFigures, { nullable: true, description: 'Null until the school’s first snapshot arrives.' })
  figures: SchoolFigures | null;
  @Field() planFiled: boolean;
  @Field(() => Int, { description: 'Teachers who passed every required course of the school’s stage.' })
  teachersTrained: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Of the teachers mentoring at the latest snapshot, those who passed every required course; null when unknown.',
  })
  mentorsTrained: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '培训完成率: mentorsTrained / teachers mentoring; null before a snapshot that names the mentors.',
  })
  trainingRate: number | null;
  @Field(() => [SchoolFlag]) flags: SchoolFlag[];
  @Field(() => Float, {
    description:
      'How far below the policy’s thresholds the school is: the largest gap in percentage points ' +
      '(coverage, training, home visits or talks against the term); 0 when it meets them all.',
  })
  shortfallPoints: number;
}

@ObjectType({ description: '区教育局 dashboard: counts only, from the schools’ aggregate snapshots.' })
export class DistrictDashboard {
  @Field(() => String, { nullable: true, description: 'The term of the figures, e.g. 2026-2027-1.' }) term:
    string | null;
  @Field(() => Float, { description: 'Share of the term gone by (0–1), against which duties are judged.' })
  termElapsed: number;
  @Field(() => DashboardFigures) totals: DashboardFigures;
  @Field(() => [StageFigures]) byStage: StageFigures[];
  @Field(() => [SchoolDashboardRow]) schools: SchoolDashboardRow[];
}

@ObjectType({ description: 'The district’s figures at the end of one week.' })
export class TrendPoint {
  @Field({ description: 'Monday of the week (China time), YYYY-MM-DD.' }) week: string;
  @Field(() => DashboardFigures) figures: DashboardFigures;
}
