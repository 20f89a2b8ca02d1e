import { forbidden, Role, type Principal } from '@mentorship/auth';
import { SMALL_GROUP_THRESHOLD, UserFacingError } from '@mentorship/graphql';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { parseTerm } from '../records/term';
import { Survey, SurveyAudience } from './survey.entity';

export interface SurveySummaryData {
  responses: number;
  suppressed: boolean;
  means: (number | null)[];
  comments: string[];
}

/** 问卷: anonymous feedback on the lead mentor, used only as aggregates of five answers or more. */
export class SurveyService {
  constructor(private readonly dataSource: DataSource, private readonly principal: Principal, private readonly now: () => Date) {}

  async open(input: { term: string; audience: SurveyAudience; questions: string[]; opensAt: Date; closesAt: Date }): Promise<Survey> {
    const schoolId = this.principal.schoolId;
    if (!schoolId) throw forbidden();
    if (!parseTerm(input.term)) throw new UserFacingError('INVALID_TERM', 'Term must look like 2026-2027-1.', 'term');
    if (!input.questions.length || input.questions.length > 20) throw new UserFacingError('INVALID_QUESTIONS', 'Ask 1 to 20 questions.', 'questions');
    input.questions.forEach((q, i) => { if (!q.trim()) throw new UserFacingError('REQUIRED', 'A question cannot be empty.', `questions[${i}]`); });
    if (!(input.closesAt > input.opensAt)) throw new UserFacingError('INVALID_WINDOW', 'The survey must close after it opens.', 'closesAt');
    return this.dataSource.transaction(async (m) => {
      const exists = await m.query('SELECT 1 FROM survey WHERE school_id = $1 AND term = $2 AND audience = $3', [schoolId, input.term, input.audience]);
      if (exists.length) throw new UserFacingError('SURVEY_EXISTS', `A ${input.audience.toLowerCase()} survey for ${input.term} exists already.`, 'audience');
      const survey = Object.assign(new Survey(), { id: randomUUID(), schoolId, term: input.term, audience: input.audience, questions: input.questions.map((q) => q.trim()), opensAt: input.opensAt, closesAt: input.closesAt });
      await m.getRepository(Survey).insert(survey);
      return survey;
    });
  }

  /** Surveys open now for the caller: students answer the student survey, guardians the parent one. */
  async openFor(): Promise<Survey[]> {
    const audience = this.principal.role === Role.STUDENT ? SurveyAudience.STUDENT : this.principal.role === Role.GUARDIAN ? SurveyAudience.PARENT : null;
    if (!audience || !this.principal.schoolId) throw forbidden();
    return this.dataSource.getRepository(Survey).createQueryBuilder('s')
      .where('s.school_id = :schoolId AND s.audience = :audience AND s.opens_at <= :now AND s.closes_at > :now', { schoolId: this.principal.schoolId, audience, now: this.now() }).getMany();
  }

  /** One answer per respondent, about the student's current lead mentor, which the service works out itself. */
  async submit(input: { surveyId: string; scores: number[]; comment?: string | null }): Promise<void> {
    const studentId = this.principal.role === Role.STUDENT ? this.principal.personId : this.principal.role === Role.GUARDIAN ? this.principal.studentId : null;
    const audience = this.principal.role === Role.STUDENT ? SurveyAudience.STUDENT : SurveyAudience.PARENT;
    if (!studentId || !this.principal.schoolId) throw forbidden();
    await this.dataSource.transaction(async (m) => {
      const survey = await m.getRepository(Survey).findOneBy({ id: input.surveyId, schoolId: this.principal.schoolId!, audience });
      if (!survey) throw new UserFacingError('NOT_FOUND', 'No such survey for you.', 'surveyId');
      const now = this.now();
      if (now < survey.opensAt || now >= survey.closesAt) throw new UserFacingError('SURVEY_CLOSED', 'The survey is not open.', 'surveyId');
      if (input.scores.length !== survey.questions.length) throw new UserFacingError('WRONG_ANSWER_COUNT', `Answer all ${survey.questions.length} questions.`, 'scores');
      input.scores.forEach((s, i) => { if (!Number.isInteger(s) || s < 1 || s > 5) throw new UserFacingError('SCORE_OUT_OF_RANGE', 'Answer with 1 to 5.', `scores[${i}]`); });
      if ((input.comment?.length ?? 0) > 1000) throw new UserFacingError('TOO_LONG', 'Keep the comment under 1,000 characters.', 'comment');
      const [lead] = await m.query(`SELECT mentor_id FROM mentorship WHERE student_id = $1 AND school_id = $2 AND role = 'LEAD' AND ended_on IS NULL`, [studentId, this.principal.schoolId]);
      if (!lead) throw new UserFacingError('NO_MENTOR', 'There is no mentor to give feedback on yet.', 'surveyId');
      const receipt = await m.query('INSERT INTO survey_receipt (survey_id, respondent_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING survey_id', [survey.id, this.principal.personId]);
      if (!receipt.length) throw new UserFacingError('ALREADY_ANSWERED', 'You have answered this survey already.', 'surveyId');
      await m.query('INSERT INTO survey_response (id, survey_id, school_id, mentor_id, scores, comment) VALUES ($1, $2, $3, $4, $5, $6)', [randomUUID(), survey.id, survey.schoolId, lead.mentor_id, input.scores, input.comment?.trim() || null]);
    });
  }

  /** What a mentor sees of the feedback on them: means and comments, only from five answers up, in no order. */
  async summaryFor(mentorId: string, term: string, audience: SurveyAudience): Promise<SurveySummaryData & { questions: string[] }> {
    const [survey] = await this.dataSource.getRepository(Survey).findBy({ schoolId: this.principal.schoolId ?? '', term, audience });
    if (!survey) return { questions: [], responses: 0, suppressed: false, means: [], comments: [] };
    const rows: { scores: number[]; comment: string | null }[] = await this.dataSource.query('SELECT scores, comment FROM survey_response WHERE survey_id = $1 AND mentor_id = $2', [survey.id, mentorId]);
    if (rows.length < SMALL_GROUP_THRESHOLD) return { questions: survey.questions, responses: rows.length, suppressed: true, means: survey.questions.map(() => null), comments: [] };
    const means = survey.questions.map((_, i) => Math.round((rows.reduce((s, r) => s + r.scores[i], 0) / rows.length) * 100) / 100);
    const comments = rows.flatMap((r) => (r.comment ? [r.comment] : [])).sort();
    return { questions: survey.questions, responses: rows.length, suppressed: false, means, comments };
  }
}
