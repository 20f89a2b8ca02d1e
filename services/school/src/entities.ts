import { MatchingAdjustment, MatchingOutcome } from './modules/matching/matching-outcome.entity';
import { MatchingRound } from './modules/matching/matching-round.entity';
import { MentorDecision, MentorPreference } from './modules/matching/mentor-preference.entity';
import { RoundMentor } from './modules/matching/round-mentor.entity';
import { Mentorship } from './modules/mentorship/mentorship.entity';
import { Classroom } from './modules/roster/classroom.entity';
import { Grade } from './modules/roster/grade.entity';
import { SchoolTenant } from './modules/roster/school-tenant.entity';
import { Student } from './modules/roster/student.entity';
import { Teacher } from './modules/roster/teacher.entity';
import { TeachingAssignment } from './modules/roster/teaching-assignment.entity';

import { AttentionFlag } from './modules/archive/attention-flag.entity';
import { GrowthArchive } from './modules/archive/growth-archive.entity';
import { CaseConsultation, ConsultationDecision, ConsultationTask } from './modules/consultation/case-consultation.entity';
import { CrisisAlert, CrisisAlertEvent } from './modules/crisis/crisis-alert.entity';
import { EvaluationCycle, EvaluationEntry, EvaluationResult } from './modules/evaluation/evaluation.entity';
import { Survey, SurveyBallotKey, SurveyReceipt, SurveyResponse, SurveySpentBallot } from './modules/evaluation/survey.entity';
import { RosterImport } from './modules/roster-import/roster-import.entity';
import { MentorStatusChange } from './modules/certification/mentor-status-change.entity';
import { OutboxMessage } from './modules/metrics/outbox-message.entity';
import { AccessLogRow, AccessReviewRow } from './modules/privacy/access-log.entity';
import { DutyRule } from './modules/records/duty-rule.entity';
import { MentorRecord, RecordStudent } from './modules/records/mentor-record.entity';
import { NotificationChannel, NotificationPreference, NotificationSettingsRow } from './modules/notifications/notification-channel.entity';
import { InAppNotification, NotificationAttempt, NotificationDelivery, NotificationRead } from './modules/notifications/notification-delivery.entity';
import { TermCloseRow } from './modules/term-close/term-close.entity';
import { Recognition } from './modules/recognition/recognition.entity';

export const entities = [SchoolTenant, Grade, Classroom, Teacher, Student, TeachingAssignment, Mentorship, MatchingRound, RoundMentor, MentorPreference, MentorDecision, MatchingOutcome, MatchingAdjustment,
  GrowthArchive, AttentionFlag, MentorRecord, RecordStudent, DutyRule, CrisisAlert, CrisisAlertEvent, CaseConsultation, ConsultationDecision, ConsultationTask, AccessLogRow, AccessReviewRow, OutboxMessage,
  EvaluationCycle, EvaluationEntry, EvaluationResult, Survey, SurveyResponse, SurveyReceipt, SurveyBallotKey, SurveySpentBallot, RosterImport, MentorStatusChange,
  NotificationChannel, NotificationSettingsRow, NotificationPreference, NotificationDelivery, NotificationAttempt, InAppNotification, NotificationRead,
  TermCloseRow, Recognition];
