import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction, type Page, type PageRequest } from '@mentorship/db';
import { paginateForClient, UserFacingError } from '@mentorship/graphql';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../../context';
import { evaluationTemplateOf } from '../certification/district-access';
import { parseTerm } from '../records/term';
import { computeResults, type MentorResult } from './evaluation.compute';
import { EvaluationCycle, EvaluationResult, EvaluationStatus } from './evaluation.entity';
import type { OpenCycleInput } from './evaluation.types';
import { ComputedItem, DEFAULT_RUBRIC, EvaluationParty, type RubricItem, RubricSource } from './rubric';
import { sealClosedSurveys } from './survey-ballot-box';

/** 考核 cycles: open with the template (or the school's adaptation), enter scores, publish frozen results. */
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get schoolId(): string {
    if (!this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  private async cycle(m: EntityManager, cycleId: string, lock = false): Promise<EvaluationCycle> {
    const q = m
      .getRepository(EvaluationCycle)
      .createQueryBuilder('c')
      .where('c.id = :cycleId AND c.school_id = :schoolId', { cycleId, schoolId: this.schoolId });
    const cycle = await (lock ? q.setLock('pessimistic_write') : q).getOne();
    if (!cycle) throw new UserFacingError('NOT_FOUND', 'No such evaluation cycle in your school.', 'cycleId');
    return cycle;
  }

  /** The school's cycles, latest term first (one per term, so the term is the cursor). */
  cycles(request: PageRequest): Promise<Page<EvaluationCycle>> {
    const query = this.dataSource.getRepository(EvaluationCycle).createQueryBuilder('c');
    query.where('c.school_id = :schoolId', { schoolId: this.caller.principal.schoolId ?? '' });
    return paginateForClient(query, request, { column: 'c.term', value: (c) => c.term, descending: true });
  }

  async open(input: OpenCycleInput): Promise<EvaluationCycle> {
    if (!parseTerm(input.term)) throw new UserFacingError('INVALID_TERM', 'Term must look like 2026-2027-1.', 'term');
    // The district's template (考核模板) is the starting point; the platform default when it has none.
    const districtTemplate = (await evaluationTemplateOf(this.caller.district, this.schoolId)) as RubricItem[] | null;
    const template = districtTemplate ?? [...DEFAULT_RUBRIC];
    const rubric = input.rubric?.length ? input.rubric : template;
    const keys = new Set<string>();
    rubric.forEach((item, i) => {
      if (keys.has(item.key))
        throw new UserFacingError('DUPLICATE_ITEM', `Item ${item.key} appears twice.`, `rubric[${i}].key`);
      keys.add(item.key);
      if (!(item.weight > 0 && item.weight <= 100))
        throw new UserFacingError('INVALID_WEIGHT', 'A weight is more than 0 and at most 100.', `rubric[${i}].weight`);
      if (item.source === RubricSource.COMPUTED && !(Object.values(ComputedItem) as string[]).includes(item.key)) {
        throw new UserFacingError(
          'UNKNOWN_COMPUTED_ITEM',
          `The platform computes only ${Object.values(ComputedItem).join(', ')}; enter other items.`,
          `rubric[${i}].key`,
        );
      }
      if (
        item.source === RubricSource.ENTERED &&
        ![EvaluationParty.SELF, EvaluationParty.COLLEAGUE, EvaluationParty.SCHOOL].includes(item.party)
      ) {
        throw new UserFacingError(
          'INVALID_PARTY',
          'Entered items are scored by SELF, COLLEAGUE or SCHOOL.',
          `rubric[${i}].party`,
        );
      }
    });
    const total = rubric.reduce((s, i) => s + i.weight, 0);
    if (Math.abs(total - 100) > 1e-6)
      throw new UserFacingError('WEIGHTS_NOT_100', `Weights add up to ${total}, not 100.`, 'rubric');
    const comparable = (items: RubricItem[]) =>
      JSON.stringify(items.map(({ key, label, weight, source, party }) => [key, label, weight, source, party]));
    const changed = comparable(rubric) !== comparable(template);
    if (changed && !input.adaptationNote?.trim())
      throw new UserFacingError(
        'ADAPTATION_NOTE_REQUIRED',
        'Say why the school changes the district template; it is recorded.',
        'adaptationNote',
      );
    const qualifiedMin = input.qualifiedMin ?? 60;
    const excellentMin = input.topExcellent ? null : (input.excellentMin ?? 85);
    if (excellentMin !== null && excellentMin <= qualifiedMin)
      throw new UserFacingError(
        'INVALID_THRESHOLDS',
        'The excellent threshold must be above the qualified one.',
        'excellentMin',
      );
    return inTransaction(this.dataSource, async (m) => {
      const existing = 'SELECT 1 FROM evaluation_cycle WHERE school_id = $1 AND term = $2';
      const exists = await m.query(existing, [this.schoolId, input.term]);
      if (exists.length)
        throw new UserFacingError(
          'CYCLE_EXISTS',
          `Your school already has an evaluation cycle for ${input.term}.`,
          'term',
        );
      const cycle = Object.assign(new EvaluationCycle(), {
        id: randomUUID(),
        schoolId: this.schoolId,
        term: input.term,
        status: EvaluationStatus.OPEN,
        rubric,
        adaptationNote: changed ? input.adaptationNote!.trim() : null,
        excellentMin,
        qualifiedMin,
        topExcellent: input.topExcellent ?? null,
        createdBy: this.caller.principal.personId,
        publishedAt: null,
      });
      await m.getRepository(EvaluationCycle).insert(cycle);
      return cycle;
    });
  }

  /**
   * A party enters its score for an ENTERED item: the mentor for SELF, another teacher for COLLEAGUE, the school admin
   * for SCHOOL.
   */
  async enter(input: { cycleId: string; teacherId: string; itemKey: string; score: number }): Promise<void> {
    await inTransaction(this.dataSource, async (m) => {
      const cycle = await this.cycle(m, input.cycleId);
      if (cycle.status === EvaluationStatus.PUBLISHED)
        throw new UserFacingError('CYCLE_PUBLISHED', 'Published results are read-only.', 'cycleId');
      const item = cycle.rubric.find((i) => i.key === input.itemKey);
      if (!item || item.source !== RubricSource.ENTERED)
        throw new UserFacingError(
          'NOT_AN_ENTERED_ITEM',
          'Scores are entered only for ENTERED items; the others are computed.',
          'itemKey',
        );
      if (!(input.score >= 0 && input.score <= item.weight))
        throw new UserFacingError('SCORE_OUT_OF_RANGE', `Score between 0 and ${item.weight}.`, 'score');
      const me = this.caller.principal.personId;
      const allowed =
        item.party === EvaluationParty.SELF
          ? me === input.teacherId
          : item.party === EvaluationParty.COLLEAGUE
            ? me !== input.teacherId &&
              this.caller.principal.role !== Role.STUDENT &&
              this.caller.principal.role !== Role.GUARDIAN
            : this.caller.principal.role === Role.SCHOOL_ADMIN;
      if (!allowed) throw forbidden(`Only the ${item.party.toLowerCase()} party enters "${item.label}".`);
      const [teacher] = await m.query('SELECT 1 FROM teacher WHERE id = $1 AND school_id = $2', [
        input.teacherId,
        this.schoolId,
      ]);
      if (!teacher) throw new UserFacingError('UNKNOWN_TEACHER', 'Not a teacher of your school.', 'teacherId');
      await m.query(
        `INSERT INTO evaluation_entry (cycle_id, teacher_id, item_key, entered_by, school_id, score, entered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (cycle_id, teacher_id, item_key, entered_by)
         DO UPDATE SET score = excluded.score, entered_at = excluded.entered_at`,
        [cycle.id, input.teacherId, input.itemKey, me, this.schoolId, input.score, this.now()],
      );
    });
  }

  /** The latest open cycle's items the caller scores themself (自评), with what they entered; null without one. */
  async selfEvaluation(): Promise<{
    cycleId: string;
    term: string;
    items: { key: string; label: string; weight: number; myScore: number | null }[];
  } | null> {
    const me = this.caller.principal.personId;
    const cycle = await this.dataSource
      .getRepository(EvaluationCycle)
      .findOne({ where: { schoolId: this.schoolId, status: EvaluationStatus.OPEN }, order: { term: 'DESC' } });
    const own =
      cycle?.rubric.filter((i) => i.source === RubricSource.ENTERED && i.party === EvaluationParty.SELF) ?? [];
    if (!cycle || !own.length) return null;
    const rows: { item_key: string; score: number }[] = await this.dataSource.query(
      'SELECT item_key, score FROM evaluation_entry WHERE cycle_id = $1 AND teacher_id = $2 AND entered_by = $2',
      [cycle.id, me],
    );
    const entered = new Map(rows.map((r) => [r.item_key, Number(r.score)]));
    return {
      cycleId: cycle.id,
      term: cycle.term,
      items: own.map((i) => ({ key: i.key, label: i.label, weight: i.weight, myScore: entered.get(i.key) ?? null })),
    };
  }

  /** Live results while the cycle is open; the frozen ones once published. */
  async results(cycleId: string): Promise<MentorResult[]> {
    await this.sealClosedSurveys(cycleId);
    return inTransaction(this.dataSource, { isolation: 'REPEATABLE READ' }, async (m) => {
      const cycle = await this.cycle(m, cycleId);
      if (cycle.status === EvaluationStatus.PUBLISHED) {
        const rows = await m.getRepository(EvaluationResult).find({ where: { cycleId }, order: { total: 'DESC' } });
        return rows.map((r) => ({ teacherId: r.teacherId, items: r.items, total: r.total, level: r.level }));
      }
      return (await computeResults(m, cycle, this.now())).sort((a, b) => b.total - a.total);
    });
  }

  /** The feedback items use closed surveys only, sealed first so their held answers are in. */
  private async sealClosedSurveys(cycleId: string): Promise<void> {
    const [cycle] = await this.dataSource.query(
      'SELECT term, status FROM evaluation_cycle WHERE id = $1 AND school_id = $2',
      [cycleId, this.schoolId],
    );
    if (cycle && cycle.status !== EvaluationStatus.PUBLISHED)
      await sealClosedSurveys(this.dataSource, this.now(), this.schoolId, cycle.term);
  }

  async publish(cycleId: string): Promise<EvaluationCycle> {
    await this.sealClosedSurveys(cycleId);
    return inTransaction(this.dataSource, async (m) => {
      const cycle = await this.cycle(m, cycleId, true);
      if (cycle.status === EvaluationStatus.PUBLISHED)
        throw new UserFacingError('CYCLE_PUBLISHED', 'Already published.', 'cycleId');
      const results = await computeResults(m, cycle, this.now());
      if (results.length) {
        await m.getRepository(EvaluationResult).insert(
          results.map((r) => ({
            cycleId,
            teacherId: r.teacherId,
            schoolId: cycle.schoolId,
            items: r.items,
            total: r.total,
            level: r.level,
            term: cycle.term,
          })),
        );
      }
      cycle.status = EvaluationStatus.PUBLISHED;
      cycle.publishedAt = this.now();
      await m.getRepository(EvaluationCycle).save(cycle);
      return cycle;
    });
  }

  /** The signed-in mentor's own published results. */
  myResults(): Promise<EvaluationResult[]> {
    return this.dataSource
      .getRepository(EvaluationResult)
      .find({ where: { teacherId: this.caller.principal.personId, schoolId: this.schoolId }, order: { term: 'DESC' } });
  }
}
