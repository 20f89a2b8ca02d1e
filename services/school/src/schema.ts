import { buildSubgraph } from '@mentorship/graphql';
import type { GraphQLSchema } from 'graphql';
import { MatchingAdjustmentResolver, MatchingOutcomeResolver, MatchingRoundResolver } from './modules/matching/matching-round.resolver';
import { MatchingResolver } from './modules/matching/matching.resolver';
import { MentorshipResolver } from './modules/mentorship/mentorship.resolver';
import { ClassroomResolver } from './modules/roster/classroom.resolver';
import { GradeResolver } from './modules/roster/grade.resolver';
import { RosterResolver } from './modules/roster/roster.resolver';
import { StudentResolver } from './modules/roster/student.resolver';
import { TeacherResolver } from './modules/roster/teacher.resolver';
import { TeachingAssignmentResolver } from './modules/roster/teaching-assignment.resolver';
import { SchoolResolver } from './modules/school/school.resolver';
import { referenceResolvers } from './modules/school/school.reference';
import { School } from './modules/school/school.type';
import { permissions } from './permissions';
import { AttentionFlagResolver, GrowthArchiveResolver, StudentArchiveResolver } from './modules/archive/archive.resolver';
import { CaseConsultationResolver, ConsultationDecisionResolver, ConsultationTaskResolver, StudentConsultationResolver } from './modules/consultation/consultation.resolver';
import { CrisisAlertEventResolver, CrisisAlertResolver, StudentCrisisResolver } from './modules/crisis/crisis.resolver';
import { MeResolver } from './modules/me/me.resolver';
import { SchoolSettingsResolver } from './modules/settings/school-settings.resolver';
import { RosterImportResolver } from './modules/roster-import/roster-import.resolver';
import { CertificationResolver } from './modules/certification/certification.resolver';
import { EvaluationCycleResolver, MeEvaluationResolver, SurveyResolver } from './modules/evaluation/evaluation.resolver';
import { ClassroomMetricsResolver, GradeMetricsResolver, SchoolMetricsResolver } from './modules/metrics/metrics.resolver';
import { AccessLogDayResolver, AccessLogResolver, AccessReviewEntryResolver, AccessReviewNoticeResolver, AccessReviewResolver, SchoolAccessReviewsResolver } from './modules/privacy/access-log.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { TermCloseResolver } from './modules/term-close/term-close.resolver';
import { RecognitionResolver } from './modules/recognition/recognition.resolver';
import { TeacherGrowthResolver } from './modules/growth/growth.resolver';
import { StudentTrajectoryResolver } from './modules/trajectory/trajectory.resolver';
import { ClassroomDutiesResolver, GradeDutiesResolver, MentorRecordResolver, StudentRecordsResolver } from './modules/records/records.resolver';

/** The school subgraph: type-graphql → federation → shield. */
export function buildSchoolSchema(): Promise<GraphQLSchema> {
  return buildSubgraph({
    resolvers: [RosterResolver, GradeResolver, ClassroomResolver, TeacherResolver, StudentResolver, TeachingAssignmentResolver, MentorshipResolver, SchoolResolver, MatchingResolver, MatchingRoundResolver, MatchingOutcomeResolver, MatchingAdjustmentResolver,
      StudentArchiveResolver, GrowthArchiveResolver, AttentionFlagResolver, StudentRecordsResolver, GradeDutiesResolver, ClassroomDutiesResolver, MentorRecordResolver,
      StudentCrisisResolver, CrisisAlertResolver, CrisisAlertEventResolver, StudentConsultationResolver, CaseConsultationResolver, ConsultationDecisionResolver, ConsultationTaskResolver,
      AccessLogResolver, AccessLogDayResolver, AccessReviewEntryResolver, AccessReviewNoticeResolver, AccessReviewResolver, SchoolAccessReviewsResolver, MeResolver, GradeMetricsResolver, ClassroomMetricsResolver, SchoolMetricsResolver,
      EvaluationCycleResolver, SurveyResolver, MeEvaluationResolver, SchoolSettingsResolver, RosterImportResolver, CertificationResolver, NotificationsResolver,
      EvaluationCycleResolver, SurveyResolver, MeEvaluationResolver, SchoolSettingsResolver, RosterImportResolver, CertificationResolver,
      TermCloseResolver, RecognitionResolver, TeacherGrowthResolver, StudentTrajectoryResolver],
    orphanedTypes: [School],
    referenceResolvers,
    permissions,
    // Counts only, returned by fields shield guards (metrics, dutyCompletion, termDuties).
    valueTypes: ['GroupMetrics', 'SchoolMetrics', 'CountBand', 'DutyCompletion', 'TermDuties'],
  });
}
