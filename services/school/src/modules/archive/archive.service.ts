import { inTransaction } from '@mentorship/db';
import { UserFacingError } from '@mentorship/graphql';
import type { DataSource } from 'typeorm';

import type { Caller } from '../../context';
import { requireMentorOf } from '../privacy/mentor-guard';
import { AttentionCategory, type ExamBand, type FamilyStructure } from './archive.enums';
import { AttentionFlag } from './attention-flag.entity';
import { type ExamResult, GrowthArchive, type Guardian, type MonthlyNote } from './growth-archive.entity';

export interface ArchiveEdit {
  studentId: string;
  /** The version the editor read; 0 for an archive nobody has written yet. */
  expectedVersion: number;
  familyStructure?: FamilyStructure | null;
  guardians?: Guardian[] | null;
  personality?: string | null;
  habits?: string | null;
  interests?: string | null;
  healthNotes?: string | null;
  /** Upserted by month. */
  monthlyNotes?: MonthlyNote[] | null;
  /** Upserted by term and exam. */
  examResults?: { term: string; exam: string; band: ExamBand }[] | null;
}

const TEXT_LIMIT = 4000;

/** 成长档案 edits: mentor-only, versioned, one transaction each. */
export class ArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly now: () => Date,
  ) {}

  async edit(input: ArchiveEdit): Promise<GrowthArchive> {
    this.validate(input);
    return inTransaction(this.dataSource, async (m) => {
      await requireMentorOf(m, this.caller.principal, [input.studentId]);
      const schoolId = this.caller.principal.schoolId!;
      const current =
        (await m
          .getRepository(GrowthArchive)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.student_id = :id', { id: input.studentId })
          .getOne()) ?? GrowthArchive.empty(input.studentId, schoolId);
      if (current.version !== input.expectedVersion) {
        throw new UserFacingError(
          'VERSION_CONFLICT',
          `The archive was changed by someone else (now version ${current.version}); reload it and apply your edit ` +
            `again.`,
          'expectedVersion',
        );
      }
      const next: GrowthArchive = Object.assign(new GrowthArchive(), current, {
        version: current.version + 1,
        updatedAt: this.now(),
        updatedBy: this.caller.principal.personId,
      });
      for (const key of [
        'familyStructure',
        'guardians',
        'personality',
        'habits',
        'interests',
        'healthNotes',
      ] as const) {
        if (input[key] !== undefined) (next as any)[key] = input[key] ?? (key === 'guardians' ? [] : null);
      }
      if (input.monthlyNotes)
        next.monthlyNotes = upsert(current.monthlyNotes, input.monthlyNotes, (n) => n.month).sort((a, b) =>
          a.month.localeCompare(b.month),
        );
      if (input.examResults)
        next.examResults = upsert(
          current.examResults,
          input.examResults as ExamResult[],
          (e) => `${e.term}\u0000${e.exam}`,
        );
      // The insert of version 1 races with another first edit: the primary key turns the loser into a conflict.
      if (current.version === 0) {
        try {
          await m.getRepository(GrowthArchive).insert(next);
        } catch (error) {
          if ((error as { driverError?: { code?: string } }).driverError?.code === '23505')
            throw new UserFacingError(
              'VERSION_CONFLICT',
              'Someone else just started this archive; reload it and apply your edit again.',
              'expectedVersion',
            );
          throw error;
        }
      } else {
        await m.getRepository(GrowthArchive).save(next);
      }
      await this.caller.accessLog.wrote(m, [input.studentId], 'archive', { sealed: false });
      return next;
    });
  }

  /** Replaces the student's categories; unchanged ones keep who set them and when. */
  async setAttentionCategories(studentId: string, categories: AttentionCategory[]): Promise<AttentionFlag[]> {
    const wanted = [...new Set(categories)];
    return inTransaction(this.dataSource, async (m) => {
      await requireMentorOf(m, this.caller.principal, [studentId]);
      await m.query('DELETE FROM attention_flag WHERE student_id = $1 AND NOT (category = ANY($2))', [
        studentId,
        wanted,
      ]);
      if (wanted.length) {
        await m.query(
          `INSERT INTO attention_flag (student_id, category, school_id, set_by, set_at) SELECT $1, c, $2, $3, $4
           FROM unnest($5::text[]) c ON CONFLICT DO NOTHING`,
          [studentId, this.caller.principal.schoolId, this.caller.principal.personId, this.now(), wanted],
        );
      }
      // Sealed: mentors set categories on the students who have one, so the write itself tells.
      await this.caller.accessLog.wrote(m, [studentId], 'attentionCategories', { sealed: true });
      return m.getRepository(AttentionFlag).find({ where: { studentId }, order: { category: 'ASC' } });
    });
  }

  private validate(input: ArchiveEdit): void {
    for (const key of ['personality', 'habits', 'interests', 'healthNotes'] as const) {
      if ((input[key]?.length ?? 0) > TEXT_LIMIT)
        throw new UserFacingError('TOO_LONG', `Keep it under ${TEXT_LIMIT} characters.`, key);
    }
    input.guardians?.forEach((g, i) => {
      if (!g.name.trim()) throw new UserFacingError('REQUIRED', 'A guardian needs a name.', `guardians[${i}].name`);
      if (g.phone && !/^\+?[0-9 -]{5,20}$/.test(g.phone))
        throw new UserFacingError('INVALID_PHONE', 'Not a phone number.', `guardians[${i}].phone`);
    });
    input.monthlyNotes?.forEach((n, i) => {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(n.month))
        throw new UserFacingError('INVALID_MONTH', 'Month must look like 2026-11.', `monthlyNotes[${i}].month`);
      if (n.note.length > TEXT_LIMIT)
        throw new UserFacingError('TOO_LONG', `Keep it under ${TEXT_LIMIT} characters.`, `monthlyNotes[${i}].note`);
    });
    input.examResults?.forEach((e, i) => {
      if (!/^\d{4}-\d{4}-[12]$/.test(e.term))
        throw new UserFacingError('INVALID_TERM', 'Term must look like 2026-2027-1.', `examResults[${i}].term`);
      if (!e.exam.trim()) throw new UserFacingError('REQUIRED', 'Name the exam.', `examResults[${i}].exam`);
    });
  }
}

function upsert<T>(current: T[], changes: T[], key: (t: T) => string): T[] {
  const byKey = new Map(current.map((t) => [key(t), t]));
  for (const c of changes) byKey.set(key(c), c);
  return [...byKey.values()];
}
