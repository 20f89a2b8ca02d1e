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

export const entities = [SchoolTenant, Grade, Classroom, Teacher, Student, TeachingAssignment, Mentorship, MatchingRound, RoundMentor, MentorPreference, MentorDecision, MatchingOutcome, MatchingAdjustment];
