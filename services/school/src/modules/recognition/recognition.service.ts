import { randomUUID } from 'node:crypto';

import { forbidden, Role } from '@mentorship/auth';
import { inTransaction } from '@mentorship/db';
import { notFound, UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { schoolNameOf, sendToDistrict } from '../term-close/district-link';
import { Recognition, type RecognizedEntry } from './recognition.entity';

/** Picks from results sorted best first: competition ranks (1, 2, 2, 4); top N keeps ties at the boundary. */
export function pickRecognized(
  results: Omit<RecognizedEntry, 'rank'>[],
  rule: { topN: number | null; minTotal: number | null },
): RecognizedEntry[] {
  const ranked = results.map((r) => ({ ...r, rank: results.findIndex((o) => o.total === r.total) + 1 }));
  if (rule.topN !== null) return ranked.filter((r) => r.rank <= rule.topN!);
  return ranked.filter((r) => r.total >= rule.minTotal!);
}

export class RecognitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  private get adminSchool(): string {
    if (this.caller.principal.role !== Role.SCHOOL_ADMIN || !this.caller.principal.schoolId) throw forbidden();
    return this.caller.principal.schoolId;
  }

  /** Draws up (or redraws) the list of a published cycle; nothing is visible beyond the admin until published. */
  async propose(cycleId: string, topN: number | null, minTotal: number | null): Promise<Recognition> {
    const schoolId = this.adminSchool;
    if ((topN === null) === (minTotal === null))
      throw new UserFacingError('ONE_RULE', 'Give either topN or minTotal.', topN === null ? 'topN' : 'minTotal');
    if (topN !== null && !(Number.isInteger(topN) && topN >= 1 && topN <= 500))
      throw new UserFacingError('INVALID_TOP_N', 'topN is a whole number from 1 to 500.', 'topN');
    if (minTotal !== null && !(minTotal >= 0 && minTotal <= 100))
      throw new UserFacingError('INVALID_MIN_TOTAL', 'minTotal is between 0 and 100.', 'minTotal');
    return inTransaction(this.dataSource, async (m) => {
      const [cycle] = await m.query(
        'SELECT id, term, status FROM evaluation_cycle WHERE id = $1 AND school_id = $2 FOR UPDATE',
        [cycleId, schoolId],
      );
      if (!cycle) throw new UserFacingError('NOT_FOUND', 'No such evaluation cycle in your school.', 'cycleId');
      if (cycle.status !== 'PUBLISHED')
        throw new UserFacingError(
          'CYCLE_NOT_PUBLISHED',
          'Recognition follows the published results: publish the cycle first.',
          'cycleId',
        );
      const [existing] = await m.query('SELECT status FROM recognition WHERE cycle_id = $1', [cycleId]);
      if (existing?.status === 'PUBLISHED')
        throw new UserFacingError('RECOGNITION_PUBLISHED', 'This cycle’s 优秀导师 are published already.', 'cycleId');
      const results: { teacher_id: string; name: string; staff_number: string; total: string }[] = await m.query(
        `SELECT r.teacher_id, t.name, t.staff_number, r.total FROM evaluation_result r
         JOIN teacher t ON t.id = r.teacher_id
          WHERE r.cycle_id = $1 ORDER BY r.total DESC, t.staff_number`,
        [cycleId],
      );
      const entries = pickRecognized(
        results.map((r) => ({
          teacherId: r.teacher_id,
          name: r.name,
          staffNumber: r.staff_number,
          total: Number(r.total),
        })),
        { topN, minTotal },
      );
      const row = Object.assign(new Recognition(), {
        id: randomUUID(),
        schoolId,
        term: cycle.term,
        cycleId,
        topN,
        minTotal,
        status: 'PROPOSED',
        entries,
        proposedBy: this.caller.principal.personId,
        approvedBy: null,
        publishedAt: null,
        schoolName: null,
        sentToDistrictAt: null,
      });
      await m.query('DELETE FROM recognition WHERE cycle_id = $1', [cycleId]);
      await m.getRepository(Recognition).insert(row);
      return row;
    });
  }

  /** 审定并公布: the admin approves the list; the school sees it, the district receives the names. */
  async publish(recognitionId: string): Promise<Recognition> {
    const schoolId = this.adminSchool;
    const schoolName = await schoolNameOf(this.caller.district, schoolId);
    const row = await inTransaction(this.dataSource, async (m) => {
      const found = await m
        .getRepository(Recognition)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id AND r.school_id = :schoolId', { id: recognitionId, schoolId })
        .getOne();
      if (!found) throw new UserFacingError('NOT_FOUND', 'No such recognition in your school.', 'recognitionId');
      if (found.status === 'PUBLISHED') return found;
      Object.assign(found, {
        status: 'PUBLISHED',
        approvedBy: this.caller.principal.personId,
        publishedAt: this.now(),
        schoolName,
      });
      await m.getRepository(Recognition).save(found);
      return found;
    });
    return this.deliver(row);
  }

  private async deliver(row: Recognition): Promise<Recognition> {
    if (row.sentToDistrictAt) return row;
    const payload = {
      recognitionId: row.id,
      schoolId: row.schoolId,
      term: row.term,
      teachers: row.entries.map((e) => ({ name: e.name, staffNumber: e.staffNumber, rank: e.rank })),
    };
    if (await sendToDistrict(this.caller.district, 'receiveRecognition', payload)) {
      row.sentToDistrictAt = this.now();
      await this.dataSource.query('UPDATE recognition SET sent_to_district_at = $2 WHERE id = $1', [
        row.id,
        row.sentToDistrictAt,
      ]);
    }
    return row;
  }

  /** A mentor's entry on a published list of the school, for the certificate: the school admin's, or the holder's. */
  async publishedEntry(
    recognitionId: string,
    teacherId: string,
  ): Promise<{ row: Recognition; entry: RecognizedEntry }> {
    const { role, personId, schoolId } = this.caller.principal;
    if (role !== Role.SCHOOL_ADMIN && personId !== teacherId)
      throw forbidden('A certificate is printed by the school admin or its holder.');
    const row = await this.dataSource
      .getRepository(Recognition)
      .findOneBy({ id: recognitionId, schoolId: schoolId ?? '', status: 'PUBLISHED' });
    const entry = row?.entries.find((e) => e.teacherId === teacherId);
    if (!row || !entry) throw notFound('Certificate (no such teacher on a published list of your school)');
    return { row, entry };
  }

  /** Staff see the published lists of their school; the admin also the drafts. */
  list(): Promise<Recognition[]> {
    const schoolId = this.caller.principal.schoolId;
    if (!schoolId) throw forbidden();
    const statuses = this.caller.principal.role === Role.SCHOOL_ADMIN ? ['PROPOSED', 'PUBLISHED'] : ['PUBLISHED'];
    return this.dataSource
      .getRepository(Recognition)
      .createQueryBuilder('r')
      .where('r.school_id = :schoolId AND r.status IN (:...statuses)', { schoolId, statuses })
      .orderBy('r.term', 'DESC')
      .getMany();
  }
}
