import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { SMALL_GROUP_THRESHOLD, UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { blindSign, generateBallotKey, InvalidBlindedMessage, privateKeyOf } from './blind-signature';
import { Survey, SurveyAudience, SurveyBallotKey } from './survey.entity';
import { meansOf, type SurveySummaryData, validateSurveyInput, withheldSummary } from './survey.summary';
import { ballotBoxFor } from './survey-ballot-box';
import { fromBase64Url, submitSurveyAnswer, type SurveySubmission } from './survey-submission';

export type { SurveySummaryData } from './survey.summary';

/**
 * 问卷: feedback on the lead mentor. The signed-in respondent gets one blindly signed ballot
 * (this class); the answer comes later with the ballot and no identity (survey-submission.ts).
 * Results exist only after close, from 5 answers up, and never change once sealed.
 */
export class SurveyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  async open(input: {
    term: string;
    audience: SurveyAudience;
    questions: string[];
    opensAt: Date;
    closesAt: Date;
  }): Promise<Survey> {
    const schoolId = this.caller.principal.schoolId;
    if (!schoolId) throw forbidden();
    validateSurveyInput(input);
    return inTransaction(this.dataSource, async (m) => {
      const exists = await m.query('SELECT 1 FROM survey WHERE school_id = $1 AND term = $2 AND audience = $3', [
        schoolId,
        input.term,
        input.audience,
      ]);
      if (exists.length)
        throw new UserFacingError(
          'SURVEY_EXISTS',
          `A ${input.audience.toLowerCase()} survey for ${input.term} exists already.`,
          'audience',
        );
      const survey = Object.assign(new Survey(), {
        id: randomUUID(),
        schoolId,
        term: input.term,
        audience: input.audience,
        questions: input.questions.map((q) => q.trim()),
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        sealed: false,
      });
      await m.getRepository(Survey).insert(survey);
      return survey;
    });
  }

  /** Students answer the student survey, guardians the parent one, about the student's lead mentor. */
  private respondent(): { audience: SurveyAudience; studentId: string; schoolId: string } {
    const { role, personId, studentId, schoolId } = this.caller.principal;
    const student = role === Role.STUDENT ? personId : role === Role.GUARDIAN ? studentId : null;
    if (!student || !schoolId) throw forbidden();
    return {
      audience: role === Role.STUDENT ? SurveyAudience.STUDENT : SurveyAudience.PARENT,
      studentId: student,
      schoolId,
    };
  }

  /** Surveys open now for the caller. */
  async openFor(): Promise<Survey[]> {
    const { audience, schoolId } = this.respondent();
    return this.dataSource
      .getRepository(Survey)
      .createQueryBuilder('s')
      .where('s.school_id = :schoolId AND s.audience = :audience AND s.opens_at <= :now AND s.closes_at > :now', {
        schoolId,
        audience,
        now: this.now(),
      })
      .getMany();
  }

  private async leadMentorOf(studentId: string, schoolId: string): Promise<string | null> {
    const [lead] = await this.dataSource.query(
      `SELECT mentor_id FROM mentorship WHERE student_id = $1 AND school_id = $2 AND role = 'LEAD'
       AND ended_on IS NULL`,
      [studentId, schoolId],
    );
    return lead?.mentor_id ?? null;
  }

  /**
   * The key the caller's ballot is signed with: the survey's key for their lead mentor, made
   * on first use. Every respondent of that mentor gets the same key (compare it with a
   * classmate's to check the service does not hand out a key per person). Null when the survey
   * is not open for the caller or there is no mentor to answer about.
   */
  async ballotKeyFor(survey: Survey): Promise<SurveyBallotKey | null> {
    const { audience, studentId, schoolId } = this.respondent();
    const now = this.now();
    if (survey.schoolId !== schoolId || survey.audience !== audience || now < survey.opensAt || now >= survey.closesAt)
      return null;
    const mentorId = await this.leadMentorOf(studentId, schoolId);
    if (!mentorId) return null;
    const repo = this.dataSource.getRepository(SurveyBallotKey);
    const existing = await repo.findOneBy({ surveyId: survey.id, mentorId });
    if (existing) return existing;
    const material = await generateBallotKey();
    await this.dataSource.query(
      `INSERT INTO survey_ballot_key (id, survey_id, mentor_id, modulus, public_exponent, private_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (survey_id, mentor_id) DO NOTHING`,
      [randomUUID(), survey.id, mentorId, material.modulus, material.publicExponent, material.privateKey],
    );
    return repo.findOneByOrFail({ surveyId: survey.id, mentorId });
  }

  /**
   * One ballot per respondent per survey: records that the caller was given one (the receipt)
   * and signs their blinded message with their mentor's key. The service never sees the
   * ballot itself, so it cannot recognise it when it comes back with an answer.
   */
  async requestBallot(input: {
    surveyId: string;
    ballotKeyId: string;
    blindedMessage: string;
  }): Promise<{ blindSignature: string }> {
    const { audience, studentId, schoolId } = this.respondent();
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: input.surveyId, schoolId, audience });
    if (!survey) throw new UserFacingError('NOT_FOUND', 'No such survey for you.', 'surveyId');
    const now = this.now();
    if (now < survey.opensAt || now >= survey.closesAt)
      throw new UserFacingError('SURVEY_CLOSED', 'The survey is not open.', 'surveyId');
    const mentorId = await this.leadMentorOf(studentId, schoolId);
    if (!mentorId) throw new UserFacingError('NO_MENTOR', 'There is no mentor to give feedback on yet.', 'surveyId');
    const key = await this.dataSource.getRepository(SurveyBallotKey).findOneBy({ surveyId: survey.id, mentorId });
    if (!key || key.id !== input.ballotKeyId || !key.privateKey)
      throw new UserFacingError(
        'KEY_CHANGED',
        'This is not the key for your mentor: read the survey’s ballot key again.',
        'ballotKeyId',
      );
    const blinded = fromBase64Url(input.blindedMessage, 'blindedMessage', 1024);
    return inTransaction(this.dataSource, async (m) => {
      const receipt = await m.query(
        'INSERT INTO survey_receipt (survey_id, respondent_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING ' +
          'survey_id',
        [survey.id, this.caller.principal.personId],
      );
      if (!receipt.length)
        throw new UserFacingError(
          'ALREADY_HAS_BALLOT',
          'You have been given your ballot for this survey already.',
          'surveyId',
        );
      try {
        return { blindSignature: blindSign(privateKeyOf(key.privateKey!), blinded).toString('base64url') };
      } catch (error) {
        if (error instanceof InvalidBlindedMessage)
          throw new UserFacingError(
            'INVALID_BLINDED_MESSAGE',
            'The blinded message does not fit the key.',
            'blindedMessage',
          );
        throw error;
      }
    });
  }

  /**
   * An answer with a ballot. Deliberately passes on no caller: the answer is taken on the ballot alone, so nothing can
   * tie it to whoever sent it (survey-submission.ts).
   */
  submitAnswer(input: SurveySubmission): Promise<{ status: 'QUEUED' }> {
    return submitSurveyAnswer(this.dataSource, this.now(), input);
  }

  /** School admin: the school's surveys, latest term first. */
  async ofSchool(): Promise<Survey[]> {
    if (!this.caller.principal.schoolId) throw forbidden();
    return this.dataSource
      .getRepository(Survey)
      .find({ where: { schoolId: this.caller.principal.schoolId }, order: { term: 'DESC', audience: 'ASC' } });
  }

  /**
   * What the school admin sees of a survey: like a mentor's summary, over every mentor of the
   * school, and without comments (free text about one mentor, possibly naming a child).
   */
  async schoolSummaryOf(survey: Survey): Promise<Omit<SurveySummaryData, 'comments'> & { questions: string[] }> {
    const withheld = (closed: boolean) => withheldSummary(survey.questions, closed);
    if (survey.schoolId !== this.caller.principal.schoolId) throw forbidden();
    if (this.now() < survey.closesAt) return withheld(false);
    if (!survey.sealed) await ballotBoxFor(this.dataSource).seal(survey.id);
    const rows: { scores: number[] }[] = await this.dataSource.query(
      'SELECT scores FROM survey_response WHERE survey_id = $1',
      [survey.id],
    );
    if (rows.length < SMALL_GROUP_THRESHOLD) return withheld(true);
    const means = meansOf(survey.questions, rows);
    return { questions: survey.questions, closed: true, responses: rows.length, suppressed: false, means };
  }

  /**
   * What a mentor sees of the feedback on them: nothing while the survey is open (reading at
   * 5 and at 6 answers would give the 6th away), and after close the sealed answers' means
   * and comments, from 5 answers up, comments in alphabetical order.
   */
  async summaryFor(
    mentorId: string,
    term: string,
    audience: SurveyAudience,
  ): Promise<SurveySummaryData & { questions: string[] }> {
    const withheld = (questions: string[], closed: boolean) => ({
      ...withheldSummary(questions, closed),
      comments: [],
    });
    let [survey] = await this.dataSource
      .getRepository(Survey)
      .findBy({ schoolId: this.caller.principal.schoolId ?? '', term, audience });
    if (!survey) return withheld([], false);
    if (this.now() < survey.closesAt) return withheld(survey.questions, false);
    if (!survey.sealed) {
      await ballotBoxFor(this.dataSource).seal(survey.id);
      survey = (await this.dataSource.getRepository(Survey).findOneBy({ id: survey.id }))!;
    }
    const rows: { scores: number[]; comment: string | null }[] = await this.dataSource.query(
      'SELECT scores, comment FROM survey_response WHERE survey_id = $1 AND mentor_id = $2',
      [survey.id, mentorId],
    );
    if (rows.length < SMALL_GROUP_THRESHOLD) return withheld(survey.questions, true);
    const means = meansOf(survey.questions, rows);
    const comments = rows.flatMap((r) => (r.comment ? [r.comment] : [])).sort();
    return { questions: survey.questions, closed: true, responses: rows.length, suppressed: false, means, comments };
  }
}
